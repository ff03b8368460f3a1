// An agency's duties to take away: a CSV of the table on its page and an iCalendar feed of its
// deadlines (RFC 5545) that a calendar application can subscribe to. Both are written from the
// same rows as the page (agencyDuties), in the page's language.
import { agencyDuties, deadlineText, stateKey, type DutyRow } from './duties.ts';
import { holdingOf } from './matrix.ts';
import { labelOf } from './content-index.ts';
import { entryUrl } from './routes.ts';
import { formatDate, type IsoDate } from './dates.ts';
import { uiText } from './ui-text.ts';
import type { Graph } from './graph.ts';
import type { Locale } from './schemas.ts';

function nameOf(graph: Graph, id: string, locale: Locale): string {
  const collection = graph.collectionOf.get(id);
  const entry = collection && graph[collection].get(id);
  return collection && entry ? labelOf(collection, entry.data)[locale] : id;
}

/** The role column in words: "Leads, as a member of Ministries". */
function rolesText(graph: Graph, row: DutyRow, locale: Locale): string {
  const t = uiText(locale);
  const names = (ids: string[]) => ids.map((i) => nameOf(graph, i, locale)).join(', ');
  return row.holdings
    .map((h) => {
      const how = holdingOf(h);
      const role = t(`role.${h.role}`);
      if (how.kind === 'group') return `${role}, ${t('agencyPage.asMemberOf', { groups: names(how.groups) })}`;
      if (how.kind === 'inherited') return `${role}, ${t('agencyPage.inheritedFrom', { agencies: names(how.from) })}`;
      return role;
    })
    .join('; ');
}

/** The state column in words, with the names the page shows as links. */
function stateText(graph: Graph, row: DutyRow, locale: Locale): string {
  const t = uiText(locale);
  const s = row.state;
  return t(stateKey(s), {
    days: s.kind === 'due-soon' ? s.days : '',
    date: (s.kind === 'done' || s.kind === 'superseded') && s.date ? formatDate(s.date, locale) : '',
    sources: s.kind === 'done' ? s.sources.map((x) => `${x.publisher} (${x.url})`).join(', ') : '',
    by: s.kind === 'superseded' && s.by ? t('duty.supersededBy', { doc: nameOf(graph, s.by, locale) }) : '',
    agencies: s.kind === 'superseded' ? (s.passedTo ?? []).map((p) => nameOf(graph, p, locale)).join(', ') : '',
  }).trim();
}

function basisText(graph: Graph, row: DutyRow, locale: Locale): string {
  if (!row.origin) return uiText(locale)('duty.slide');
  const article = row.task.data.origin?.article?.[locale];
  return article ? `${nameOf(graph, row.origin, locale)}, ${article}` : nameOf(graph, row.origin, locale);
}

// ---- CSV --------------------------------------------------------------------------------------

/** The CSV of an agency's duties: a header of stable column names, then one row per duty. */
export function dutyCsvRows(graph: Graph, agencyId: string, asOf: IsoDate, locale: Locale, site: string): string[][] {
  const t = uiText(locale);
  const header = [
    'id',
    'title',
    'url',
    'role',
    'deadline',
    'deadline_text',
    // Why the site infers a deadline that no source states; empty when a source gives it.
    'deadline_inferred',
    'state',
    'state_text',
    'basis',
    'basis_text',
  ];
  return [
    header,
    ...agencyDuties(graph, agencyId, asOf).map((r) => [
      r.task.id,
      nameOf(graph, r.task.id, locale) + (r.task.data.slide ? `: ${r.task.data.slide[locale]}` : ''),
      new URL(entryUrl('tasks', r.task.id, locale), site).href,
      rolesText(graph, r, locale),
      r.deadline ?? '',
      deadlineText(r.task.data, asOf, locale, t),
      r.task.data.deadline?.inferred?.[locale] ?? '',
      r.state.kind,
      stateText(graph, r, locale),
      r.origin ?? '',
      basisText(graph, r, locale),
    ]),
  ];
}

// ---- iCalendar --------------------------------------------------------------------------------

/** The duties that go in the calendar: those with a deadline, unless a later document ended them. */
export function calendarDuties(graph: Graph, agencyId: string, asOf: IsoDate): DutyRow[] {
  return agencyDuties(graph, agencyId, asOf).filter(
    (r) => r.deadline !== undefined && !(r.state.kind === 'superseded' && !r.state.passedTo),
  );
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one character. */
const octets = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/**
 * Content lines longer than 75 octets are folded: a CRLF and a space before the rest
 * (RFC 5545 §3.1). The break never falls inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = octets(ch);
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: IsoDate) => date.replace(/-/g, '');
function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Vietnam's time, the calendar's one component that is always there: RFC 5545 wants at least one,
 * and an agency with no dated duty today still has a feed to subscribe to. UTC+7 since 13/06/1975.
 */
const VIETNAM_TIME = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Ho_Chi_Minh',
  'BEGIN:STANDARD',
  'DTSTART:19750613T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The calendar of an agency's deadlines: one all-day event per duty, on its deadline (the next
 * occurrence of a recurring one: the feed is rebuilt with the site, so a subscriber sees each in
 * turn). DTSTAMP is the "as of" date, so the same content and date give the same file.
 */
export function dutyCalendar(graph: Graph, agencyId: string, asOf: IsoDate, locale: Locale, site: string): string {
  const t = uiText(locale);
  const host = new URL(site).hostname;
  const agency = nameOf(graph, agencyId, locale);
  const events = calendarDuties(graph, agencyId, asOf).flatMap((r) => {
    const url = new URL(entryUrl('tasks', r.task.id, locale), site).href;
    const title = nameOf(graph, r.task.id, locale) + (r.task.data.slide ? `: ${r.task.data.slide[locale]}` : '');
    const description = [
      `${t('dutyTable.role')}: ${rolesText(graph, r, locale)}`,
      `${t('dutyTable.deadline')}: ${deadlineText(r.task.data, asOf, locale, t)}${r.task.data.deadline?.inferred ? ` (${t('duty.inferred')})` : ''}`,
      `${t('dutyTable.state')}: ${stateText(graph, r, locale)}`,
      `${t('dutyTable.basis')}: ${basisText(graph, r, locale)}`,
      url,
    ].join('\n');
    return [
      'BEGIN:VEVENT',
      `UID:${r.task.id}.${agencyId}@${host}`,
      `DTSTAMP:${compact(asOf)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(r.deadline!)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(r.deadline!))}`,
      `SUMMARY:${escapeText(title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(t('site.title'))}//${host}//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${agency}: ${t('dutyTable.deadline')} (${t('site.title')})`)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    ...VIETNAM_TIME,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
