import { describe, expect, it } from 'vitest';
import { dKeywords, numberKeys, rewriteQuery, trimQuery } from './search-text.ts';

describe('dKeywords', () => {
  it('keeps the words with đ, folded, once each', () => {
    expect(dKeywords('Định danh điện tử; đường Đà Nẵng, định danh, NĐ-CP')).toEqual([
      'dinh',
      'dien',
      'duong',
      'da',
      'nd',
    ]);
  });
  it('ignores words without đ', () => {
    expect(dKeywords('Dương danh dân')).toEqual([]);
  });
});

describe('numberKeys', () => {
  it('gives a decree its keys with and without year and kind', () => {
    expect(numberKeys({ number: '59/2022/NĐ-CP', kind: 'nghi-dinh', issued: '2022-09-05' })).toEqual([
      'so59',
      'nd59',
      'so59x2022',
      'nd59x2022',
    ]);
  });
  it('takes the year of a number without one from the issue date and drops leading zeros', () => {
    expect(numberKeys({ number: '06/QĐ-TTg', kind: 'quyet-dinh', issued: '2022-01-06' })).toEqual([
      'so6',
      'qd6',
      'so6x2022',
      'qd6x2022',
    ]);
  });
});

describe('rewriteQuery', () => {
  it.each([
    ['59/2022/NĐ-CP', 'nd59x2022'],
    ['59/2022/ND-CP', 'nd59x2022'],
    ['nd 59/2022', 'nd59x2022'],
    ['nghi dinh 59', 'nd59'],
    ['Nghị định 59', 'nd59'],
    ['NĐ 59', 'nd59'],
    ['59/2022', 'so59x2022'],
    ['06/QĐ-TTg', 'qd6'],
    ['1552/BTTTT-THH', 'so1552'],
    ['thông tư 48/2022', 'tt48x2022'],
    ['26/2023/QH15', 'so26x2023'],
    ['Decree 69/2024', 'nd69x2024'],
    ['nghị định 59 hiệu lực', 'nd59 hieu luc'],
  ])('rewrites %s to %s', (query, expected) => {
    expect(rewriteQuery(query)).toBe(expected);
  });

  it.each(['mức độ 2', '63 tỉnh', '25 dịch vụ công', 'định danh điện tử', '2025'])('leaves %s as typed', (query) => {
    expect(rewriteQuery(query)).toBeUndefined();
  });

  it('matches the keys that document pages carry', () => {
    const keys = numberKeys({ number: '59/2022/NĐ-CP', kind: 'nghi-dinh', issued: '2022-09-05' });
    for (const q of ['59/2022/NĐ-CP', 'nd 59/2022', 'nghi dinh 59', 'NĐ 59', '59/2022'])
      expect(keys).toContain(rewriteQuery(q));
  });
});

describe('trimQuery', () => {
  it('drops function words from long queries', () => {
    expect(trimQuery('Nghị định về định danh và xác thực điện tử')).toBe('Nghị định định danh xác thực điện tử');
    expect(trimQuery('bảo vệ dữ liệu của tôi')).toBe('bảo vệ dữ liệu tôi');
    expect(trimQuery('nghi dinh ve dinh danh va xac thuc dien tu')).toBe('nghi dinh dinh danh xac thuc dien tu');
  });
  it('keeps queries that would fall under four words as typed', () => {
    expect(trimQuery('quyền của công dân')).toBe('quyền của công dân');
  });
});
