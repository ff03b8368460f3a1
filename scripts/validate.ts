// npm run validate: checks all of content/ and prints every problem; exit 1 on any error. The
// options are src/lib/validate/cli.ts's: --format text|json|github, --as-of YYYY-MM-DD, --root <dir>.
//
// Starting is most of a short run: the validator runs from one bundled file, rebuilt when a source
// changes (src/build/prebundle.ts, ADR 0007), under Node's compile cache, which the npm script turns
// on before this file is read (the cache then also spares stripping its types). Files unchanged
// since the last run are not read again (src/lib/validate/parse-cache.ts); --no-cache reads all. The npm script
// caps V8's young generation at 8 MB a half: most of what reading ten thousand entries allocates
// stays alive to the end, and each collection of a larger young generation copies more of it.
// npm run bench measures the command as the npm script runs it.
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
// Run without the npm script, the cache starts here; the worker that parses pages gets it too.
const cache = enableCompileCache(join(ROOT, 'node_modules', '.cache', 'node-compile'));
if (cache.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;
const { prebundle } = await import('../src/build/prebundle.ts');
const cacheDir = process.env.VALIDATE_CACHE ?? join(ROOT, 'node_modules', '.cache', 'validate');
type Cli = typeof import('../src/lib/validate/cli.ts');

let cli: Cli;
let cacheSetting: import('../src/lib/validate/parse-cache.ts').CacheSetting | undefined;
try {
  const { files, version } = await prebundle(cacheDir, {
    cli: join(ROOT, 'src/lib/validate/cli.ts'),
    'page-worker': join(ROOT, 'src/lib/validate/page-worker.ts'),
  });
  cli = (await import(pathToFileURL(files.cli!).href)) as Cli;
  // What reading gave is kept beside the bundle, for the bundle that read it: new code reads anew.
  cacheSetting = { dir: cacheDir, version };
} catch (error) {
  // A folder that cannot be written, say: the same checks run from the sources, only slower.
  console.error(`validate: running from the sources, without the bundle (${(error as Error).message.split('\n')[0]})`);
  cli = await import('../src/lib/validate/cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2), { root: ROOT, cache: cacheSetting });
