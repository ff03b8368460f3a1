// The cache may only answer for a file that has not changed: anything else, and the file is read.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseCache, cacheFiles } from './parse-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 3_600_000;
/** Writes a file as if it had been saved `ago` ms ago. */
function write(name: string, text: string, ago = HOUR) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const when = new Date(Date.now() - ago);
  utimesSync(path, when, when);
  return path;
}

/** One run: every file looked up, and what was read kept; answers what came from the cache. */
function run(file: string, paths: string[], version = 'v1') {
  const cache = new ParseCache({ file, version });
  const values = paths.map((path) => {
    const kept = cache.lookup(path);
    if (kept.found) return { path, from: 'cache', value: kept.value };
    const value = { parsed: path };
    cache.keep(kept, value);
    return { path, from: 'file', value };
  });
  cache.save();
  return { values, reused: cache.reused };
}

describe('the parse cache', () => {
  it('answers for files unchanged since the last run, and reads the others', () => {
    const file = join(dir, 'a.bin');
    const paths = [write('a.yaml', 'x: 1\n'), write('b.yaml', 'x: 2\n')];
    expect(run(file, paths).reused).toBe(0);
    const second = run(file, paths);
    expect(second.reused).toBe(2);
    expect(second.values[0]).toEqual({ path: paths[0], from: 'cache', value: { parsed: paths[0] } });

    // Same size, another time: changed.
    write('a.yaml', 'x: 3\n', HOUR / 2);
    const third = run(file, paths);
    expect(third.values.map((v) => v.from)).toEqual(['file', 'cache']);
  });

  it('reads a file put back with its old size and modification time, as a copy that keeps times does', () => {
    const file = join(dir, 'copy.bin');
    const path = write('d.yaml', 'x: 1\n');
    run(file, [path]);
    const { mtime } = statSync(path);
    writeFileSync(path, 'x: 2\n');
    utimesSync(path, mtime, mtime);
    expect(statSync(path).mtimeMs).toBe(mtime.getTime());
    expect(run(file, [path]).values[0]!.from).toBe('file');
  });

  it('does not keep a file modified in the last moments, which a coarse clock could not tell from the next edit', () => {
    const file = join(dir, 'racy.bin');
    const path = write('fresh.yaml', 'x: 1\n', 0);
    run(file, [path]);
    expect(run(file, [path]).reused).toBe(0);
  });

  it('ignores a cache written by other parsing code, or one it cannot read', () => {
    const file = join(dir, 'v.bin');
    const path = write('c.yaml', 'x: 1\n');
    run(file, [path], 'v1');
    expect(run(file, [path], 'v2').reused).toBe(0);
    writeFileSync(file, 'not a cache');
    expect(run(file, [path], 'v2').reused).toBe(0);
    expect(run(file, [path], 'v2').reused).toBe(1);
  });

  it('keeps each project apart', () => {
    const setting = { dir, version: 'v1' };
    expect(cacheFiles(setting, '/a').entries.file).not.toBe(cacheFiles(setting, '/b').entries.file);
    expect(cacheFiles(setting, '/a').entries.file).not.toBe(cacheFiles(setting, '/a').pages.file);
  });
});
