// Search in the dev server. Astro's dev server builds no search index (ADR 6: the index is made
// after `astro build` has exited), so it serves the one of the last build, <outDir>/pagefind/,
// under /pagefind/, and says how old it is and how to refresh it. `npm start` builds the site
// once first when there is no index (scripts/start.ts).
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Pagefind's first file: a bundle without it is not an index. */
export const INDEX_ENTRY = 'pagefind-entry.json';

function age(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

export function searchInDev(): AstroIntegration {
  let bundle = '';
  return {
    name: 'de-an-06:search-in-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        bundle = join(fileURLToPath(config.outDir), 'pagefind');
      },
      'astro:server:setup': ({ server, logger }) => {
        const shown = relative(process.cwd(), bundle) || bundle;
        let built: Date | undefined;
        try {
          built = statSync(join(bundle, INDEX_ENTRY)).mtime;
        } catch {}
        if (built) {
          logger.info(
            `search uses the index of the last build (${shown}, ${age(Date.now() - built.getTime())} old): pages changed since are found as they were then; \`npm run build\` refreshes it`,
          );
        } else {
          logger.warn(
            `no search index in ${shown}: search will not work until \`npm run build\` makes one (\`npm start\` does it when there is none)`,
          );
        }
        // Read on each request: a build while the dev server runs is picked up at once.
        server.middlewares.use('/pagefind', sirv(bundle, { dev: true }));
      },
    },
  };
}
