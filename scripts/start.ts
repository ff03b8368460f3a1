// npm start: the dev server, with search. Search needs the index that `npm run build` makes after
// Astro (ADR 6); when there is none yet, as on a fresh checkout, this builds the site once first.
// The dev server then serves that index under /pagefind/ (src/integrations/search-in-dev.ts).
// Arguments go to `astro dev` (--port, --host…); --outDir is where the index is looked for and
// built (default dist/).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitOutDir } from '../src/build/out-dir.ts';
import { INDEX_ENTRY } from '../src/integrations/search-in-dev.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { outDir, passOn } = splitOutDir(process.argv.slice(2));

if (!existsSync(join(outDir, 'pagefind', INDEX_ENTRY))) {
  console.log(
    `[start] no search index in ${outDir} yet: building the site once (npm run build) so that search works; this takes a few minutes`,
  );
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir], {
    stdio: 'inherit',
  });
  if (build.status !== 0) console.warn('[start] the build failed (see above): the dev server starts without search');
}

const dev = spawn(
  process.execPath,
  [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--outDir', outDir, ...passOn],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
