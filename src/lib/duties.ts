// The state of a duty on the "as of" date, computed from its deadline, its report of completion
// and what ended it; never typed by an editor, so the same content reads right on any date.
import type { IsoDate } from './dates.ts';
import type { Bilingual, Source, TaskData } from './schemas.ts';

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
export const STATE_ORDER: DutyStateKind[] = ['overdue', 'due-soon', 'upcoming', 'no-deadline', 'done', 'superseded'];

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
  if (passedTo.length > 0) return { kind: 'superseded', passedTo };
  const done = task.done;
  if (done && (!done.date || done.date <= asOf)) return { kind: 'done', date: done.date, sources: done.sources };
  const deadline = task.deadline && nextDeadline(task.deadline, asOf);
  if (!deadline) return { kind: 'no-deadline' };
  const days = daysBetween(asOf, deadline);
  if (days < 0) return { kind: 'overdue', deadline };
  if (days <= DUE_SOON_DAYS) return { kind: 'due-soon', deadline, days };
  return { kind: 'upcoming', deadline };
}
