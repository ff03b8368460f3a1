// The benchmarks' synthetic registry must be one the site accepts: if the validator rejected it,
// the build being measured would fail, or measure something else than a real registry's build.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generateContent } from './synthetic.ts';
import type { DataCollection } from '../../src/lib/schemas.ts';
import { validate } from '../../src/lib/validate/index.ts';
import { ROOT } from '../../test/real-content.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'de-an-06-synthetic-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the synthetic registry', () => {
  const dir = fresh();
  const result = generateContent(dir, join(ROOT, 'content'), { entries: 600, pagePairs: 4 });

  it('has the number of entries asked for, mostly documents, and keeps every real entry', () => {
    expect(result.entries).toBe(600);
    // Of the made-up entries, that is: the real ones are whatever the editors have written.
    const real = (collection: string) => readdirSync(join(ROOT, 'content', collection)).length;
    const madeUp = (collection: DataCollection) => result.counts[collection] - real(collection);
    const collections = ['documents', 'agencies', 'tasks', 'benefits', 'glossary'] as const;
    expect(madeUp('documents')).toBeGreaterThan(collections.map(madeUp).reduce((a, b) => a + b) / 2);
    for (const collection of ['documents', 'agencies', 'tasks', 'benefits', 'glossary']) {
      const real = readdirSync(join(ROOT, 'content', collection));
      const made = new Set(readdirSync(join(dir, 'content', collection)));
      for (const file of real) expect(made.has(file), `${collection}/${file}`).toBe(true);
    }
  });

  it('passes the validator without an error', async () => {
    const { findings, stats } = await validate({ root: dir, asOf: '2026-11-27' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(stats.entries).toBe(600);
  });

  it('links documents to older ones, and gives pages in both languages with ref: links', () => {
    const docs = readdirSync(join(dir, 'content', 'documents')).filter((f) => f.startsWith('van-ban-mau-'));
    const data = docs.map((f) => parse(readFileSync(join(dir, 'content', 'documents', f), 'utf8')));
    expect(data.filter((d) => d.relations?.length).length).toBeGreaterThan(docs.length / 10);
    expect(data.filter((d) => d.serves?.length).length).toBeGreaterThan(docs.length / 10);
    expect(data.every((d) => /\/MAU$/.test(d.number) || /-MAU$/.test(d.number))).toBe(true);
    expect(result.pageIds).toHaveLength(4);
    for (const id of result.pageIds) {
      const vi = readFileSync(join(dir, 'content', 'docs', `${id}.mdx`), 'utf8');
      const en = readFileSync(join(dir, 'content', 'docs', 'en', `${id}.mdx`), 'utf8');
      expect(vi).toMatch(/\]\(ref:[a-z0-9-]+\)/);
      expect(en).toMatch(/\]\(\/en\/mau\/bai-\d+\/#phan-2\)/);
    }
  });

  it('is the same registry every time for the same options', () => {
    const again = fresh();
    generateContent(again, join(ROOT, 'content'), { entries: 600, pagePairs: 4 });
    const file = (root: string) => readFileSync(join(root, 'content', 'documents', 'van-ban-mau-42.yaml'), 'utf8');
    expect(file(again)).toBe(file(dir));
  });
});
