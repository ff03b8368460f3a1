// npm run build: validates content/ and builds the pages with Astro, then builds the search index
// in this process once Astro has exited (src/build/search-index.ts, ADR 0006).
//   --outDir <dir>   where the site goes (default dist/)
//   --publish        a build for publishing: SITE_URL must be the site's public https address
// Any other argument goes to `astro build`.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { splitOutDir } from '../src/build/out-dir.ts';
import { siteUrlFromEnv } from '../src/lib/site-url.ts';

const ROOT = resolve(import.meta.dirname, '..');
const publish = process.argv.includes('--publish');
const { outDir, passOn } = splitOutDir(process.argv.slice(2).filter((a) => a !== '--publish'));

// astro.config.mjs reads PUBLISH too; checking here first stops before a minute of building.
if (publish) {
  process.env.PUBLISH = '1';
  try {
    siteUrlFromEnv();
  } catch (error) {
    console.error(`npm run build:publish: ${(error as Error).message}`);
    process.exit(1);
  }
}

const astro = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, ...passOn],
  { stdio: 'inherit' },
);
if (astro.error || astro.signal) {
  console.error(`astro build did not finish: ${astro.error?.message ?? `stopped by ${astro.signal}`}`);
  process.exit(1);
}
if (astro.status !== 0) process.exit(astro.status ?? 1);

const started = performance.now();
await buildSearchIndex(outDir, (line) => console.log(`[search-index] ${line}`));
console.log(`[search-index] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
