// npm run build: validates content/ and builds the pages with Astro, then builds the search index
// in this process once Astro has exited (src/build/search-index.ts, ADR 0006).
//   --outDir <dir>   where the site goes (default dist/)
// Any other argument goes to `astro build`.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/build/search-index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values, tokens } = parseArgs({ options: { outDir: { type: 'string' } }, strict: false, tokens: true });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : join(process.cwd(), 'dist'));
const passOn = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : t.kind === 'option' && t.name !== 'outDir' ? [t.rawName, ...(t.value === undefined ? [] : [t.value])] : []));

const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, ...passOn], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

const started = performance.now();
await buildSearchIndex(outDir, (line) => console.log(`[search-index] ${line}`));
console.log(`[search-index] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
