// One mistake per fixture: the validator must name the file, the line and column, and say what
// is wrong and how to fix it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from './index.ts';
import { formatFindings } from './report.ts';
import { draft, inLanguage, type Finding } from './types.ts';
import { KIND_WORDS } from './messages.ts';
import { writeTree } from '../../../test/fixtures/content-tree.ts';

const AS_OF = '2026-11-27';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function run(overrides: Record<string, string | null>, lang: 'vi' | 'en' = 'en') {
  const tree = writeTree(overrides);
  cleanup = tree.cleanup;
  const { findings } = await validate({ root: tree.root, asOf: AS_OF, lang });
  return { findings, errors: findings.filter((f) => f.severity === 'error'), root: tree.root };
}

/** A document entry whose line numbers the tests rely on. */
const doc = (lines: Record<number, string>) => {
  const base = [
    'number: 3/2023/NĐ-CP', //             1
    'kind: nghi-dinh', //                  2
    'issuer: bo-a', //                     3
    'title:', //                           4
    '  vi: Nghị định ba', //               5
    '  en: Decree three', //               6
    'issued: 2023-01-01', //               7
    'effective: 2023-02-01', //            8
    'summary: { vi: Tóm tắt., en: Summary. }', // 9
    'sources:', //                         10
    '  - url: https://example.org/a', //   11
    '    publisher: Example', //           12
    'confidence: high', //                 13
    'reviewed: 2026-11-01', //             14
  ];
  for (const [n, text] of Object.entries(lines)) base[Number(n) - 1] = text;
  return base.filter((l) => l !== '').join('\n') + '\n';
};
const DOC = 'documents/nd-3-2023.yaml';
const MATRIX = "import ResponsibilityMatrix from '@components/ResponsibilityMatrix.astro';\n\n";
const FILE = `content/${DOC}`;

describe('a clean tree', () => {
  it('has no findings at all', async () => {
    const { findings } = await run({});
    expect(findings).toEqual([]);
  });

  it('leaves content/ byte-identical', async () => {
    const tree = writeTree({ [DOC]: doc({ 3: 'issuer: bo-b' }) });
    cleanup = tree.cleanup;
    const hash = () => {
      const h = createHash('sha256');
      for (const f of readdirSync(join(tree.root, 'content'), { recursive: true, withFileTypes: true })) {
        if (f.isFile()) h.update(join(f.parentPath, f.name)).update(readFileSync(join(f.parentPath, f.name)));
      }
      return h.digest('hex');
    };
    const before = hash();
    await validate({ root: tree.root, asOf: AS_OF });
    expect(hash()).toBe(before);
  });
});

describe('schema errors, at the offending key', () => {
  it('names a missing title', async () => {
    const { errors } = await run({ [DOC]: doc({ 4: '', 5: '', 6: '' }) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: FILE,
      code: 'schema',
      message: expect.stringContaining('"title" is missing'),
    });
  });

  it('names a date that is not a date, at its line', async () => {
    const { errors } = await run({ [DOC]: doc({ 7: 'issued: 2023-02-30' }) });
    expect(errors).toEqual([
      expect.objectContaining({ file: FILE, line: 7, column: 9, message: expect.stringContaining('issued') }),
    ]);
    expect(errors[0].message).toContain('2023-02-30');
  });

  it('names an unknown enum value and suggests the nearest', async () => {
    const { errors } = await run({ [DOC]: doc({ 2: 'kind: nghi-dinhh' }) });
    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 7,
        message: expect.stringContaining('"nghi-dinhh"'),
        hint: expect.stringContaining('nearest: nghi-dinh'),
      }),
    ]);
  });

  it('names an unknown field at its key', async () => {
    const { errors } = await run({ [DOC]: doc({ 13: 'confidense: high' }) });
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('unknown field "confidense"')]),
    );
    expect(errors.find((e) => e.message.includes('confidense'))).toMatchObject({ line: 13, column: 1 });
  });

  it('reports YAML that does not parse', async () => {
    const { errors } = await run({ [DOC]: doc({ 5: '  vi: [Nghị định ba' }) });
    expect(errors[0]).toMatchObject({ file: FILE, code: 'yaml-syntax' });
    // The parser notices the unclosed bracket where the next line begins.
    expect(errors[0].line).toBeGreaterThanOrEqual(5);
    expect(errors[0].line).toBeLessThanOrEqual(6);
  });
});

describe('ids and numbers', () => {
  it('finds an unknown id in data, with the nearest known ids', async () => {
    const { errors } = await run({ [DOC]: doc({ 3: 'issuer: bo-b' }) });
    expect(errors).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 3,
        column: 9,
        code: 'unknown-id',
        message: expect.stringContaining('"bo-b"'),
        hint: expect.stringContaining('"bo-a"'),
      }),
    ]);
  });

  it('finds an id of the wrong kind', async () => {
    const { errors } = await run({ [DOC]: doc({ 3: 'issuer: nd-1-2022' }) });
    expect(errors[0].message).toContain('which is a document, not an agency');
  });

  it('finds the same id in two collections', async () => {
    const { errors } = await run({
      'glossary/nd-1-2022.yaml':
        'term: { vi: a, en: a }\ndefinition: { vi: b, en: b }\nsources: [{ url: https://example.org/s, publisher: E }]\nconfidence: high\nreviewed: 2026-11-01\n',
    });
    expect(errors).toEqual([
      expect.objectContaining({ code: 'duplicate-id', message: expect.stringContaining('"nd-1-2022"') }),
    ]);
  });

  it('finds a document number used twice, however it is spelled', async () => {
    const { errors } = await run({ [DOC]: doc({ 1: 'number: 1/2022/ND-CP' }) });
    expect(errors).toEqual([expect.objectContaining({ file: FILE, line: 1, code: 'duplicate-number' })]);
  });
});

describe('references and links in prose', () => {
  const page = (body: string) => `---\ntitle: Trang\n---\n\n## Phần một {#phan-mot}\n\n${body}\n`;
  const pages = (body: string) => ({ 'docs/trang.mdx': page(body), 'docs/en/trang.mdx': page('Nothing.') });

  it('finds an unknown id in a ref: link, with suggestions', async () => {
    const { errors } = await run(pages('Xem [NĐ](ref:nd-1-202).'));
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/docs/trang.mdx',
        line: 7,
        column: 5,
        code: 'unknown-id',
        hint: expect.stringContaining('"nd-1-2022"'),
      }),
    ]);
  });

  it('finds an unknown id in a <Ref> component', async () => {
    const { errors } = await run(pages('Xem <Ref id="nd-9-2022" />.\n\nimport Ref from \'@components/Ref.astro\';'));
    expect(errors).toEqual([expect.objectContaining({ line: 7, code: 'unknown-id' })]);
  });

  it('finds a link to a page that does not exist', async () => {
    const { errors } = await run(pages('Xem [trang](/van-ban/nd-9-2022/).'));
    expect(errors).toEqual([
      expect.objectContaining({ line: 7, code: 'broken-link', hint: expect.stringContaining('/van-ban/nd-1-2022/') }),
    ]);
  });

  it('finds an anchor that a generated page does not have', async () => {
    const { errors } = await run(pages('Xem [mục](/van-ban/nd-1-2022/#hieu-lucc).'));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'unknown-anchor', hint: expect.stringContaining('"hieu-luc"') }),
    ]);
  });

  it('finds an anchor that a page does not have', async () => {
    const { errors } = await run(pages('Xem [mục](#phan-hai).'));
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'unknown-anchor',
        message: expect.stringContaining('#phan-hai'),
        hint: expect.stringContaining('"phan-mot"'),
      }),
    ]);
  });

  it('accepts custom heading ids and generated anchors', async () => {
    const { findings } = await run(
      pages('Xem [một](#phan-mot), [hiệu lực](ref:nd-1-2022#hieu-luc), [DVC](/thuat-ngu/#dvc).'),
    );
    expect(findings).toEqual([]);
  });

  it('knows the anchors the responsibility matrix adds, and that group members are on the group’s page', async () => {
    const ok = await run(
      pages(
        `${MATRIX}<ResponsibilityMatrix />\n\nXem [nhiệm vụ](#danh-sach-nhiem-vu), [trang](#trang-co-quan) và [thành viên](/co-quan/cac-bo/#thanh-vien).`,
      ),
    );
    expect(ok.findings).toEqual([]);
    // The matrix no longer lists each group's members: that list grows with the registry.
    const { errors } = await run(pages(`${MATRIX}<ResponsibilityMatrix />\n\nXem [thành viên](#thanh-vien-cac-bo).`));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-anchor' })]);
  });

  it('knows the numbered pages of a long register, and only those that exist', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 201 }, (_, i) => [
        `documents/cv-${i + 1}-2023.yaml`,
        doc({ 1: `number: ${i + 1}/BA-CV`, 2: 'kind: cong-van' }),
      ]),
    );
    const link = 'Xem [trang 2](/van-ban/trang/2/) và [trang 3](/van-ban/trang/3/).';
    const { errors } = await run({ ...many, ...pages(link) });
    // 203 documents make two pages: the register's own and /van-ban/trang/2/.
    expect(errors.map((e) => e.message)).toEqual(['the link "/van-ban/trang/3/" leads to no page']);
    const few = await run(pages(link));
    expect(few.errors.map((e) => e.message)).toEqual([
      'the link "/van-ban/trang/2/" leads to no page',
      'the link "/van-ban/trang/3/" leads to no page',
    ]);
  });

  it('reports MDX that does not parse, at its line', async () => {
    const { errors } = await run(pages('Giá trị {a + } sai.'));
    expect(errors[0]).toMatchObject({ file: 'content/docs/trang.mdx', code: 'mdx-syntax', line: 7 });
  });
});

describe('relations', () => {
  it('finds a document that replaces itself', async () => {
    const { errors } = await run({
      [DOC]: doc({ 14: 'reviewed: 2026-11-01\nrelations:\n  - type: replaces\n    target: nd-3-2023' }),
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'self-relation', line: 17 })]);
  });

  it('finds a cycle of replacements', async () => {
    const { errors } = await run({
      [DOC]: doc({
        7: 'issued: 2024-01-01',
        8: 'effective: 2024-02-01',
        14: 'reviewed: 2026-11-01\nrelations:\n  - type: amends\n    target: nd-2-2024',
      }),
      'documents/nd-2-2024.yaml':
        'number: 2/2024/NĐ-CP\nkind: nghi-dinh\nissuer: bo-a\ntitle: { vi: Hai, en: Two }\nissued: 2024-01-01\neffective: 2024-07-01\nrelations:\n  - type: replaces\n    target: nd-1-2022\n  - type: amends\n    target: nd-3-2023\nsummary: { vi: a, en: b }\nsources: [{ url: "https://example.org", publisher: E }]\nconfidence: high\nreviewed: 2026-11-01\n',
    });
    expect(errors.filter((e) => e.code === 'relation-cycle')).toHaveLength(1);
    expect(errors.find((e) => e.code === 'relation-cycle')!.message).toMatch(/nd-2-2024 → nd-3-2023 → nd-2-2024/);
  });

  it('finds a document in force before it was issued', async () => {
    const { errors } = await run({ [DOC]: doc({ 8: 'effective: 2022-12-31' }) });
    expect(errors).toEqual([expect.objectContaining({ code: 'impossible-date', line: 8 })]);
  });

  it('finds a replacement in force before what it replaces was issued', async () => {
    const { errors } = await run({
      [DOC]: doc({
        7: 'issued: 2021-01-01',
        8: 'effective: 2021-06-01',
        14: 'reviewed: 2026-11-01\nrelations:\n  - type: replaces\n    target: nd-1-2022',
      }),
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'impossible-date', line: 16 })]);
  });
});

describe('completeness', () => {
  it('finds a seed key with no entry', async () => {
    const { errors } = await run({ 'tasks/a1.yaml': null });
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/tasks/',
        code: 'missing-entry',
        message: expect.stringContaining('"a1"'),
      }),
    ]);
  });

  it('finds a task with no responsible agency', async () => {
    const { errors } = await run({
      'tasks/a2.yaml':
        'key: A2\npillar: nhan-thuc\nslide: { vi: a, en: b }\nimplementers: { vi: a, en: b }\nmeaning: { vi: a, en: b }\nsources: [{ url: "https://example.org", publisher: E }]\nconfidence: high\nreviewed: 2026-11-01\n',
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/tasks/a2.yaml', code: 'no-agency' })]);
  });

  it('finds a benefit with no legal basis', async () => {
    const { errors } = await run({
      'benefits/b3.yaml':
        'key: B3\ntitle: { vi: a, en: b }\naudience: [cong-dan]\nsummary: { vi: a, en: b }\nsources: [{ url: "https://example.org", publisher: E }]\nconfidence: high\nreviewed: 2026-11-01\n',
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/benefits/b3.yaml', code: 'no-legal-basis' })]);
  });

  it('finds a page that exists in one language only', async () => {
    const { errors } = await run({ 'docs/chi-tieng-viet.mdx': '---\ntitle: Một mình\n---\n\nNội dung.\n' });
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/docs/chi-tieng-viet.mdx',
        code: 'missing-translation',
        hint: expect.stringContaining('content/docs/en/chi-tieng-viet.mdx'),
      }),
    ]);
  });

  it('finds a former province that no current one takes over', async () => {
    const { errors } = await run({ 'agencies/tinh-moi.yaml': null });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/agencies/tinh-cu.yaml', code: 'successor' })]);
  });
});

describe('warnings', () => {
  it('treats unconfirmed facts as warnings, not errors', async () => {
    const { findings, errors } = await run({ [DOC]: doc({ 13: 'confidence: unconfirmed' }) });
    expect(errors).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'unconfirmed', line: 13 })]);
  });

  it('warns about entries not reviewed for twelve months', async () => {
    const { findings } = await run({ [DOC]: doc({ 14: 'reviewed: 2025-01-01' }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'stale', line: 14 })]);
  });

  it('warns when a cited document changed status after the page was reviewed', async () => {
    const page = '---\ntitle: Trang\nreviewed: 2024-01-01\ncites: [nd-1-2022]\n---\n\nNội dung.\n';
    const { findings } = await run({ 'docs/trang.mdx': page, 'docs/en/trang.mdx': page }, 'vi');
    expect(findings.filter((f) => f.code === 'cited-status-changed')).toHaveLength(2);
    expect(findings.find((f) => f.code === 'cited-status-changed')).toMatchObject({
      line: 4,
      message: expect.stringContaining('Còn hiệu lực → Hết hiệu lực'),
    });
  });
});

describe('output formats', () => {
  const finding: Finding = inLanguage(
    draft('content/x.yaml', 3, 9, 'error', 'unknown-id', { field: 'issuer', value: 'bo-b', ...KIND_WORDS.agencies }, [
      'bo-a',
    ]),
    'en',
  );
  it('prints one line per finding, then a summary', () => {
    expect(formatFindings([finding], 'text', 'en')).toBe(
      'content/x.yaml:3:9  error  "issuer" names an unknown agency "bo-b"  (write the id (file name) of an existing agency; did you mean "bo-a"?)\n1 error, 0 warnings',
    );
  });
  it('prints in Vietnamese unless asked for English', () => {
    expect(formatFindings([finding], 'text')).toBe(
      'content/x.yaml:3:9  lỗi  "issuer" ghi một cơ quan không có: "bo-b"  (viết id (tên tệp) của một cơ quan có thật; có phải là "bo-a"?)\n1 lỗi, 0 cảnh báo',
    );
  });
  it('prints GitHub annotations', () => {
    expect(formatFindings([finding], 'github', 'en')).toBe(
      '::error file=content/x.yaml,line=3,col=9,title=unknown-id::"issuer" names an unknown agency "bo-b" (write the id (file name) of an existing agency; did you mean "bo-a"?)',
    );
  });
  it('prints JSON for tools', () => {
    expect(JSON.parse(formatFindings([finding], 'json', 'en'))).toEqual({
      findings: [finding],
      summary: '1 error, 0 warnings',
    });
  });
});
