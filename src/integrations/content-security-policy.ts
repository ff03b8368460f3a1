// Finishes each built page once it is final: makes Starlight's markup valid HTML, spaces table
// cells for the search index, then writes the page's Content-Security-Policy (hashes of every
// inline script it contains) into the page. Then writes the web server's headers for the whole
// site, with those same hashes.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScriptHashes, withPolicy } from '../lib/csp.ts';
import { nginxConfig } from '../lib/hosting.ts';
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
        const scriptHashes = new Set<string>();
        const worker = async () => {
          while (next < files.length) {
            const path = join(root, files[next++]);
            const html = spaceBetweenCells(dropScriptAriaHidden(await readFile(path, 'utf8')));
            for (const hash of inlineScriptHashes(html)) scriptHashes.add(hash);
            await writeFile(path, withPolicy(html));
          }
        };
        await Promise.all(Array.from({ length: 16 }, worker));
        logger.info(`content security policy written into ${files.length} pages`);
        await writeFile(join(root, 'nginx.conf'), nginxConfig([...scriptHashes].sort()));
        logger.info(
          `nginx.conf written: the same policy as a header (${scriptHashes.size} inline scripts), caching, 404 pages`,
        );
      },
    },
  };
}
