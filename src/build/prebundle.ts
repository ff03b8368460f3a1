// A command's modules bundled into one file each, kept on disk between runs and built again
// whenever one of the files it was bundled from changes (ADR 0007). Node spends most of a short
// command's start on finding and linking modules: the validator imports some 200 (zod alone
// brings 96), which took longer than reading ten thousand entries. One file skips that.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuildOptions } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Files that change what a bundle would be without being bundled: how modules are found and
 * which versions are installed (the lock file), and this file, which says how bundles are built.
 */
const RECIPE_FILES = [import.meta.filename, join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json'), join(ROOT, 'node_modules', 'esbuild', 'package.json')];

/**
 * A file modified this close to the start of a build may have been read before or after the
 * change; on a file system that keeps times to the second, a same-length edit within that second
 * would not show. Such a file is recorded as changed, so the next run builds again (ms).
 */
const RACY_MS = 2000;

interface Manifest {
  /** Set at each build: what the bundles were built from may be kept under it (parse-cache.ts). */
  version: string;
  /** The folder of this build's files, under the bundle folder. */
  build: string;
  node: string;
  entries: Record<string, string>;
  /** Every file the bundle was built from, with its size and modification time when the build started. */
  inputs: Array<[path: string, size: number, mtimeMs: number]>;
}

export interface Prebundled {
  /** The bundled file of each entry, by the entry's name. */
  files: Record<string, string>;
  /** Whether it was built in this call (first run, or a source changed) rather than reused. */
  built: boolean;
  /** Names this build of the bundles: it changes whenever they are built again. */
  version: string;
}

function readManifest(path: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

type Input = Manifest['inputs'][number];

function statOf(path: string): Input {
  const stat = statSync(path, { throwIfNoEntry: false });
  // A file that is not there reads as changed at the next run, whatever appears in its place.
  return [path, stat?.size ?? -1, stat?.mtimeMs ?? -1];
}

const unchanged = (input: Input) => {
  const now = statOf(input[0]);
  return now[1] === input[1] && now[2] === input[2] && input[2] !== -1;
};

/** Writes through a temporary file and a rename, so that a run reading it meanwhile sees the old file or the new one, never half of one. */
function writeWhole(path: string, data: string | Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The bundles of `entries` (name → source file) in `dir`, built with esbuild when missing or
 * stale. Sources are stat'ed, not read: a check costs a few milliseconds for a few hundred files.
 */
export async function prebundle(dir: string, entries: Record<string, string>): Promise<Prebundled> {
  const absolute = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(file)]));
  const filesOf = (build: string) => Object.fromEntries(Object.keys(absolute).map((name) => [name, join(dir, build, `${name}.mjs`)]));
  const manifestPath = join(dir, 'manifest.json');
  const manifest = readManifest(manifestPath);
  const fresh =
    manifest !== undefined &&
    manifest.node === process.version &&
    JSON.stringify(manifest.entries) === JSON.stringify(absolute) &&
    Array.isArray(manifest.inputs) &&
    manifest.inputs.every(unchanged);
  if (fresh) return { files: filesOf(manifest.build), built: false, version: manifest.version };

  // Times are taken before esbuild reads anything: a file saved during the build then reads as
  // changed at the next run, which builds again.
  const started = Date.now();
  const recipe = RECIPE_FILES.map(statOf);
  // Loaded only to build: esbuild starts a process of its own.
  const { build } = await import('esbuild');
  const options = {
    entryPoints: absolute,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // Packages written as CommonJS may require Node's own modules; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: 'silent',
  } satisfies BuildOptions;
  const result = await build(options);
  const bundled = Object.keys(result.metafile.inputs).map((path) => statOf(resolve(path)));
  const inputs = [...recipe, ...bundled].map(([path, size, mtimeMs]): Input => [path, size, mtimeMs >= started - RACY_MS ? -1 : mtimeMs]);

  // Each build in a folder of its own, and the manifest switched last: a run that started with the
  // previous build keeps reading the previous build's files, its worker's included.
  const version = createHash('sha256').update(`${process.version} ${started} ${process.pid} ${JSON.stringify(inputs)}`).digest('hex').slice(0, 16);
  const buildDir = `build-${version}`;
  mkdirSync(join(dir, buildDir), { recursive: true });
  for (const output of result.outputFiles) writeWhole(join(dir, buildDir, output.path.slice(resolve(dir).length + 1)), output.contents);
  writeWhole(manifestPath, JSON.stringify({ version, build: buildDir, node: process.version, entries: absolute, inputs } satisfies Manifest));
  removeOldBuilds(dir, buildDir);
  return { files: filesOf(buildDir), built: true, version };
}

/** Builds older than a minute, but the current one: a run still reading one started long ago. */
function removeOldBuilds(dir: string, current: string) {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('build-') || name === current) continue;
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 60_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

