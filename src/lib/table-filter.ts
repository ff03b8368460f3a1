// Which rows of the document register a filter keeps, and how two rows compare for a sort.
// Pure and free of runtime imports: the register's browser script bundles it, so it must stay tiny.
import type { Translate, UiKey } from './ui-text.ts';

/** The facts a row carries as data attributes (data-kind, data-issuer, data-status, data-year). */
export interface RowFacts {
  kind: string;
  issuer: string;
  status: string;
  /** Four digits, or '' when the issue date is unknown. */
  year: string;
}

type FilterField = keyof RowFacts;
export const FILTER_FIELDS: readonly FilterField[] = ['kind', 'issuer', 'status', 'year'];

/** A select's value for "no value in the data" (a row whose year is unknown has data-year=""). */
export const UNKNOWN = '-';

/** One value per field; '' (the "all" option) or a missing field lets every row through. */
export type Filter = Partial<Record<FilterField, string>>;

export function matches(row: RowFacts, filter: Filter): boolean {
  return FILTER_FIELDS.every((field) => {
    const wanted = filter[field];
    if (!wanted) return true;
    return wanted === UNKNOWN ? row[field] === '' : row[field] === wanted;
  });
}

/** The filter a page's query asks for (`?status=het-hieu-luc&year=2022`). */
export function filterFromSearch(search: string): Filter {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FILTER_FIELDS.flatMap((field) => (params.get(field) ? [[field, params.get(field)!]] : [])));
}

/** The query with the filter written in: chosen fields set, the others removed, other parameters kept. */
export function searchWithFilter(search: string, filter: Filter): string {
  const params = new URLSearchParams(search);
  for (const field of FILTER_FIELDS) {
    if (filter[field]) params.set(field, filter[field]);
    else params.delete(field);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export type Direction = 'ascending' | 'descending';

/**
 * Compares two cells' sort values. Empty values (unknown dates) go last in both directions,
 * so that flipping the order never puts "unknown" at the top. Numbers inside text compare as
 * numbers, so 9/2022 comes before 59/2022.
 */
export function compareValues(a: string, b: string, direction: Direction, locale = 'vi'): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const order = a.localeCompare(b, locale, { numeric: true, sensitivity: 'base' });
  return direction === 'ascending' ? order : -order;
}

/** The direction a sort button sets: a new column starts ascending, the same column flips. */
export function nextDirection(current: Direction | undefined): Direction {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/** The strings `countLabel` uses, which the register's component hands its script. */
export const COUNT_KEYS = [
  'documentTable.count.all',
  'documentTable.count.some',
  'documentTable.count.allOnPage',
  'documentTable.count.someOnPage',
] as const satisfies readonly UiKey[];

/** `scope` says whether the rows are the whole register or one page of it. */
export function countLabel(shown: number, total: number, t: Translate, scope: 'all' | 'page' = 'all'): string {
  const which = shown === total ? 'all' : 'some';
  return t(`documentTable.count.${which}${scope === 'page' ? 'OnPage' : ''}`, { shown, total });
}
