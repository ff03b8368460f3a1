// What editors see in the built site: the schema reference generated from the schemas, each page's
// content review date in its footer, "Edit this page" leading to the file to change, and build
// warnings for pages that need reviewing again.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_KINDS, describeField, referenceRows } from '../src/lib/schema-reference.ts';
import { REFERENCE_ANCHORS } from '../src/lib/generated-pages.ts';
import { docUrl } from '../src/lib/routes.ts';
import { formatDate } from '../src/lib/dates.ts';
import { ROOT, SITE_AS_OF, page, text } from './site.ts';

/** Every MDX page: its docs id, file and frontmatter. */
function mdxPages() {
  const dir = join(ROOT, 'content/docs');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.mdx?$/.test(f.name))
    .map((f) => {
      const file = relative(ROOT, join(f.parentPath, f.name)).replaceAll('\\', '/');
      const id = file.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
      const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, file), 'utf8'))![1]);
      return { id, file, url: docUrl(id), fm };
    });
}

describe('the schema reference page', () => {
  it.each([
    ['/tham-chieu-du-lieu/', 'vi'],
    ['/en/tham-chieu-du-lieu/', 'en'],
  ] as const)('%s lists every field of every kind, with its description', (url, locale) => {
    const html = page(url);
    expect(text(html.querySelector('h1'))).toBe(locale === 'vi' ? 'Tham chiếu dữ liệu' : 'Data reference');
    for (const kind of REFERENCE_KINDS) {
      const section = html.querySelector(`section[data-kind="${kind}"]`)!;
      expect(section.querySelector('h2')!.getAttribute('id')).toBe(REFERENCE_ANCHORS[kind]);
      const rows = section.querySelectorAll('tbody tr');
      expect(rows.map((r) => r.getAttribute('data-field'))).toEqual(referenceRows(kind).map((r) => r.path));
      for (const row of rows) {
        const path = row.getAttribute('data-field')!;
        expect(text(row), `${kind}.${path}`).toContain(describeField(kind, path)![locale]);
      }
    }
    // Allowed values come from the schema, with the site's own label for each.
    const kindRow = html.querySelector('section[data-kind="documents"] tr[data-field="kind"]')!;
    expect(text(kindRow)).toContain(locale === 'vi' ? 'nghi-dinh (Nghị định)' : 'nghi-dinh (Decree)');
    const required = (field: string) =>
      text(html.querySelector(`section[data-kind="documents"] tr[data-field="${field}"] [data-required]`));
    expect(required('number')).toBe(locale === 'vi' ? 'bắt buộc' : 'required');
    expect(required('signer')).toBe(locale === 'vi' ? 'không bắt buộc' : 'optional');
  });
});

describe('the footer of MDX pages', () => {
  const pages = mdxPages().filter((p) => p.fm.reviewed);

  it('covers the pages of this test', () => {
    expect(pages.map((p) => p.id)).toEqual(expect.arrayContaining(['du-lieu-mo', 'en/du-lieu-mo', 'index']));
  });

  it('shows the content review date in the page language, not a git date', () => {
    for (const p of pages) {
      const reviewed = p.fm.reviewed instanceof Date ? p.fm.reviewed.toISOString().slice(0, 10) : String(p.fm.reviewed);
      const footer = page(p.url).querySelector('footer .meta');
      const time = footer?.querySelector('time');
      expect(time?.getAttribute('datetime'), p.url).toBe(reviewed);
      const label = p.id.startsWith('en/') ? 'Last reviewed' : 'Rà soát lần cuối';
      const locale = p.id.startsWith('en/') ? 'en' : 'vi';
      expect(text(footer), p.url).toContain(`${label}: ${formatDate(reviewed, locale)}`);
    }
    expect(text(page('/du-lieu-mo/').querySelector('footer .meta'))).toContain('Rà soát lần cuối: 27/11/2026');
    expect(text(page('/en/du-lieu-mo/').querySelector('footer .meta'))).toContain('Last reviewed: 27 November 2026');
  });

  it('has no "Edit page" link when EDIT_BASE_URL is not set', () => {
    expect(page('/').querySelector('footer .meta a')).toBeNull();
    expect(page('/van-ban/nd-59-2022/').querySelector('footer .meta a')).toBeNull();
  });
});

describe('a build with EDIT_BASE_URL and a page left unreviewed', () => {
  const base = 'https://example.org/de-an-06/edit/main';
  let dir = '';
  let output = '';
  let code = 0;
  const built = (url: string) => parseHtml(readFileSync(join(dir, 'dist', url, 'index.html'), 'utf8'));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'de-an-06-editors-'));
    for (const item of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    }
    // Vite follows a symlinked node_modules out of the copy and then cannot match Astro's
    // compiled components; hard links are as cheap and stay inside it.
    try {
      await promisify(execFile)('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
    } catch {
      cpSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), { recursive: true });
    }
    // Reviewed long ago, when Decree 59/2022 was still in force: both warnings are due.
    const file = join(dir, 'content/docs/du-lieu-mo.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'reviewed: 2026-11-27\ncites: []',
        'reviewed: 2024-01-01\ncites: [nd-59-2022]',
      ),
    );
    try {
      const r = await promisify(execFile)('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
        cwd: dir,
        // The English catalogue, so that the message below reads as CONTRIBUTING.en.md quotes it.
        env: { ...process.env, EDIT_BASE_URL: base, AS_OF: SITE_AS_OF, VALIDATE_LANG: 'en' },
      });
      output = `${r.stdout}\n${r.stderr}`;
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      code = e.code;
      output = `${e.stdout}\n${e.stderr}`;
    }
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('still builds, and warns about the page with file and line', () => {
    expect(code).toBe(0);
    expect(output).toMatch(
      /content\/docs\/du-lieu-mo\.mdx:4:\d+ +warning +not reviewed since 2024-01-01 \(over 12 months\)/,
    );
    expect(output).toMatch(
      /content\/docs\/du-lieu-mo\.mdx:5:\d+ +warning +nd-59-2022 changed status after the page was reviewed \(In force → No longer in force\)/,
    );
  });

  it('shows the old review date in the footer', () => {
    expect(text(built('du-lieu-mo').querySelector('footer .meta'))).toContain('Rà soát lần cuối: 01/01/2024');
  });

  it('links MDX pages to their source file', () => {
    for (const p of mdxPages()) {
      const link = built(p.url).querySelector('footer .meta a');
      expect(link?.getAttribute('href'), p.url).toBe(`${base}/${p.file}`);
    }
    expect(text(built('en').querySelector('footer .meta a'))).toBe('Edit page');
  });

  it('links generated pages to their YAML entry', () => {
    expect(built('van-ban/nd-59-2022').querySelector('footer .meta a')?.getAttribute('href')).toBe(
      `${base}/content/documents/nd-59-2022.yaml`,
    );
    expect(built('en/co-quan/c06').querySelector('footer .meta a')?.getAttribute('href')).toBe(
      `${base}/content/agencies/c06.yaml`,
    );
    expect(built('nhiem-vu/i1-3').querySelector('footer .meta a')?.getAttribute('href')).toBe(
      `${base}/content/tasks/i1-3.yaml`,
    );
    expect(built('tham-chieu-du-lieu').querySelector('footer .meta a')?.getAttribute('href')).toBe(
      `${base}/src/lib/schema-descriptions.ts`,
    );
  });
});
