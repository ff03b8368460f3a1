// The take-away files of every agency, over the real content: each calendar parses with ical.js
// (a maintained iCalendar library) and has what RFC 5545 requires; each CSV has the page's rows.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { realContent } from '../../test/real-content.ts';
import { agencyDuties } from './duties.ts';
import { calendarDuties, dutyCalendar, dutyCsvRows, foldLine } from './duty-export.ts';
import { parseCsv, toCsv } from './open-data.ts';
import { LOCALES } from './schemas.ts';

const { graph } = realContent();
const SITE = 'https://example.gov.vn/';
const AS_OF = '2026-12-03';
const agencies = graph.content.agencies.map((a) => a.id);
const dated = agencies.filter((id) => calendarDuties(graph, id, AS_OF).length > 0);
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the iCalendar feed of each agency', () => {
  it('exists for the agencies with a dated duty', () => {
    expect(dated.length).toBeGreaterThan(0);
  });

  it('holds a component for every agency, dated duties or none, as RFC 5545 requires: Vietnam’s time zone', () => {
    for (const id of agencies) {
      const calendar = new ICAL.Component(ICAL.parse(dutyCalendar(graph, id, AS_OF, 'vi', SITE)));
      const zone = calendar.getFirstSubcomponent('vtimezone');
      expect(zone?.getFirstPropertyValue('tzid'), id).toBe('Asia/Ho_Chi_Minh');
      expect(String(zone!.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')), id).toBe('+07:00');
    }
  });

  it.each(LOCALES)('parses, with UID, DTSTAMP and DTSTART on every event, one per dated duty (%s)', (locale) => {
    for (const id of dated) {
      const text = dutyCalendar(graph, id, AS_OF, locale, SITE);
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.name, id).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version'), id).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid'), id).toBeTruthy();
      const events = calendar.getAllSubcomponents('vevent');
      const duties = calendarDuties(graph, id, AS_OF);
      expect(events.length, id).toBe(duties.length);
      const uids = new Set<string>();
      events.forEach((e, i) => {
        const event = new ICAL.Event(e);
        expect(event.uid, id).toBeTruthy();
        uids.add(event.uid);
        expect(e.getFirstPropertyValue('dtstamp'), `${id} ${event.uid}`).toBeTruthy();
        expect(event.startDate.toString(), `${id} ${event.uid}`).toBe(duties[i].deadline);
        expect(event.summary, `${id} ${event.uid}`).toBeTruthy();
      });
      expect(uids.size, id).toBe(events.length);
    }
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    for (const id of dated) {
      const text = dutyCalendar(graph, id, AS_OF, 'vi', SITE);
      expect(text.endsWith('\r\n'), id).toBe(true);
      expect(text.replace(/\r\n/g, ''), id).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n')) expect(octets(line), `${id}: ${line}`).toBeLessThanOrEqual(75);
    }
  });
});

describe('folding a content line', () => {
  it('never breaks inside a character and unfolds to the same text', () => {
    const line = `SUMMARY:${'Nhiệm vụ chuyển đổi số quốc gia, '.repeat(8)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('the CSV of each agency', () => {
  it.each(LOCALES)('has a header and one row per duty of the page, in the page’s order (%s)', (locale) => {
    for (const id of agencies) {
      const rows = parseCsv(toCsv(dutyCsvRows(graph, id, AS_OF, locale, SITE)));
      const [header, ...body] = rows;
      expect(header).toContain('deadline');
      expect(
        body.map((r) => r[0]),
        id,
      ).toEqual(agencyDuties(graph, id, AS_OF).map((r) => r.task.id));
      for (const r of body) expect(r.length, id).toBe(header.length);
    }
  });
});
