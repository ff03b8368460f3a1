// What a reader sees in the built site: every seed key has its page in both languages, the home
// page shows the slide, document pages show computed statuses and relations both ways.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DECISION, SEED_BENEFITS, SEED_TASKS } from '../src/lib/seed.ts';
import { ROOT, SITE_AS_OF, SITE_DIR, hasPage, page, pagePath, text } from './site.ts';
import { sitemapPaths } from './pages.ts';
import { docUrl } from '../src/lib/routes.ts';
import { realContent } from './real-content.ts';
import { SLIDE_DATE, followUpsOf, membersOf, statusOf } from '../src/lib/graph.ts';
import { isUnverified } from '../src/lib/unverified.ts';
import { uiText } from '../src/lib/ui-text.ts';

const entry = (collection: string, id: string) =>
  parseYaml(readFileSync(join(ROOT, 'content', collection, `${id}.yaml`), 'utf8'));

describe('seed keys', () => {
  it.each(SEED_TASKS)('task %s has a page in both languages quoting the slide', (id) => {
    const data = entry('tasks', id);
    const vi = page(`/nhiem-vu/${id}/`);
    const en = page(`/en/nhiem-vu/${id}/`);
    expect(text(vi.querySelector('h1'))).toMatch(new RegExp(`^Nhiệm vụ ${data.key.replace('.', '\\.')}(:|$)`));
    expect(text(en.querySelector('h1'))).toMatch(new RegExp(`^Task ${data.key.replace('.', '\\.')}(:|$)`));
    expect(text(vi.querySelector('main blockquote'))).toBe(data.slide.vi);
    expect(text(en.querySelector('main blockquote'))).toBe(data.slide.vi);
    expect(text(en.querySelector('main'))).toContain(data.slide.en);
    expect(text(vi.querySelector('main'))).toContain(data.implementers.vi);
  });

  it.each(SEED_BENEFITS)('benefit %s has a page in both languages quoting the slide', (id) => {
    const data = entry('benefits', id);
    expect(text(page(`/quyen-loi/${id}/`).querySelector('main blockquote'))).toBe(data.slide.vi);
    expect(text(page(`/en/quyen-loi/${id}/`).querySelector('main'))).toContain(data.slide.en);
  });

  it.each(['/', '/en/'])('the home page %s links every seed key from the slide overview', (url) => {
    const home = page(url);
    const slide = home.querySelector('section.slide')!;
    const prefix = url === '/' ? '/' : '/en/';
    const links = slide.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const id of SEED_TASKS) expect(links).toContain(`${prefix}nhiem-vu/${id}/`);
    for (const id of SEED_BENEFITS) expect(links).toContain(`${prefix}quyen-loi/${id}/`);
    expect(text(slide)).toContain(
      'Tiền đề triển khai các năm tiếp theo, nếu không hoàn thành nguy cơ Đề án 06 thất bại',
    );
    expect(text(slide)).toContain('Các Bộ, BHXHVN và 63 UBND thực hiện');
    expect(slide.querySelectorAll('section.pillar')).toHaveLength(4);
  });
});

describe('the home page', () => {
  it('says what Project 06 is in both languages', () => {
    expect(text(page('/').querySelector('main'))).toMatch(/06\/QĐ-TTg.*06\/01\/2022/);
    expect(text(page('/').querySelector('main'))).toContain('Phục vụ chỉ đạo, điều hành của lãnh đạo các cấp');
    expect(text(page('/en/').querySelector('main'))).toContain('6 January 2022');
    expect(page('/en/').querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(page('/').querySelector('html')!.getAttribute('lang')).toBe('vi');
  });
});

describe('document pages', () => {
  it('show NĐ 59/2022 as no longer in force, replaced by NĐ 69/2024, as of the build date', () => {
    const vi = page('/van-ban/nd-59-2022/');
    expect(text(vi.querySelector('#hieu-luc + p'))).toContain('Hết hiệu lực');
    expect(text(vi.querySelector('#hieu-luc + p'))).toContain('27/11/2026');
    const replacedBy = vi.querySelector('[data-relation="replaces-by"] a');
    expect(replacedBy?.getAttribute('href')).toBe('/van-ban/nd-69-2024/');
    const en = page('/en/van-ban/nd-69-2024/');
    expect(text(en.querySelector('[data-relation="replaces"]'))).toContain('Replaces');
    expect(en.querySelector('[data-relation="replaces"] a')?.getAttribute('href')).toBe('/en/van-ban/nd-59-2022/');
  });

  it.each([
    ['/', 'vi'],
    ['/en/', 'en'],
  ] as const)(
    'link every document that continues or implements another from its page, and the project decision’s from the home page (%s)',
    (prefix, locale) => {
      const { graph } = realContent();
      const followed = graph.content.documents.filter((d) => followUpsOf(graph, d.id).length > 0).map((d) => d.id);
      expect(followed).toContain(PROJECT_DECISION);
      const decisionRelations = `${prefix}van-ban/${PROJECT_DECISION}/#quan-he`;
      for (const id of followed) {
        const doc = page(`${prefix}van-ban/${id}/`);
        for (const r of followUpsOf(graph, id)) {
          const href = `${prefix}van-ban/${r.from}/`;
          const item = doc.querySelector(
            `#quan-he + ul.relations [data-relation="${r.type}-by"]:has(a[href="${href}"])`,
          );
          expect(item, `${id} ← ${r.from}`).not.toBeNull();
          // A link no source states outright says how sure it is, and why.
          if (r.confidence !== 'high')
            expect(text(item), `${id} ← ${r.from}`).toContain(`(${uiText(locale)(`confidence.${r.confidence}`)})`);
          if (r.note) expect(text(item), `${id} ← ${r.from}`).toContain(r.note[locale].replace(/\s+/g, ' '));
          if (id !== PROJECT_DECISION) continue;
          // The home page names each one, or, past the few it shows, sends the reader to the decision's relations.
          const home = page(prefix).querySelector(`.follow-ups [data-relation="${r.type}-by"]`);
          expect(
            home?.querySelector(`a[href="${href}"]`) ?? home?.querySelector(`a[href="${decisionRelations}"]`),
            r.from,
          ).not.toBeNull();
        }
      }
    },
  );

  it('show unknown facts as unknown, not guessed', () => {
    const vi = page('/van-ban/nd-107-2021/');
    const facts = text(vi.querySelector('dl.facts'));
    expect(facts).toMatch(/Ngày có hiệu lực\s*chưa rõ/);
  });

  it('list every document in the register', () => {
    const rows = page('/van-ban/').querySelectorAll('table.documents tbody tr');
    const files = readdirYaml('documents');
    expect(rows).toHaveLength(files.length);
  });
});

describe('navigation', () => {
  // Read from content/docs, not from src/sidebar.ts: a page an editor adds must show without a change in src/.
  const mdxUrls = (prefix: '/' | '/en/') =>
    readdirSync(join(ROOT, 'content', 'docs'), { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => /(^|\/)[^_/][^/]*\.mdx?$/.test(f) && (prefix === '/en/') === f.startsWith('en/'))
      .map((f) => docUrl(f.replace(/^en\//, '').replace(/\.mdx?$/, '')))
      .map((url) => `${prefix}${url.slice(1)}`)
      // The home page is the site title's link.
      .filter((url) => url !== prefix);

  it.each(['/', '/en/'] as const)(
    'links every MDX page (%s) once, in the group of its section, and no entry’s page',
    (prefix) => {
      const links = page(`${prefix}van-ban/nd-59-2022/`).querySelectorAll('#starlight__sidebar ul.top-level a');
      const hrefs = links.map((a) => a.getAttribute('href') ?? '');
      // Entries are reached from index pages, so the sidebar does not grow with the registry: only MDX pages.
      expect([...hrefs].sort()).toEqual(mdxUrls(prefix).sort());
      // A section is a top-level folder of content/docs: all its pages sit under one group label.
      const groups = new Map<string, Set<string>>();
      for (const a of links) {
        const section = (a.getAttribute('href') ?? '').slice(prefix.length).split('/')[0];
        const label = text(a.closest('details')?.querySelector('summary .group-label'));
        groups.set(section, (groups.get(section) ?? new Set()).add(label));
      }
      for (const [section, labels] of groups) expect([...labels], section).toHaveLength(1);
    },
  );

  it('builds a search index for both languages', () => {
    expect(existsSync(join(SITE_DIR, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(hasPage('/en/van-ban/nd-59-2022/')).toBe(true);
  });
});

describe('what the search index reads', () => {
  it('sees a space after every table header, caption, list term and description, so their words stay apart', () => {
    const glued = sitemapPaths().filter((path) =>
      /<\/(th|td|caption|dt|dd)></.test(readFileSync(pagePath(path), 'utf8')),
    );
    expect(glued).toEqual([]);
  });

  it("carries each page's keywords as hidden, searchable metadata", () => {
    const docs = join(ROOT, 'content', 'docs');
    const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    const withKeywords = pages.flatMap((file) => {
      const front = parseYaml(readFileSync(join(docs, file), 'utf8').split(/^---$/m)[1]) as { keywords?: string[] };
      return front.keywords
        ? [{ path: `/${file.replace(/(index)?\.mdx$/, '')}`.replace(/([^/])$/, '$1/'), keywords: front.keywords }]
        : [];
    });
    expect(withKeywords.length).toBeGreaterThan(0);
    for (const { path, keywords } of withKeywords) {
      const meta = page(path).querySelector('[data-pagefind-meta^="keywords:"]');
      expect(meta?.hasAttribute('hidden'), path).toBe(true);
      for (const k of keywords) expect(meta?.getAttribute('data-pagefind-meta'), path).toContain(k);
    }
  });
});

function readdirYaml(collection: string): string[] {
  return readdirSync(join(ROOT, 'content', collection)).filter((f) => f.endsWith('.yaml'));
}

describe('doubts and sources, where the fact is shown', () => {
  const { graph } = realContent();
  const html = (path: string) =>
    readFileSync(pagePath(path), 'utf8')
      .replace(/&quot;/g, '"')
      .replace(/&#(x27|39);/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');

  it('never shows an editor’s note on any page', () => {
    const notes = Object.values(graph.content)
      .flat()
      .flatMap((e: { data: { editorNote?: string; sources?: Array<{ editorNote?: string }> } }) => [
        e.data.editorNote,
        ...(e.data.sources ?? []).map((s) => s.editorNote),
      ])
      .filter((n): n is string => typeof n === 'string' && n.trim().length >= 20)
      .map((n) => n.trim().replace(/\s+/g, ' '));
    expect(notes.length).toBeGreaterThan(0);
    const shown = sitemapPaths().flatMap((path) => {
      const page = html(path).replace(/\s+/g, ' ');
      return notes.filter((n) => page.includes(n)).map((n) => `${path}: ${n.slice(0, 60)}`);
    });
    expect(shown).toEqual([]);
  });

  it('marks a document title no source confirms as unverified, in both languages', () => {
    const docs = graph.content.documents.filter((d) => isUnverified(d.data, 'title.vi'));
    for (const d of docs) {
      expect(text(page(`/van-ban/${d.id}/`).querySelector('.doc-title')), d.id).toContain('(chưa xác minh)');
      expect(text(page(`/en/van-ban/${d.id}/`).querySelector('.doc-title')), d.id).toContain('(unverified)');
    }
  });

  it('gives an inferred role its mark and its reason on the task page', () => {
    for (const task of graph.content.tasks) {
      for (const a of task.data.assigned.filter((x) => x.inferred)) {
        const vi = text(page(`/nhiem-vu/${task.id}/`).querySelector('main'));
        const en = text(page(`/en/nhiem-vu/${task.id}/`).querySelector('main'));
        expect(vi, task.id).toContain(`(suy luận: ${a.inferred!.vi.replace(/\s+/g, ' ')})`);
        expect(en, task.id).toContain(`(inferred: ${a.inferred!.en.replace(/\s+/g, ' ')})`);
      }
    }
  });

  it('shows every glossary term’s sources in the page’s language, its confidence and review date', () => {
    for (const [url, locale] of [
      ['/thuat-ngu/', 'vi'],
      ['/en/thuat-ngu/', 'en'],
    ] as const) {
      const main = page(url).querySelector('main')!;
      for (const term of graph.content.glossary) {
        const dd = main.querySelector(`dt[id="${term.id}"]`)?.nextElementSibling;
        expect(dd?.querySelectorAll('.sources a').length, term.id).toBe(term.data.sources.length);
        for (const s of term.data.sources) if (s.note) expect(text(dd), term.id).toContain(s.note[locale]);
        expect(dd?.querySelector('.confidence a')?.getAttribute('href'), term.id).toMatch(/cach-doc\/#dau$/);
      }
    }
    expect(page('/cach-doc/').querySelector('#dau')).not.toBeNull();
    expect(page('/en/cach-doc/').querySelector('#dau')).not.toBeNull();
  });

  it('titles a former unit with its last year, so it cannot be taken for the unit that replaced it', () => {
    for (const a of graph.content.agencies.filter((x) => x.data.active.until)) {
      const year = a.data.active.until!.slice(0, 4);
      expect(text(page(`/co-quan/${a.id}/`).querySelector('h1')), a.id).toBe(`${a.data.name.vi} (đến ${year})`);
      expect(text(page(`/en/co-quan/${a.id}/`).querySelector('h1')), a.id).toBe(`${a.data.name.en} (until ${year})`);
    }
  });

  it('says how many members a group had on the slide and has today, counted from the data', () => {
    for (const g of graph.content.agencies.filter((a) => a.data.memberKinds)) {
      const then = membersOf(graph, g.id, SLIDE_DATE).length;
      const now = membersOf(graph, g.id, SITE_AS_OF).length;
      const main = text(page(`/co-quan/${g.id}/`).querySelector('main'));
      expect(main, g.id).toContain(`(${now}):`);
      if (then !== now) expect(main, g.id).toContain(`có ${then} thành viên`);
      // Where the slide names the group ("63 UBND"), the home page's slide says how that reads today.
      const onSlide = graph.content.tasks.some(
        (t) => t.data.key && !t.data.parent && t.data.assigned.some((a) => a.agency === g.id),
      );
      if (then !== now && onSlide)
        expect(text(page('/').querySelector('section.slide')), g.id).toContain(
          `${g.data.name.vi}: ${then} thành viên năm ${SLIDE_DATE.slice(0, 4)}, ${now} tính đến`,
        );
    }
  });

  it('says beside a cited document that it is no longer in force, and what replaced it', () => {
    const ended = graph.content.documents.filter((d) => {
      const s = statusOf(graph, d.id, SITE_AS_OF);
      return (s.status === 'het-hieu-luc' || s.status === 'het-hieu-luc-mot-phan') && s.by;
    });
    expect(ended.length).toBeGreaterThan(0);
    for (const d of ended) {
      const by = statusOf(graph, d.id, SITE_AS_OF).by!;
      // The newer document's page lists it among its relations; the note rides on every link to it elsewhere.
      for (const task of graph.content.tasks.filter((t) => t.data.legalBasis.includes(d.id))) {
        const li = page(`/nhiem-vu/${task.id}/`)
          .querySelectorAll('main li')
          .find((l) => l.querySelector(`a[href="/van-ban/${d.id}/"]`));
        expect(li?.querySelector(`.status-note a[href="/van-ban/${by}/"]`), `${task.id} → ${d.id}`).not.toBeNull();
      }
    }
  });
});
