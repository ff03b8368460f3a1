import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentIndex } from './content-index.ts';

describe('the ref: link index', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-index-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = join(root, 'glossary', 'vneid.yaml');
  const write = (abbr: string, time: number) => {
    writeFileSync(file, `abbr: ${abbr}\nterm:\n  vi: Ứng dụng\n  en: App\n`);
    utimesSync(file, time, time);
  };

  it('gives the label an editor just changed, without a restart of the dev server', () => {
    mkdirSync(join(root, 'glossary'));
    write('VNeID', 1_000);
    expect(contentIndex(root).get('vneid')?.label.vi).toBe('VNeID');
    write('VNEID', 2_000);
    expect(contentIndex(root).get('vneid')?.label.vi).toBe('VNEID');
  });
});
