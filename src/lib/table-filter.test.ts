import { describe, expect, it } from 'vitest';
import {
  COUNT_KEYS,
  UNKNOWN,
  compareValues,
  countLabel,
  filterFromSearch,
  matches,
  nextDirection,
  searchWithFilter,
  type RowFacts,
} from './table-filter.ts';
import { pick, translator, type Translate } from './ui-text.ts';
import { LOCALES } from './schemas.ts';

const decree: RowFacts = { kind: 'nghi-dinh', issuer: 'chinh-phu', status: 'het-hieu-luc', year: '2022' };
const undated: RowFacts = { kind: 'chi-thi', issuer: 'thu-tuong', status: 'chua-xac-minh', year: '' };

describe('matches', () => {
  it('keeps every row when no filter is chosen', () => {
    expect(matches(decree, {})).toBe(true);
    expect(matches(undated, { kind: '', issuer: '', status: '', year: '' })).toBe(true);
  });

  it('keeps only rows equal on every chosen field', () => {
    expect(matches(decree, { status: 'het-hieu-luc' })).toBe(true);
    expect(matches(decree, { status: 'con-hieu-luc' })).toBe(false);
    expect(matches(decree, { kind: 'nghi-dinh', year: '2022' })).toBe(true);
    expect(matches(decree, { kind: 'nghi-dinh', year: '2023' })).toBe(false);
  });

  it('finds rows whose year is unknown through the "unknown" option, and only those', () => {
    expect(matches(undated, { year: UNKNOWN })).toBe(true);
    expect(matches(decree, { year: UNKNOWN })).toBe(false);
    expect(matches(undated, { year: '2025' })).toBe(false);
  });
});

describe('the filter in the page address', () => {
  it('reads the chosen fields and nothing else', () => {
    expect(filterFromSearch('?status=het-hieu-luc&year=-&page=2&kind=')).toEqual({
      status: 'het-hieu-luc',
      year: UNKNOWN,
    });
    expect(filterFromSearch('')).toEqual({});
  });

  it('writes the chosen fields, drops cleared ones and keeps other parameters', () => {
    expect(searchWithFilter('?kind=luat&x=1', { kind: '', status: 'het-hieu-luc' })).toBe('?x=1&status=het-hieu-luc');
    expect(searchWithFilter('?kind=luat', { kind: '' })).toBe('');
  });

  it('reads back what it wrote', () => {
    const filter = { kind: 'nghi-dinh', issuer: 'bo-cong-an', status: 'con-hieu-luc', year: '2024' };
    expect(filterFromSearch(searchWithFilter('', filter))).toEqual(filter);
  });
});

describe('compareValues', () => {
  const sort = (values: string[], direction: 'ascending' | 'descending') =>
    [...values].sort((a, b) => compareValues(a, b, direction));

  it('orders ISO dates both ways', () => {
    expect(sort(['2024-06-25', '2014-11-20', '2022-09-05'], 'ascending')).toEqual([
      '2014-11-20',
      '2022-09-05',
      '2024-06-25',
    ]);
    expect(sort(['2024-06-25', '2014-11-20', '2022-09-05'], 'descending')).toEqual([
      '2024-06-25',
      '2022-09-05',
      '2014-11-20',
    ]);
  });

  it('puts unknown values last in either direction', () => {
    expect(sort(['', '2022-09-05', '2014-11-20'], 'ascending')).toEqual(['2014-11-20', '2022-09-05', '']);
    expect(sort(['2014-11-20', '', '2022-09-05'], 'descending')).toEqual(['2022-09-05', '2014-11-20', '']);
  });

  it('compares the numbers inside document numbers as numbers', () => {
    expect(sort(['59/2022/NĐ-CP', '104/2022/NĐ-CP', '13/2023/NĐ-CP'], 'ascending')).toEqual([
      '13/2023/NĐ-CP',
      '59/2022/NĐ-CP',
      '104/2022/NĐ-CP',
    ]);
  });

  it('treats equal values as equal, so a stable sort keeps their order', () => {
    expect(compareValues('2024-06-25', '2024-06-25', 'descending')).toBe(0);
  });
});

describe('nextDirection', () => {
  it('starts ascending and then flips', () => {
    expect(nextDirection(undefined)).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });
});

describe('countLabel', () => {
  const echo: Translate = (key, vars) => `${key} ${JSON.stringify(vars)}`;
  it('says how many rows show, of the whole register or of one page of it', () => {
    expect(countLabel(46, 46, echo)).toBe('documentTable.count.all {"shown":46,"total":46}');
    expect(countLabel(3, 46, echo)).toBe('documentTable.count.some {"shown":3,"total":46}');
    expect(countLabel(200, 200, echo, 'page')).toBe('documentTable.count.allOnPage {"shown":200,"total":200}');
    expect(countLabel(3, 200, echo, 'page')).toBe('documentTable.count.someOnPage {"shown":3,"total":200}');
  });
  it.each(LOCALES)('fills in the numbers with the strings the script is given (%s)', (locale) => {
    const t = translator(pick(locale, COUNT_KEYS));
    for (const scope of ['all', 'page'] as const) {
      expect(countLabel(3, 46, t, scope)).toMatch(/^[^{}]*\b3\b[^{}]*\b46\b[^{}]*$/);
      expect(countLabel(46, 46, t, scope)).toMatch(/^[^{}]*\b46\b[^{}]*$/);
    }
  });
});
