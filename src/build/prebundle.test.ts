// A bundle is reused while its sources are unchanged and rebuilt as soon as one changes: a stale
// bundle would run yesterday's rules against today's content.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { prebundle } from './prebundle.ts';

const dir = mkdtempSync(join(tmpdir(), 'prebundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = join(dir, 'src');
const out = join(dir, 'out');
let version = 0;
/** Loads a bundled module afresh: the query string keeps Node from answering with the module it already has. */
const run = async (file: string) => (await import(`${pathToFileURL(file).href}?${++version}`)).answer;

describe('prebundle', () => {
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  /** Writes a source as if saved `ago` ms ago: one saved in the last moments is rebuilt at every call, by design. */
  const write = (name: string, text: string, ago = 3_600_000) => {
    mkdirSync(source, { recursive: true });
    writeFileSync(join(source, name), text);
    const when = new Date(Date.now() - ago);
    utimesSync(join(source, name), when, when);
  };

  it('bundles an entry with what it imports into one file, and reuses it while nothing changed', async () => {
    write('part.ts', 'export const part: number = 1;\n');
    write('main.ts', "import { part } from './part.ts';\nexport const answer = part + 1;\n");
    const first = await prebundle(out, { main: join(source, 'main.ts') });
    expect(first.built).toBe(true);
    expect(first.files.main).toMatch(/main\.mjs$/);
    expect(await run(first.files.main!)).toBe(2);
    const second = await prebundle(out, { main: join(source, 'main.ts') });
    expect(second.built).toBe(false);
  });

  it('builds again when a file the entry imports has changed', async () => {
    // Same size, other content: the modification time alone must tell.
    write('part.ts', 'export const part: number = 4;\n', 1_800_000);
    const again = await prebundle(out, { main: join(source, 'main.ts') });
    expect(again.built).toBe(true);
    expect(await run(again.files.main!)).toBe(5);
  });

  it('builds again at the next call when a source was saved while it built, or just before', async () => {
    write('part.ts', 'export const part: number = 6;\n', 0);
    const during = await prebundle(out, { main: join(source, 'main.ts') });
    expect(during.built).toBe(true);
    expect(await run(during.files.main!)).toBe(7);
    // It cannot tell whether it read the file before or after that save, so it does not trust itself.
    expect((await prebundle(out, { main: join(source, 'main.ts') })).built).toBe(true);
    write('part.ts', 'export const part: number = 6;\n', 600_000);
    expect((await prebundle(out, { main: join(source, 'main.ts') })).built).toBe(true);
    expect((await prebundle(out, { main: join(source, 'main.ts') })).built).toBe(false);
  });

  it('builds again when the entries asked for differ', async () => {
    write('other.ts', 'export const answer = 7;\n');
    const other = await prebundle(out, { main: join(source, 'other.ts') });
    expect(other.built).toBe(true);
    expect(await run(other.files.main!)).toBe(7);
  });
});
