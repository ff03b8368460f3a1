// What an official sees on their agency's page: every duty once, with role, deadline, state and
// basis, in both languages; a former agency's page pointing each duty to the agency that carries
// it on; and the CSV and calendar to take away, linked and built.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { realContent } from './real-content.ts';
import { SITE_AS_OF, SITE_DIR, page, text } from './site.ts';
import { agencyDuties } from '../src/lib/duties.ts';
import { calendarDuties } from '../src/lib/duty-export.ts';
import { isActive } from '../src/lib/graph.ts';
import { parseCsv } from '../src/lib/open-data.ts';

const { graph } = realContent();
const agencies = graph.content.agencies;
const withDuties = agencies.filter((a) => agencyDuties(graph, a.id, SITE_AS_OF).length > 0);
const prefix = (locale: string) => (locale === 'vi' ? '/' : `/${locale}/`);
const file = (url: string) => join(SITE_DIR, url.replace(/^\//, ''));

describe.each(['vi', 'en'])('the duty table of every agency page (%s)', (locale) => {
  it('lists each of its duties once, in the order the site computes, with the five columns', () => {
    expect(withDuties.length).toBeGreaterThan(0);
    for (const a of withDuties) {
      const doc = page(`${prefix(locale)}co-quan/${a.id}/`);
      const table = doc.querySelector('table.duties')!;
      expect(table, a.id).not.toBeNull();
      expect(table.querySelectorAll('thead th'), a.id).toHaveLength(5);
      const rows = table.querySelectorAll('tbody tr');
      const hrefs = rows.map((tr) => tr.querySelector('th a')?.getAttribute('href'));
      expect(hrefs, a.id).toEqual(
        agencyDuties(graph, a.id, SITE_AS_OF).map((r) => `${prefix(locale)}nhiem-vu/${r.task.id}/`),
      );
      for (const tr of rows) {
        const cells = tr.querySelectorAll('td');
        expect(cells, a.id).toHaveLength(4);
        // Role, deadline, state and basis are never blank; the basis is a link.
        for (const c of cells) expect(text(c), `${a.id} ${hrefs[0]}`).not.toBe('');
        expect(cells[3].querySelector('a'), a.id).not.toBeNull();
      }
    }
  });

  it('reads without JavaScript: the filter waits for the script, every row shows', () => {
    for (const a of withDuties.slice(0, 10)) {
      const doc = page(`${prefix(locale)}co-quan/${a.id}/`);
      expect(doc.querySelector('.duty-filter')!.hasAttribute('hidden'), a.id).toBe(true);
      expect(doc.querySelectorAll('table.duties tbody tr[hidden]'), a.id).toHaveLength(0);
    }
  });

  it('links a CSV of the same rows and a calendar that parses, with one event per dated duty', () => {
    for (const a of agencies) {
      const doc = page(`${prefix(locale)}co-quan/${a.id}/`);
      const links = doc.querySelectorAll('p.take-away a').map((l) => l.getAttribute('href')!);
      const csv = links.find((l) => l.endsWith('.csv'))!;
      expect(csv, a.id).toBe(`${prefix(locale)}co-quan/${a.id}/nhiem-vu.csv`);
      const rows = parseCsv(readFileSync(file(csv), 'utf8'));
      expect(rows.length - 1, a.id).toBe(doc.querySelectorAll('table.duties tbody tr').length);
      const ics = links.find((l) => l.endsWith('.ics'));
      expect(ics, a.id).toBe(`${prefix(locale)}co-quan/${a.id}/nhiem-vu.ics`);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(file(ics!), 'utf8')));
      expect(calendar.getAllSubcomponents('vevent').length, a.id).toBe(calendarDuties(graph, a.id, SITE_AS_OF).length);
    }
  });
});

describe('a former agency’s page', () => {
  it('points every duty to a current agency', () => {
    const current = new Set(agencies.filter((a) => isActive(a.data, SITE_AS_OF)).map((a) => `/co-quan/${a.id}/`));
    const former = withDuties.filter((a) => !isActive(a.data, SITE_AS_OF));
    expect(former.length).toBeGreaterThan(0);
    for (const a of former) {
      for (const tr of page(`/co-quan/${a.id}/`).querySelectorAll('table.duties tbody tr')) {
        const state = tr.querySelectorAll('td')[2];
        if (tr.getAttribute('data-state') !== 'superseded') continue;
        const to = state.querySelectorAll('a').map((l) => l.getAttribute('href')!);
        for (const href of to) expect(current.has(href), `${a.id} → ${href}`).toBe(true);
      }
    }
  });
});

describe('a duty’s own page', () => {
  it('names the document that assigns it and its state as of the build', () => {
    const duties = graph.content.tasks.filter((t) => t.data.origin);
    expect(duties.length).toBeGreaterThan(0);
    for (const d of duties) {
      const doc = page(`/nhiem-vu/${d.id}/`);
      expect(doc.querySelector('#noi-dung + p a')?.getAttribute('href'), d.id).toBe(
        `/van-ban/${d.data.origin!.document}/`,
      );
      expect(text(doc.querySelector('#thoi-han + dl.facts')), d.id).toContain('Tình trạng tính đến 27/11/2026');
    }
  });
});
