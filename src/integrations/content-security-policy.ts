// Finishes each built page once it is final: makes Starlight's markup valid HTML, spaces table
// cells for the search index, then writes the page's Content-Security-Policy (hashes of every
// inline script it contains) into the page.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/csp.ts';
import { dropScriptAriaHidden, spaceBetweenCells } from '../lib/html-fixes.ts';

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'de-an-06:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        // A few files at a time: reads and writes overlap, and 20,000 pages take seconds, not minutes.
        let next = 0;
        const worker = async () => {
          while (next < files.length) {
            const path = join(root, files[next++]!);
            await writeFile(path, withPolicy(spaceBetweenCells(dropScriptAriaHidden(await readFile(path, 'utf8')))));
          }
        };
        await Promise.all(Array.from({ length: 16 }, worker));
        logger.info(`content security policy written into ${files.length} pages`);
      },
    },
  };
}
