// npm run build: validates content/ and builds the pages with Astro, then builds the search index
// in this process once Astro has exited (src/build/search-index.ts, ADR 0006).
//   --outDir <dir>   where the site goes (default dist/)
// Any other argument goes to `astro build`.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { splitOutDir } from '../src/build/out-dir.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { outDir, passOn } = splitOutDir(process.argv.slice(2));

const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, ...passOn], { stdio: 'inherit' });
if (astro.error || astro.signal) {
  console.error(`astro build did not finish: ${astro.error?.message ?? `stopped by ${astro.signal}`}`);
  process.exit(1);
}
if (astro.status !== 0) process.exit(astro.status ?? 1);

const started = performance.now();
await buildSearchIndex(outDir, (line) => console.log(`[search-index] ${line}`));
console.log(`[search-index] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
