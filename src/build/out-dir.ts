// The --outDir argument of `npm run build` and `npm start`, taken out of the arguments that go on
// to Astro, so that both scripts look for the site, and its search index, in the same place.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const OUT_DIR = new Set(['outDir', 'out-dir']);

/** The output folder (default dist/) and every other argument, as given. */
export function splitOutDir(args: string[]): { outDir: string; passOn: string[] } {
  const { values, tokens } = parseArgs({
    args,
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
  return { outDir, passOn };
}
