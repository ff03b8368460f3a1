// A registry larger than a page: the site built from a synthetic registry of 1,500 entries (the
// real content plus generated entries, tools/bench/synthetic.ts). Long lists come in numbered pages
// that link to each other; every entry is on exactly one page of its list; every link of every
// built page leads to a page that exists; no index page grows past a bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { astroBuild, cleanUp, syntheticProject } from '../tools/bench/lib.ts';
import { text } from './site.ts';

let dir = '';
let dist = '';
beforeAll(async () => {
  ({ dir } = syntheticProject(1500));
  dist = join(dir, 'dist');
  const run = await astroBuild(dir);
  if (run.code !== 0) throw new Error(`the synthetic build failed:\n${run.output.slice(-3000)}`);
});
afterAll(() => cleanUp(dir));

const file = (url: string) => join(dist, url, 'index.html');
const html = (url: string): HTMLElement => parse(readFileSync(file(url), 'utf8'));
const ids = (collection: string) =>
  readdirSync(join(dir, 'content', collection))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));
const nav = (doc: HTMLElement) => doc.querySelector('nav.pagination');
const rel = (doc: HTMLElement, r: string) =>
  nav(doc)?.querySelector(`a[rel="${r}"]`)?.getAttribute('href') ?? undefined;

/** Every page of a numbered list, following "next" from its first page. */
function pagesOf(first: string): string[] {
  const urls = [first];
  for (let next = rel(html(first), 'next'); next; next = rel(html(next), 'next')) urls.push(next);
  return urls;
}

describe('the document register in numbered pages', () => {
  it('shows 200 documents on its first page, says how many pages there are, and links to the next', () => {
    const first = html('/van-ban/');
    expect(first.querySelectorAll('table.documents tbody tr')).toHaveLength(200);
    const total = ids('documents').length;
    expect(text(first.querySelector('main'))).toContain(
      `${total} văn bản, mới nhất trước, chia thành ${Math.ceil(total / 200)} trang.`,
    );
    const current = nav(first)!.querySelector('a[aria-current="page"]')!;
    expect(current.getAttribute('href')).toBe('/van-ban/');
    expect(current.getAttribute('aria-label')).toBe('Trang 1');
    expect(rel(first, 'next')).toBe('/van-ban/trang/2/');
    expect(rel(first, 'prev')).toBeUndefined();
  });

  it('links each page to the one before and after, in the page and in its head', () => {
    const second = html('/van-ban/trang/2/');
    expect(text(second.querySelector('h1'))).toBe('Văn bản pháp luật: trang 2');
    expect(rel(second, 'prev')).toBe('/van-ban/');
    expect(rel(second, 'next')).toBe('/van-ban/trang/3/');
    expect(second.querySelector('head link[rel="prev"]')?.getAttribute('href')).toBe('/van-ban/');
    expect(second.querySelector('head link[rel="next"]')?.getAttribute('href')).toBe('/van-ban/trang/3/');
    // The filters say they act on this page only, and where to search the whole register.
    expect(text(second.querySelector('.register-filters'))).toContain('Bộ lọc chỉ xét các văn bản của trang này');
  });

  it('holds every document exactly once, newest first, across its pages', () => {
    const urls = pagesOf('/van-ban/');
    expect(rel(html(urls.at(-1)!), 'next')).toBeUndefined();
    const rows = urls.flatMap((u) => html(u).querySelectorAll('table.documents tbody tr'));
    const hrefs = rows.map((r) => r.querySelector('td a')!.getAttribute('href')!);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs.map((h) => h.split('/')[2]).sort()).toEqual(ids('documents').sort());
    const dates = rows.map((r) => r.querySelectorAll('td')[3].getAttribute('data-sort') ?? '').filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('has the same pages in English, with English words', () => {
    const second = html('/en/van-ban/trang/2/');
    expect(text(second.querySelector('h1'))).toBe('Legal documents: page 2');
    expect(nav(second)!.getAttribute('aria-label')).toBe('Pages of the list');
    expect(nav(second)!.querySelector('a[aria-current="page"]')!.getAttribute('aria-label')).toBe('Page 2');
    expect(rel(second, 'prev')).toBe('/en/van-ban/');
    expect(text(second.querySelector('.register-filters'))).toContain(
      'The filters look only at the documents on this page',
    );
  });
});

describe('the agency index in numbered pages', () => {
  it('lists every agency exactly once across its pages, each part under its heading', () => {
    const urls = pagesOf('/co-quan/');
    expect(urls.length).toBeGreaterThan(1);
    const links = urls.flatMap((u) =>
      html(u)
        .querySelectorAll('main ul.columns li > a:first-child')
        .map((a) => a.getAttribute('href')!),
    );
    expect(new Set(links).size).toBe(links.length);
    expect(links.map((h) => h.split('/')[2]).sort()).toEqual(ids('agencies').sort());
    // A part that carries on from the page before says so.
    expect(
      html(urls[1])
        .querySelectorAll('main h2, main h3')
        .some((h) => text(h).endsWith('(tiếp)')),
    ).toBe(true);
  });

  it('names each further page, in both languages, and links it back to the index', () => {
    const vi = html('/co-quan/trang/2/');
    expect(text(vi.querySelector('h1'))).toBe('Cơ quan: trang 2');
    expect(vi.querySelector('main a[href="/co-quan/"]')).not.toBeNull();
    const en = html('/en/co-quan/trang/2/');
    expect(text(en.querySelector('h1'))).toBe('Agencies: page 2');
    expect(text(en.querySelector('main a[href="/en/co-quan/"]'))).toBe('list of agencies');
    expect(en.querySelector('head link[rel="prev"]')?.getAttribute('href')).toBe('/en/co-quan/');
  });
});

describe('an entry’s long list', () => {
  const issuers = new Map<string, number>();
  beforeAll(() => {
    for (const id of ids('documents')) {
      const issuer = parseYaml(readFileSync(join(dir, 'content', 'documents', `${id}.yaml`), 'utf8')).issuer as string;
      issuers.set(issuer, (issuers.get(issuer) ?? 0) + 1);
    }
  });

  it('shows the first 100 on the entry’s page and all of them on pages of its own', () => {
    const [busiest, count] = [...issuers].sort((a, b) => b[1] - a[1])[0];
    expect(count).toBeGreaterThan(100);
    const agency = html(`/co-quan/${busiest}/`);
    expect(agency.querySelectorAll('#van-ban + ul li')).toHaveLength(100);
    const more = agency.querySelector('p.list-more a')!;
    expect(text(more)).toBe(`Xem cả ${count} văn bản`);
    expect(more.getAttribute('href')).toBe(`/co-quan/${busiest}/van-ban/`);
    const urls = pagesOf(`/co-quan/${busiest}/van-ban/`);
    const listed = urls.flatMap((u) => html(u).querySelectorAll('ul.entry-list > li'));
    expect(listed).toHaveLength(count);
    expect(html(urls[0]).querySelector('ul.entry-list')!.querySelectorAll('li')).toHaveLength(Math.min(200, count));
  });
});

describe('the whole synthetic site', () => {
  it('has no link to a page that was not built', () => {
    const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    const broken = new Set<string>();
    for (const page of pages) {
      const source = readFileSync(join(dist, page), 'utf8');
      for (const [, href] of source.matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
        if (href.startsWith('/_astro/') || href.startsWith('/pagefind/')) continue;
        const target = href.endsWith('/') ? join(dist, href, 'index.html') : join(dist, href);
        if (!existsSync(target)) broken.add(`${page} → ${href}`);
      }
    }
    expect([...broken].slice(0, 20)).toEqual([]);
  });

  it('keeps index pages small whatever the registry holds', () => {
    for (const url of [
      '/van-ban/',
      '/van-ban/trang/2/',
      '/co-quan/',
      '/quyen-loi/',
      '/nhiem-vu/ma-tran/',
      '/van-ban/dong-thoi-gian/',
    ]) {
      const size = readFileSync(file(url)).length;
      // The timeline shows every document with its marks: 402 kB at 1,500 entries.
      expect(size, url).toBeLessThan(450_000);
    }
    // The matrix names its rows, not the 1,500 entries: the same size as the real site's, give or
    // take the few generated tasks.
    const matrix = html('/nhiem-vu/ma-tran/');
    const agencyLinks = new Set(
      matrix
        .querySelectorAll('[data-matrix] a')
        .map((a) => a.getAttribute('href'))
        .filter((h) => /^\/co-quan\/[a-z0-9-]+\/$/.test(h!)),
    );
    expect(agencyLinks.size).toBeLessThan(30);
  });
});
