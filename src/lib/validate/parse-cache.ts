// What reading a file gave at the last run of `npm run validate`, kept between runs so that a
// file unchanged since is not read and parsed again: an editor who changed three entries waits for
// three entries, not ten thousand. Every check still runs on everything. Only the command uses it
// (scripts/validate.ts); tests and the build read every file.
//
// A file counts as unchanged when its size, times and inode are the same (see Kept). As git does
// for its index, a file modified in the moments before it was read is not kept: on a file system
// that stores times to the second, a second edit of the same length within that second would look
// unchanged.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** How recent a modification must be for the file not to be kept (ms). */
const RACY_MS = 2000;

/**
 * What tells a file unchanged: size, modification time, and, as git's index also compares, the
 * inode and the time of the last change to the file's metadata, which no tool can set back (a
 * copy that keeps the modification time, `cp -p` or `rsync -t`, still changes those).
 */
type Kept = [size: number, mtimeMs: number, ino: number, ctimeMs: number, value: unknown];
const same = (kept: Kept, stat: Stats) => kept[0] === stat.size && kept[1] === stat.mtimeMs && kept[2] === stat.ino && kept[3] === stat.ctimeMs;

/** A file's kept value, or, when it has none or has changed, what `keep` needs to keep the new one. */
export type Lookup = { found: true; value: unknown } | { found: false; path: string; stat?: Stats };

interface Stored {
  /** Which parser wrote the values: a cache written by another is ignored. */
  version: string;
  files: Map<string, Kept>;
}

export interface ParseCacheOptions {
  /** The cache file. */
  file: string;
  /** Changes whenever the code that parses changes (the validator's bundle, Node's version). */
  version: string;
}

/** Where the command keeps its caches, and for which version of the parsing code. */
export interface CacheSetting {
  dir: string;
  version: string;
}

/** The cache files of one project's entries and pages: each project has its own. */
export function cacheFiles({ dir, version }: CacheSetting, root: string): { entries: ParseCacheOptions; pages: ParseCacheOptions } {
  const project = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12);
  return {
    entries: { file: join(dir, `entries-${project}.bin`), version },
    pages: { file: join(dir, `pages-${project}.bin`), version },
  };
}

export class ParseCache {
  readonly #file: string;
  readonly #version: string;
  readonly #previous: Map<string, Kept>;
  readonly #next = new Map<string, Kept>();
  readonly #startedAt = Date.now();
  #reused = 0;

  constructor({ file, version }: ParseCacheOptions) {
    this.#file = file;
    this.#version = version;
    this.#previous = ParseCache.#load(file, version);
  }

  static #load(file: string, version: string): Map<string, Kept> {
    try {
      const stored = deserialize(readFileSync(file)) as Stored;
      if (stored.version === version && stored.files instanceof Map) return stored.files;
    } catch {
      // No cache yet, or one that cannot be read: every file is read.
    }
    return new Map();
  }

  /** How many files the last lookups answered from the cache. */
  get reused(): number {
    return this.#reused;
  }

  /** The value kept for the file at `path` if it has not changed since; read the file otherwise. */
  lookup(path: string): Lookup {
    let stat: Stats | undefined;
    try {
      stat = statSync(path);
    } catch {
      // Gone since it was listed: reading it reports that.
    }
    const old = stat && this.#previous.get(path);
    if (stat && old && same(old, stat)) {
      this.#next.set(path, old);
      this.#reused++;
      return { found: true, value: old[4] };
    }
    // The caller reads the file after this stat: a change in between makes the next run read it again.
    return { found: false, path, stat };
  }

  /** Keeps what reading a changed or new file gave, unless it was modified too recently to tell (see above). */
  keep(miss: Lookup & { found: false }, value: unknown): void {
    const { stat } = miss;
    if (stat && stat.mtimeMs < this.#startedAt - RACY_MS) this.#next.set(miss.path, [stat.size, stat.mtimeMs, stat.ino, stat.ctimeMs, value]);
  }

  /** Writes what this run read, if it differs from what the last run left: through a rename, so that no run reads half a file. */
  save(): void {
    if (this.#next.size === this.#previous.size && this.#reused === this.#next.size) return;
    const temporary = `${this.#file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.#file), { recursive: true });
      writeFileSync(temporary, serialize({ version: this.#version, files: this.#next } satisfies Stored));
      renameSync(temporary, this.#file);
    } catch {
      // A cache that cannot be written only makes the next run slower.
      rmSync(temporary, { force: true });
    }
  }
}
