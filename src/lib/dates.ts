// Dates are content: ISO strings (YYYY-MM-DD) compared as text, shown as dd/mm/yyyy in Vietnamese
// and as "5 September 2022" in English. No time zones: a legal date is a calendar day.
import type { Locale } from './schemas.ts';

export type IsoDate = string;

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split('-');
  if (locale === 'vi') return `${d}/${m}/${y}`;
  return `${Number(d)} ${EN_MONTHS[Number(m) - 1]} ${y}`;
}

export function year(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The "as of" date for computed statuses: AS_OF when set (tests, reproducible builds), else today. */
export function asOfDate(env: Record<string, string | undefined> = process.env): IsoDate {
  const fromEnv = env.AS_OF;
  if (fromEnv && /^\d{4}-\d{2}-\d{2}$/.test(fromEnv)) return fromEnv;
  return new Date().toISOString().slice(0, 10);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
