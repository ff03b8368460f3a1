import { describe, expect, it } from 'vitest';
import { foldVietnamese, idFromNumber, normalizeNumber } from './numbers.ts';

describe('document numbers', () => {
  it('folds tone marks and đ', () => {
    expect(foldVietnamese('Định danh Đường')).toBe('Dinh danh Duong');
  });
  it('gives every spelling of a number one form', () => {
    for (const n of ['59/2022/NĐ-CP', '59/2022/ND-CP', '59-2022-nđ-cp', ' 59 / 2022 / nd cp ']) {
      expect(normalizeNumber(n)).toBe('59 2022 nd cp');
    }
  });
  it.each([
    ['59/2022/NĐ-CP', {}, 'nd-59-2022'],
    ['48/2022/TT-BTC', {}, 'tt-48-2022-btc'],
    ['26/2023/QH15', {}, 'luat-26-2023-qh15'],
    ['202/2025/QH15', { kind: 'nghi-quyet' }, 'nq-202-2025-qh15'],
    ['06/QĐ-TTg', { year: '2022' }, 'qd-06-2022-ttg'],
    ['1552/BTTTT-THH', {}, 'cv-1552-btttt-thh'],
  ])('derives the id of %s', (number, options, id) => {
    expect(idFromNumber(number, options)).toBe(id);
  });
});
