// After Pagefind has written the search bundle, puts the site's query adapter in front of it:
// Pagefind's module moves to pagefind-js-engine.mjs (the name keeps "pagefind" + one character +
// "js", which Pagefind's module needs in its own URL to find its folder) and the adapter takes
// its place as pagefind.js, so Starlight's search box uses it unchanged.
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ENGINE_FILE = 'pagefind-js-engine.mjs';

export function searchAdapter(): AstroIntegration {
  return {
    name: 'de-an-06:search-adapter',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = fileURLToPath(new URL('./pagefind/', dir));
        if (!existsSync(`${bundle}pagefind.js`)) {
          logger.warn('no Pagefind bundle found; search keeps its stock behaviour');
          return;
        }
        renameSync(`${bundle}pagefind.js`, `${bundle}${ENGINE_FILE}`);
        await build({
          entryPoints: [fileURLToPath(new URL('../search/adapter.ts', import.meta.url))],
          outfile: `${bundle}pagefind.js`,
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          external: [`./${ENGINE_FILE}`],
          logLevel: 'silent',
        });
        logger.info(`search adapter installed in front of ${ENGINE_FILE}`);
      },
    },
  };
}
