// The state of a duty on the "as of" date, computed from its deadline, its report of completion
// and what ended it; never typed by an editor, so the same content reads right on any date.
import { formatDate, type IsoDate } from './dates.ts';
import type { Entry, Graph } from './graph.ts';
import { effectiveTasks, type EffectiveAssignment } from './matrix.ts';
import type { Bilingual, Locale, Source, TaskData } from './schemas.ts';
import type { Translate, UiKey } from './ui-text.ts';

/** A deadline this close (in days) is "due soon". */
export const DUE_SOON_DAYS = 30;

export type DutyState =
  | { kind: 'overdue'; deadline: IsoDate }
  | { kind: 'due-soon'; deadline: IsoDate; days: number }
  | { kind: 'upcoming'; deadline: IsoDate }
  | { kind: 'no-deadline' }
  | { kind: 'done'; date?: IsoDate; sources: Source[] }
  /** Ended by a later document (`by`), or passed to other agencies (`passedTo`) with its function. */
  | { kind: 'superseded'; date?: IsoDate; by?: string; note?: Bilingual; passedTo?: string[] };

export type DutyStateKind = DutyState['kind'];

/** What needs doing first comes first: the order of a duty table. */
export const STATE_ORDER = [
  'overdue',
  'due-soon',
  'upcoming',
  'no-deadline',
  'done',
  'superseded',
] as const satisfies readonly DutyStateKind[];

type Deadline = NonNullable<TaskData['deadline']>;

const DAY_MS = 86_400_000;
const toDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** The day in a month, moved back to the month's last day where the month is shorter (31 → 30 April). */
function dayIn(year: number, month: number, day: number): IsoDate {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, month - 1, Math.min(day, last))));
}

/**
 * The day of a recurring deadline in a given month, or undefined when none falls in that month:
 * `on` is "MM-DD" for a yearly one and a day number for a monthly or quarterly one (quarters end in
 * March, June, September and December); without `on`, the last day of the period.
 */
function occurrenceIn(d: Deadline, year: number, month: number): IsoDate | undefined {
  const mmdd = d.on && /^\d{2}-\d{2}$/.test(d.on) ? d.on.split('-').map(Number) : undefined;
  const day = mmdd ? mmdd[1] : d.on ? Number(d.on) : 31;
  if (d.every === 'year') return month === (mmdd ? mmdd[0] : 12) ? dayIn(year, month, day) : undefined;
  if (d.every === 'quarter') return month % 3 === 0 ? dayIn(year, month, day) : undefined;
  return dayIn(year, month, day);
}

/** Occurrences month by month from a date, forwards or backwards, for up to two years. */
function* occurrences(d: Deadline, start: IsoDate, step: 1 | -1): Generator<IsoDate> {
  const [y, m] = start.split('-').map(Number);
  for (let i = 0; i <= 24; i++) {
    const index = y * 12 + (m - 1) + step * i;
    const found = occurrenceIn(d, Math.floor(index / 12), (index % 12) + 1);
    if (found) yield found;
  }
}

/**
 * The deadline that matters on the date: a fixed one as written; for a recurring one, the next
 * occurrence on or after the date (and on or after `from`), or its last one once `until` has passed.
 */
export function nextDeadline(d: Deadline, asOf: IsoDate): IsoDate | undefined {
  if (d.date) return d.date;
  if (!d.every) return undefined;
  const start = d.from && d.from > asOf ? d.from : asOf;
  for (const day of occurrences(d, start, 1)) {
    if (day < start) continue;
    if (d.until && day > d.until) break;
    return day;
  }
  if (!d.until) return undefined;
  for (const day of occurrences(d, d.until, -1)) if (day <= d.until && (!d.from || day >= d.from)) return day;
  return undefined;
}

/**
 * The duty's state on the date. `passedTo` names the agencies that carry it on when the agency
 * being shown no longer does (it has ended, or the duty's function moved).
 */
export function dutyState(task: TaskData, asOf: IsoDate, passedTo: string[] = []): DutyState {
  const s = task.superseded;
  if (s && s.date <= asOf) return { kind: 'superseded', date: s.date, by: s.by, note: s.note };
  // A duty reported done stays done on the page of an agency that has since ended: nothing is left to pass on.
  const done = task.done;
  if (done && (!done.date || done.date <= asOf)) return { kind: 'done', date: done.date, sources: done.sources };
  if (passedTo.length > 0) return { kind: 'superseded', passedTo };
  const deadline = task.deadline && nextDeadline(task.deadline, asOf);
  if (!deadline) return { kind: 'no-deadline' };
  const days = daysBetween(asOf, deadline);
  if (days < 0) return { kind: 'overdue', deadline };
  if (days <= DUE_SOON_DAYS) return { kind: 'due-soon', deadline, days };
  return { kind: 'upcoming', deadline };
}

/** One duty as an agency sees it: every role it holds in it, and how it comes to hold each. */
export interface DutyRow {
  task: Entry<TaskData>;
  /** One per role, in role order (lead first). */
  holdings: EffectiveAssignment[];
  /** Set when the agency no longer carries the duty: the current agencies that do. */
  carriedBy: string[];
  state: DutyState;
  /** The deadline that matters on the date (the next one of a recurring deadline). */
  deadline?: IsoDate;
  /** The document that assigns it; none for a task of the 2022 slide. */
  origin?: string;
}

/**
 * The duties of an agency on the date, each once: its own, those of its groups and those it took
 * over, most urgent first (by state, then deadline), then in the order of the slide and documents.
 */
export function agencyDuties(graph: Graph, agencyId: string, asOf: IsoDate): DutyRow[] {
  const byTask = new Map<string, EffectiveAssignment[]>();
  for (const a of effectiveTasks(graph, agencyId, asOf).assignments) {
    const list = byTask.get(a.task.id);
    if (list) list.push(a);
    else byTask.set(a.task.id, [a]);
  }
  const rows = [...byTask.values()].map((holdings): DutyRow => {
    const task = holdings[0].task;
    // Passed on only when no way of holding it leaves it with this agency.
    const carriedBy = holdings.every((h) => h.carriedBy.length > 0)
      ? [...new Set(holdings.flatMap((h) => h.carriedBy))]
      : [];
    return {
      task,
      holdings,
      carriedBy,
      state: dutyState(task.data, asOf, carriedBy),
      deadline: task.data.deadline && nextDeadline(task.data.deadline, asOf),
      origin: task.data.origin?.document,
    };
  });
  const place = new Map(rows.map((r, i) => [r, i] as const));
  return rows.sort(
    (a, b) =>
      STATE_ORDER.indexOf(a.state.kind) - STATE_ORDER.indexOf(b.state.kind) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      place.get(a)! - place.get(b)!,
  );
}

/** Is a role the site's inference (no source states it)? Pages mark it. */
export function roleInferred(row: DutyRow, h: EffectiveAssignment, agencyId: string): boolean {
  const holders = new Set([agencyId, ...h.viaGroups, ...h.inheritedFrom]);
  return row.task.data.assigned.some((a) => a.role === h.role && holders.has(a.agency) && a.inferred !== undefined);
}

/** A deadline in words: the day, or how it recurs and its next day; "no deadline given" when none. */
export function deadlineText(task: TaskData, asOf: IsoDate, locale: Locale, t: Translate): string {
  const d = task.deadline;
  if (!d) return t('duty.noDeadline');
  const next = nextDeadline(d, asOf);
  if (d.date) return formatDate(d.date, locale);
  const on = d.on ?? '';
  const rule =
    d.every === 'year'
      ? t('duty.every.year', { on: /^\d{2}-\d{2}$/.test(on) ? formatDayMonth(on, locale) : on })
      : t(`duty.every.${d.every ?? 'month'}`, { day: on || t('duty.lastDay') });
  return next ? `${rule} (${t('duty.next', { date: formatDate(next, locale) })})` : rule;
}

/** "31/12" or "31 December" from "12-31". */
function formatDayMonth(mmdd: string, locale: Locale): string {
  const full = formatDate(`2000-${mmdd}`, locale);
  return locale === 'vi' ? full.slice(0, 5) : full.replace(/ 2000$/, '');
}

/** A state in plain words (names of agencies and documents as ids are filled in by the caller). */
export function stateKey(state: DutyState): UiKey {
  if (state.kind === 'superseded') return state.passedTo ? 'duty.state.passed' : 'duty.state.superseded';
  if (state.kind === 'done' && state.date) return 'duty.state.doneOn';
  return `duty.state.${state.kind}`;
}
