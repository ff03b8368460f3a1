// A command's modules bundled into one file each, kept on disk between runs and built again
// whenever one of the files it was bundled from changes (ADR 0007). Node spends most of a short
// command's start on finding and linking modules: the validator imports some 200 (zod alone
// brings 96), which took longer than reading ten thousand entries. One file skips that.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Changed whenever the way bundles are built changes, so that older bundles are rebuilt. */
const FORMAT = 2;

interface Manifest {
  format: number;
  /** Set at each build. */
  version: string;
  node: string;
  entries: Record<string, string>;
  /** Every file the bundle was built from, with its size and modification time then. */
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

function unchanged([path, size, mtimeMs]: Manifest['inputs'][number]): boolean {
  try {
    const stat = statSync(path);
    return stat.size === size && stat.mtimeMs === mtimeMs;
  } catch {
    return false;
  }
}

/** Writes through a temporary file and a rename, so that a run reading it meanwhile sees the old file or the new one, never half of one. */
function writeWhole(path: string, data: string | Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/**
 * The bundles of `entries` (name → source file) in `dir`, built with esbuild when missing or
 * stale. Sources are stat'ed, not read: a check costs a few milliseconds for a few hundred files.
 */
export async function prebundle(dir: string, entries: Record<string, string>): Promise<Prebundled> {
  const absolute = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(file)]));
  const files = Object.fromEntries(Object.keys(absolute).map((name) => [name, join(dir, `${name}.mjs`)]));
  const manifestPath = join(dir, 'manifest.json');
  const manifest = readManifest(manifestPath);
  const fresh =
    manifest?.format === FORMAT &&
    manifest.node === process.version &&
    JSON.stringify(manifest.entries) === JSON.stringify(absolute) &&
    manifest.inputs.every(unchanged);
  if (fresh) return { files, built: false, version: manifest.version };

  // Loaded only to build: esbuild starts a process of its own.
  const { build } = await import('esbuild');
  const result = await build({
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
  });
  mkdirSync(dir, { recursive: true });
  for (const output of result.outputFiles) writeWhole(output.path, output.contents);
  const inputs = Object.keys(result.metafile.inputs).map((path): Manifest['inputs'][number] => {
    const stat = statSync(path, { throwIfNoEntry: false });
    // A file gone since the build reads as changed at the next run.
    return [resolve(path), stat?.size ?? -1, stat?.mtimeMs ?? -1];
  });
  const version = `${process.version}-${Date.now().toString(36)}-${process.pid}`;
  writeWhole(manifestPath, JSON.stringify({ format: FORMAT, version, node: process.version, entries: absolute, inputs } satisfies Manifest));
  return { files, built: true, version };
}
