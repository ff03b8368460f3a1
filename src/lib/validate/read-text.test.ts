import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readText } from './read-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.each([0, 1, 100, 65_535, 65_536, 65_537, 200_000])('reads a file of %i bytes whole, multi-byte letters intact', (size) => {
  const file = join(dir, `${size}.yaml`);
  writeFileSync(file, 'ệ'.repeat(Math.floor(size / 3)) + 'a'.repeat(size % 3));
  expect(readText(file)).toBe(readFileSync(file, 'utf8'));
  // The buffer kept between files does not leak one file's end into the next, shorter one.
  writeFileSync(join(dir, 'short.yaml'), 'id: x\n');
  expect(readText(join(dir, 'short.yaml'))).toBe('id: x\n');
});
