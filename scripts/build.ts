// npm run build: validates content/ and builds the pages with Astro, then builds the search index
// in this process once Astro has exited (src/build/search-index.ts, ADR 0006).
//   --outDir <dir>   where the site goes (default dist/)
// Any other argument goes to `astro build`.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/build/search-index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = new Set(['outDir', 'out-dir']);
const { values, tokens } = parseArgs({
  options: { outDir: { type: 'string' }, 'out-dir': { type: 'string' } },
  strict: false,
  allowPositionals: true,
  tokens: true,
});
const given = values.outDir ?? values['out-dir'];
const outDir = resolve(typeof given === 'string' ? given : join(process.cwd(), 'dist'));
const passOn = tokens.flatMap((t) => {
  if (t.kind === 'positional') return [t.value];
  if (t.kind === 'option-terminator') return ['--'];
  if (OUT_DIR.has(t.name)) return [];
  return t.value === undefined ? [t.rawName] : [t.rawName, t.value];
});

const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, ...passOn], { stdio: 'inherit' });
if (astro.error || astro.signal) {
  console.error(`astro build did not finish: ${astro.error?.message ?? `stopped by ${astro.signal}`}`);
  process.exit(1);
}
if (astro.status !== 0) process.exit(astro.status ?? 1);

const started = performance.now();
await buildSearchIndex(outDir, (line) => console.log(`[search-index] ${line}`));
console.log(`[search-index] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
