// Mistakes that used to pass validation and then break or bypass the site (issue 19): each must
// be an error (or a warning) naming the file, with a message and a fix in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { stringify } from 'yaml';
import { validate } from './index.ts';
import { MESSAGES, type MessageKey } from './messages.ts';
import { FINDING_CODES } from './types.ts';
import { CLEAN_FILES, writeTree } from '../../../test/fixtures/content-tree.ts';
import { ENTRY_GLOB, PAGE_GLOB, classify } from '../content-files.ts';

const AS_OF = '2026-11-27';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function run(overrides: Record<string, string | null>) {
  const tree = writeTree(overrides);
  cleanup = tree.cleanup;
  const { findings } = await validate({ root: tree.root, asOf: AS_OF, lang: 'en' });
  return { findings, errors: findings.filter((f) => f.severity === 'error') };
}

const yaml = (path: string, change: Record<string, unknown> = {}) =>
  stringify({ ...(CLEAN_FILES[path] as object), ...change });
const page = (body: string, frontmatter = '') => `---\ntitle: Trang\n${frontmatter}---\n\n${body}\n`;
/** A page and its English twin, so that only the mistake is reported. */
const pages = (path: string, vi: string, en = page('Nothing.')) => ({ [`docs/${path}`]: vi, [`docs/en/${path}`]: en });

describe('what is content: one definition for the loaders and the validator', () => {
  it('reads as entries and pages exactly the files the loaders load', () => {
    const paths = [
      'documents/nd-1-2022.yaml',
      'documents/_draft.yaml',
      'documents/Nd-1-2022.yaml',
      'documents/nd-1-2022.yml',
      'documents/cu/nd-1-2022.yaml',
      'docs/trang.mdx',
      'docs/_nhap.mdx',
      'docs/_nhap/trang.mdx',
      'docs/huong-dan/trang.mdx',
      'docs/trang.md',
    ];
    for (const path of paths) {
      const [folder, ...rest] = path.split('/');
      const loaded =
        folder === 'docs'
          ? picomatch.isMatch(
              rest.join('/'),
              PAGE_GLOB.filter((p) => !p.startsWith('!')),
              {
                ignore: PAGE_GLOB.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
              },
            )
          : picomatch.isMatch(
              rest.join('/'),
              ENTRY_GLOB.filter((p) => !p.startsWith('!')),
              {
                ignore: ENTRY_GLOB.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
              },
            );
      const kind = classify(path).kind;
      // A file the loader reads is an entry or a page, or an error that stops the build.
      if (loaded) expect(['entry', 'page', 'not-content'], path).toContain(kind);
      else expect(['skipped', 'not-content'], path).toContain(kind);
    }
  });

  it.each([
    ['a .yml file', 'documents/nd-5-2022.yml', 'content-file.yml', 'rename it to nd-5-2022.yaml'],
    ['an upper-case name', 'documents/ND-5-2022.yaml', 'content-file.name', 'rename it to "nd-5-2022.yaml"'],
    ['a Vietnamese name', 'glossary/định-danh.yaml', 'content-file.name', 'rename it to "dinh-danh.yaml"'],
    ['an entry in a subfolder', 'documents/cu/nd-5-2022.yaml', 'content-file.subfolder', 'content/documents/'],
    ['a page in Markdown', 'docs/trang.md', 'content-file.extension', '.mdx'],
    ['a file directly in content/', 'ghi-chu.txt', 'content-file.top-level', 'docs/'],
  ])('refuses %s, naming the file and the rule', async (_name, path, key, fix) => {
    const { errors } = await run({ [path]: yaml('glossary/dvc.yaml') });
    expect(errors).toEqual([
      expect.objectContaining({
        file: `content/${path}`,
        key,
        code: 'content-file',
        hint: expect.stringContaining(fix),
      }),
    ]);
  });

  it('refuses a folder that is not content, once for the folder', async () => {
    const { errors } = await run({ 'documets/a.yaml': 'x: 1\n', 'documets/b.yaml': 'x: 1\n' });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/documets/', key: 'content-file.folder' })]);
  });

  it('leaves drafts (names starting with "_") out, as the loaders do', async () => {
    const { findings } = await run({ 'documents/_nhap.yaml': 'number: [', 'docs/_nhap.mdx': '{' });
    expect(findings).toEqual([]);
  });

  it('refuses two files whose names differ only in case', async () => {
    const { errors } = await run(pages('Trang.mdx', page('A.'), page('A.')));
    const both = { ...pages('Trang.mdx', page('A.'), page('A.')), ...pages('trang.mdx', page('B.')) };
    const again = await run(both);
    expect(errors.every((e) => e.key === 'content-file.name')).toBe(true);
    expect(again.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'duplicate-id.case',
          message: expect.stringContaining('content/docs/Trang.mdx'),
        }),
      ]),
    );
  });

  it('refuses "slug:" in a page, which would move it away from its file path', async () => {
    const { errors } = await run(pages('trang.mdx', page('A.', 'slug: khac\n')));
    expect(errors).toEqual([expect.objectContaining({ key: 'content-file.slug', line: 3 })]);
  });

  it('accepts a byte-order mark in YAML and MDX', async () => {
    const { findings } = await run({
      'glossary/dvc.yaml': `\uFEFF${yaml('glossary/dvc.yaml')}`,
      ...pages('trang.mdx', `\uFEFF${page('A.')}`),
    });
    expect(findings).toEqual([]);
  });
});

describe('no script from content', () => {
  it.each([
    ['a <script> element', '<script>alert(1)</script>', '<script>'],
    ['an event handler', '<img src="/a.png" alt="" onerror="alert(1)" />', 'onerror='],
    ['a javascript: link', '[x](javascript:alert(1))', 'javascript:'],
    ['a javascript: link hidden by an entity', '[x](java&#x73;cript:alert(1))', 'javascript:'],
    ['a javascript: href', '<a href=" JavaScript:alert(1)">x</a>', 'javascript:'],
    ['a data: address', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', '<iframe>'],
    ['set:html', '<div set:html="<b>x</b>" />', 'set:html='],
    ['an import of anything but a component', "import fs from 'node:fs';\n\nA.", "import 'node:fs'"],
  ])('refuses %s in a page, at its line', async (_name, body, what) => {
    const { errors } = await run(pages('trang.mdx', page(body)));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/docs/trang.mdx', code: 'unsafe-content', line: 5, params: { what } }),
    ]);
  });

  it('refuses "head:" in a page’s frontmatter, which adds tags to <head>', async () => {
    const { errors } = await run(pages('trang.mdx', page('A.', 'head:\n  - tag: script\n    content: alert(1)\n')));
    expect(errors).toEqual([expect.objectContaining({ code: 'unsafe-content', line: 4 })]);
  });

  it('accepts the site’s components, and text that only mentions <script> in code', async () => {
    const body = "import { Aside } from '@astrojs/starlight/components';\n\n<Aside>Viết `<script>` là sai.</Aside>";
    const { findings } = await run(pages('trang.mdx', page(body)));
    expect(findings).toEqual([]);
  });

  it.each([
    ['a <script> tag', '<script>alert(1)</script>', '<script'],
    ['an event handler', 'Xem <img src=x onerror=alert(1)>', 'onerror='],
    ['a javascript: address', 'Xem javascript:alert(1)', 'javascript:'],
  ])('refuses %s in YAML text', async (_name, text, what) => {
    const { errors } = await run({
      'glossary/dvc.yaml': yaml('glossary/dvc.yaml', { definition: { vi: text, en: 'A service.' } }),
    });
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/glossary/dvc.yaml', code: 'unsafe-content', params: { what } }),
    ]);
  });

  it('refuses a source that is not a web address, and warns about http:', async () => {
    const with_ = (url: string) =>
      run({ 'glossary/dvc.yaml': yaml('glossary/dvc.yaml', { sources: [{ url, publisher: 'E' }] }) });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd'])
      expect((await with_(url)).errors).toEqual([expect.objectContaining({ key: 'schema.url' })]);
    const http = await with_('http://example.org/a');
    expect(http.errors).toEqual([]);
    expect(http.findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'insecure-url', line: expect.any(Number) }),
    ]);
    expect(http.findings[0].line).toBeGreaterThan(1);
  });
});

describe('route collisions', () => {
  it('refuses a page at the address of a generated page, naming both', async () => {
    const { errors } = await run(pages('van-ban/nd-1-2022.mdx', page('A.')));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/docs/en/van-ban/nd-1-2022.mdx', code: 'route-collision' }),
      expect.objectContaining({
        file: 'content/docs/van-ban/nd-1-2022.mdx',
        code: 'route-collision',
        message: expect.stringContaining('content/documents/nd-1-2022.yaml'),
      }),
    ]);
  });

  it('refuses a page at the schema reference’s address', async () => {
    const { errors } = await run(pages('tham-chieu-du-lieu.mdx', page('A.')));
    expect(errors.map((e) => e.code)).toEqual(['route-collision', 'route-collision']);
  });
});

describe('what an editor is told', () => {
  it('reports an entry that does not load once, at that entry, not at every page citing it', async () => {
    const { errors } = await run({
      'documents/nd-1-2022.yaml': yaml('documents/nd-1-2022.yaml', { kind: 'nghi-dinh-moi' }),
      ...pages('trang.mdx', page('Xem [NĐ 1](ref:nd-1-2022#hieu-luc) và [trang](/van-ban/nd-1-2022/#thong-tin).')),
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/documents/nd-1-2022.yaml', code: 'schema' })]);
  });

  it('reports an MDX syntax error at the line of the file, frontmatter included', async () => {
    const { errors } = await run(pages('trang.mdx', page('Một.\n\nHai.\n\n<Aside>\nKhông đóng.')));
    expect(errors).toEqual([expect.objectContaining({ code: 'mdx-syntax', line: expect.any(Number) })]);
    expect(errors[0].line).toBeGreaterThanOrEqual(9);
  });

  it('names a component used without its import, with the line to add', async () => {
    const { errors } = await run(pages('trang.mdx', page('<Aside>Chú ý.</Aside>\n\n<Aside>Lần nữa.</Aside>')));
    expect(errors).toEqual([
      expect.objectContaining({
        key: 'mdx-syntax.not-imported',
        line: 5,
        hint: expect.stringContaining("import { Aside } from '@astrojs/starlight/components';"),
      }),
    ]);
  });

  it('has a message and a fix in both languages for every key, with the same blanks', () => {
    const blanks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const part of [entry.message, entry.fix]) {
        expect(part.vi.trim(), key).not.toBe('');
        expect(part.en.trim(), key).not.toBe('');
        expect(blanks(part.vi), key).toEqual(blanks(part.en));
      }
    }
    const codes = new Set(Object.keys(MESSAGES).map((k) => (k as MessageKey).split('.')[0]));
    expect([...FINDING_CODES].filter((c) => !codes.has(c))).toEqual([]);
  });

  it('speaks Vietnamese unless asked for English', async () => {
    const tree = writeTree({ 'documents/nd-1-2022.yaml': yaml('documents/nd-1-2022.yaml', { issuer: 'bo-b' }) });
    cleanup = tree.cleanup;
    const [vi] = (await validate({ root: tree.root, asOf: AS_OF })).findings;
    expect(vi.message).toBe('"issuer" ghi một cơ quan không có: "bo-b"');
    expect(vi.hint).toContain('có phải là "bo-a"');
  });
});

describe('finer checks', () => {
  it('refuses a field in "unverified" that the kind does not have, suggesting the nearest', async () => {
    const { errors } = await run({
      'documents/nd-1-2022.yaml': yaml('documents/nd-1-2022.yaml', { unverified: ['efective', 'relations'] }),
    });
    expect(errors).toEqual([
      expect.objectContaining({ code: 'unverified-field', params: expect.objectContaining({ name: 'efective' }) }),
    ]);
    expect(errors[0].hint).toContain('"effective"');
  });

  it.each([
    ['Ð (eth) for Đ', '2/2024/NÐ-CP'],
    ['a Cyrillic С', '2/2024/NĐ-СP'],
    ['decomposed Unicode', '2/2024/NĐ-CP'.normalize('NFD')],
    ['full-width letters', '2/2024/ＮĐ-CP'],
  ])('finds a number used twice when one is typed with %s', async (_name, number) => {
    const { errors } = await run({
      'documents/nd-2-2024-ban-sao.yaml': yaml('documents/nd-2-2024.yaml', { number, relations: [] }),
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'duplicate-number' })]);
  });

  it('refuses a review date after today, but not one after the date statuses are computed at', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const { errors } = await run({ 'glossary/dvc.yaml': yaml('glossary/dvc.yaml', { reviewed: tomorrow }) });
    expect(errors).toEqual([expect.objectContaining({ key: 'impossible-date.future-review' })]);
    // AS_OF lies in the past for reproducible builds: a review made since then is no mistake.
    const today = new Date().toISOString().slice(0, 10);
    const since = await run({ 'glossary/dvc.yaml': yaml('glossary/dvc.yaml', { reviewed: today }) });
    expect(since.findings).toEqual([]);
  });

  it('refuses a text too long to publish, saying how long it is and the limit', async () => {
    const { errors } = await run({
      'glossary/dvc.yaml': yaml('glossary/dvc.yaml', { definition: { vi: 'a'.repeat(6000), en: 'A service.' } }),
    });
    expect(errors).toEqual([
      expect.objectContaining({ key: 'schema.too-long', message: expect.stringMatching(/6000/) }),
    ]);
  });

  it('still refuses text of spaces alone', async () => {
    const { errors } = await run({
      'glossary/dvc.yaml': yaml('glossary/dvc.yaml', { definition: { vi: '   ', en: 'A service.' } }),
    });
    expect(errors).toEqual([expect.objectContaining({ key: 'schema.empty' })]);
  });

  it('refuses a runaway file before parsing it', async () => {
    const { errors } = await run({
      'glossary/dvc.yaml': `${yaml('glossary/dvc.yaml')}# ${'x'.repeat(200_000)}\n`,
      ...pages('trang.mdx', page('x'.repeat(300_000))),
    });
    expect(errors.map((e) => [e.file, e.key])).toEqual([
      ['content/docs/trang.mdx', 'content-file.too-big'],
      ['content/glossary/dvc.yaml', 'content-file.too-big'],
    ]);
  });

  const successor = (id: string, of: Record<string, unknown>, from = '2025-07-01') => ({
    [`agencies/${id}.yaml`]: stringify({
      name: { vi: id, en: id },
      kind: 'tinh',
      active: { from },
      successorOf: [{ date: '2025-07-01', ...of }],
      summary: { vi: 'a', en: 'a' },
      sources: [{ url: 'https://example.org/s', publisher: 'E' }],
      confidence: 'high',
      reviewed: '2026-11-01',
    }),
  });

  it('refuses two successors that take the same function of a former unit', async () => {
    const { errors } = await run({
      ...successor('tinh-moi', { id: 'tinh-cu', functions: ['bao-hiem'] }),
      ...successor('tinh-khac', { id: 'tinh-cu', functions: ['bao-hiem', 'dich-vu-cong'] }),
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'successor.function', file: 'content/agencies/tinh-moi.yaml' }),
      ]),
    );
  });

  it('refuses two successors that both take "the rest"', async () => {
    const { errors } = await run({ ...successor('tinh-khac', { id: 'tinh-cu' }) });
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'successor.rest' })]));
  });

  it('refuses a gap between a former unit’s end and its successor’s start', async () => {
    const { errors } = await run({ ...successor('tinh-moi', { id: 'tinh-cu' }, '2025-08-01') });
    expect(errors).toEqual([
      expect.objectContaining({
        key: 'successor.gap',
        file: 'content/agencies/tinh-moi.yaml',
        message: expect.stringContaining('2025-08-01'),
      }),
    ]);
  });
});
