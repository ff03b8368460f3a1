// The legal registry as a reader sees it in the built site: the register lists every document
// and carries what its filters need, the timeline shows the replacement chains and every date by
// year, and the L1–L5 tracker lists the documents that delivered each legal task.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { ROOT, page, text } from './site.ts';
import { isFollowUp } from '../src/lib/schemas.ts';

const documentIds = readdirSync(join(ROOT, 'content', 'documents'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length));
const documentData = (id: string) => parseYaml(readFileSync(join(ROOT, 'content', 'documents', `${id}.yaml`), 'utf8'));
const hrefs = (el: HTMLElement | null | undefined) =>
  (el?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));

describe('the register /van-ban/', () => {
  it.each([
    ['/van-ban/', '/van-ban/'],
    ['/en/van-ban/', '/en/van-ban/'],
  ])('%s lists every document, linked, with the facts its filters use', (url, prefix) => {
    const rows = page(url).querySelectorAll('table.documents tbody tr');
    expect(rows).toHaveLength(documentIds.length);
    const linked = rows.map((r) => r.querySelector('td a')?.getAttribute('href'));
    expect(linked.sort()).toEqual(documentIds.map((id) => `${prefix}${id}/`).sort());
    for (const row of rows) {
      expect(row.getAttribute('data-kind')).toBeTruthy();
      expect(row.getAttribute('data-issuer')).toBeTruthy();
      expect(row.getAttribute('data-status')).toBeTruthy();
      expect(row.getAttribute('data-year')).toMatch(/^(\d{4})?$/);
    }
  });

  it('renders the filters hidden, for the script to reveal, with an option for every value in the rows', () => {
    const html = page('/van-ban/');
    const form = html.querySelector('form.register-filters')!;
    expect(form.hasAttribute('hidden')).toBe(true);
    const rows = html.querySelectorAll('table.documents tbody tr');
    for (const field of ['kind', 'issuer', 'status', 'year']) {
      const options = form.querySelectorAll(`select[name="${field}"] option`).map((o) => o.getAttribute('value'));
      expect(options[0]).toBe('');
      for (const row of rows) {
        const value = row.getAttribute(`data-${field}`) || '-';
        expect(options, `${field}=${value}`).toContain(value);
      }
    }
    expect(form.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('marks the date column as the sorted one, newest first, as the table is built', () => {
    const header = page('/van-ban/').querySelector('th[data-sort-key="issued"]')!;
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const dates = page('/van-ban/')
      .querySelectorAll('table.documents tbody tr td:nth-child(4)')
      .map((td) => td.getAttribute('data-sort') ?? '');
    const known = dates.filter(Boolean);
    expect(known).toEqual([...known].sort().reverse());
  });
});

describe('the timeline /van-ban/dong-thoi-gian/', () => {
  const vi = page('/van-ban/dong-thoi-gian/');
  const en = page('/en/van-ban/dong-thoi-gian/');
  const chain = (html: HTMLElement, key: string) => html.querySelector(`section.chain[data-chain="${key}"]`);

  it('shows the chain NĐ 59/2022 → NĐ 69/2024, oldest first, in both languages', () => {
    const section = chain(vi, 'nd-59-2022>nd-69-2024');
    expect(text(section?.querySelector('h3'))).toBe('Nghị định 59/2022/NĐ-CP → thay bằng Nghị định 69/2024/NĐ-CP');
    const steps = section!.querySelectorAll('ol.chain-steps > li');
    expect(steps.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      '/van-ban/nd-59-2022/',
      '/van-ban/nd-69-2024/',
    ]);
    expect(text(steps[0])).toContain('Hết hiệu lực');
    expect(text(steps[1])).toContain('Có hiệu lực: 01/07/2024');
    expect(text(chain(en, 'nd-59-2022>nd-69-2024')?.querySelector('h3'))).toBe(
      'Decree 59/2022/NĐ-CP → replaced by Decree 69/2024/NĐ-CP',
    );
  });

  it('shows NĐ 13/2023 replaced by NĐ 356/2025 together with the law it details, Luật 91/2025/QH15', () => {
    const section = chain(vi, 'nd-13-2023>nd-356-2025');
    expect(text(section?.querySelector('h3'))).toBe(
      'Nghị định 13/2023/NĐ-CP → thay bằng Luật 91/2025/QH15 + Nghị định 356/2025/NĐ-CP',
    );
    expect(hrefs(section?.querySelector('ol.chain-steps > li:nth-child(2)'))).toEqual(
      expect.arrayContaining(['/van-ban/nd-356-2025/', '/van-ban/luat-91-2025-qh15/', '/van-ban/nd-13-2023/']),
    );
  });

  it('shows the other chains of the data', () => {
    expect(chain(vi, 'luat-can-cuoc-cong-dan-2014>luat-26-2023-qh15')).not.toBeNull();
    expect(chain(vi, 'nd-61-2018+nd-107-2021>nd-118-2025')).not.toBeNull();
    expect(chain(vi, 'luat-65-2025-qh15>luat-72-2025-qh15')).not.toBeNull();
  });

  it('lists the years one by one with the issue and effective dates of the documents', () => {
    const years = vi.querySelectorAll('ol.years > li').map((li) => Number(li.getAttribute('data-year')));
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual(years.map((_, i) => years[0] + i));
    const y2022 = vi.querySelector('ol.years > li[data-year="2022"]')!;
    const issued = y2022.querySelector('li[data-doc="nd-59-2022"][data-event="issued"]');
    expect(text(issued)).toBe('05/09/2022 — Ban hành: Nghị định 59/2022/NĐ-CP');
    expect(text(y2022.querySelector('li[data-doc="nd-59-2022"][data-event="effective"]'))).toContain('20/10/2022');
    // Every dated document appears on the page under the year of each of its dates, or, for a year
    // the timeline does not draw, in the line below it.
    const linked = hrefs(vi.querySelector('main'));
    for (const id of documentIds) {
      const data = documentData(id);
      for (const field of ['issued', 'effective'] as const) {
        const date = data[field] instanceof Date ? data[field].toISOString().slice(0, 10) : data[field];
        if (!date) continue;
        const year = vi.querySelector(`ol.years > li[data-year="${date.slice(0, 4)}"]`);
        if (!year) expect(linked, `${id} ${field}`).toContain(`/van-ban/${id}/`);
        else
          expect(year.querySelector(`li[data-doc="${id}"] time[datetime="${date}"]`), `${id} ${field}`).not.toBeNull();
      }
    }
  });

  it('names, on the day a document is issued, what it continues or implements', () => {
    for (const id of documentIds) {
      const { issued, relations = [] } = documentData(id);
      if (!issued) continue;
      const date = issued instanceof Date ? issued.toISOString().slice(0, 10) : String(issued);
      const event = vi.querySelector(
        `ol.years > li[data-year="${date.slice(0, 4)}"] li[data-doc="${id}"]:has(time[datetime="${date}"])`,
      );
      for (const r of relations as Array<{ type: string; target: string }>) {
        if (!isFollowUp(r.type)) continue;
        expect(event, id).not.toBeNull();
        expect(
          event?.querySelector(`[data-relation="${r.type}"] a[href="/van-ban/${r.target}/"]`),
          `${id} → ${r.target}`,
        ).not.toBeNull();
      }
    }
  });

  it('shows dates the data does not give as unknown, and marks unverified ones', () => {
    // Read from the data, so an editor who finds a missing date does not break the test.
    const items = vi.querySelectorAll('ul.timeline-undated li[data-doc]');
    for (const li of items) {
      const id = li.getAttribute('data-doc')!;
      const data = documentData(id);
      if (!data.issued) expect(text(li), id).toContain('chưa rõ ngày ban hành');
      if (!data.effective) expect(text(li), id).toContain('chưa rõ ngày có hiệu lực');
      if (!data.issued && data.effective) {
        expect(text(en.querySelector(`ul.timeline-undated li[data-doc="${id}"]`)), id).toMatch(
          /issue date unknown; in force from \d{1,2} \w+ \d{4}/,
        );
      }
    }
    const unsure = documentIds.filter((id) => {
      const data = documentData(id);
      return data.issued && data.issued !== data.effective && (data.unverified ?? []).includes('issued');
    });
    for (const id of unsure)
      expect(text(vi.querySelector(`li[data-doc="${id}"][data-event="issued"]`)), id).toContain(
        'ngày ban hành chưa xác minh',
      );
  });

  it('keeps its drawings out of the accessibility tree and loads nothing from elsewhere', () => {
    const svgs = vi.querySelectorAll('main svg.lanes, main svg.dots');
    expect(svgs.length).toBeGreaterThan(1);
    for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).toBe('true');
    // Canonical and alternate links name the site's own address; only loaded resources count.
    const loaded = vi.querySelectorAll(
      '[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"]',
    );
    const external = loaded.map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
    expect(external.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
  });
});

describe('the legal-task tracker /van-ban/theo-doi-phap-ly/', () => {
  const vi = page('/van-ban/theo-doi-phap-ly/');
  const en = page('/en/van-ban/theo-doi-phap-ly/');
  const tracker = (html: HTMLElement, task: string) => html.querySelector(`.tracker[data-task="${task}"]`);
  const rowIds = (html: HTMLElement, task: string) =>
    tracker(html, task)!
      .querySelectorAll('table.tracker-docs tbody tr')
      .map((r) => r.getAttribute('data-doc'));

  it('has a section for each of L1…L5 quoting the slide', () => {
    for (const task of ['l1', 'l2', 'l3', 'l4', 'l5']) {
      expect(vi.querySelector(`h2#${task}`), task).not.toBeNull();
      const slide = parseYaml(readFileSync(join(ROOT, 'content', 'tasks', `${task}.yaml`), 'utf8')).slide;
      expect(text(tracker(vi, task)?.querySelector('blockquote'))).toBe(slide.vi);
      expect(text(tracker(en, task))).toContain(slide.en);
    }
  });

  it('lists NĐ 59/2022 and NĐ 13/2023 under L1, with dates, status and timing against 2022', () => {
    expect(rowIds(vi, 'l1')).toEqual(expect.arrayContaining(['nd-59-2022', 'nd-13-2023']));
    const row = (id: string) => tracker(vi, 'l1')!.querySelector(`tr[data-doc="${id}"]`)!;
    expect(text(row('nd-59-2022'))).toMatch(/05\/09\/2022\s?trong năm 2022.*20\/10\/2022.*Hết hiệu lực/);
    expect(text(row('nd-13-2023'))).toMatch(/17\/04\/2023\s?sau năm 2022.*01\/07\/2023.*Hết hiệu lực/);
    expect(text(tracker(vi, 'l1')!.querySelector('li[data-timing="after"]'))).toContain(
      'Nghị định 13/2023/NĐ-CP (17/04/2023)',
    );
    expect(text(tracker(en, 'l1')!.querySelector('li[data-timing="after"]'))).toContain(
      'Decree 13/2023/NĐ-CP (17 April 2023)',
    );
  });

  it('shows the six circulars of L1 only as candidates, and says they are not identified', () => {
    const candidates = tracker(vi, 'l1')!
      .querySelectorAll('ul.candidates li')
      .map((li) => li.getAttribute('data-doc'));
    expect(candidates).toEqual(expect.arrayContaining(['tt-48-2022-btc', 'tt-46-2022-bca', 'tt-12-2022-btttt']));
    expect(text(vi.querySelector('main'))).toContain('“06 thông tư” thì chưa rõ là những thông tư nào');
  });

  it('lists TT 48/2022/TT-BTC under L4 and says its later status is unverified', () => {
    expect(rowIds(vi, 'l4')).toContain('tt-48-2022-btc');
    expect(text(tracker(vi, 'l4')!.querySelector('ul.unknowns'))).toContain(
      'Chưa xác minh được Thông tư 48/2022/TT-BTC còn hiệu lực sau ngày 17/09/2022.',
    );
    expect(rowIds(en, 'l4')).toEqual(rowIds(vi, 'l4'));
  });

  it('says where the link between documents and task is the editors’ reading', () => {
    expect(tracker(vi, 'l2')!.querySelector('[data-unknown="link-is-reading"]')).not.toBeNull();
    expect(tracker(vi, 'l4')!.querySelector('[data-unknown="link-is-reading"]')).toBeNull();
  });

  it('sums the five tasks up in one table linking to their sections', () => {
    const rows = vi.querySelectorAll('table.tracker-overview tbody tr');
    expect(rows.map((r) => r.querySelector('th a')?.getAttribute('href'))).toEqual(['#l1', '#l2', '#l3', '#l4', '#l5']);
  });
});
