import { describe, expect, it } from 'vitest';
import { extraPageUrls, pageCount, pageLinks, pageRange, pageSlice, pageUrl } from './pagination.ts';

describe('pagination', () => {
  it('counts pages, with one page for an empty or short list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(200)).toBe(1);
    expect(pageCount(201)).toBe(2);
    expect(pageCount(7346)).toBe(37);
  });

  it('keeps the list’s own address for page 1 and numbers the others', () => {
    expect(pageUrl('/van-ban/', 1)).toBe('/van-ban/');
    expect(pageUrl('/en/van-ban/', 3)).toBe('/en/van-ban/trang/3/');
    expect(extraPageUrls('/van-ban/', 450)).toEqual(['/van-ban/trang/2/', '/van-ban/trang/3/']);
    expect(extraPageUrls('/van-ban/', 46)).toEqual([]);
  });

  it('cuts rows in order, the last page holding the rest', () => {
    const rows = Array.from({ length: 450 }, (_, i) => i);
    expect(pageSlice(rows, 1)).toHaveLength(200);
    expect(pageSlice(rows, 3)).toEqual(rows.slice(400));
    expect(pageRange(3, 450)).toEqual({ from: 401, to: 450 });
  });

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 9)).toEqual([1, 2, null, 9]);
    expect(pageLinks(5, 9)).toEqual([1, null, 4, 5, 6, null, 9]);
    // A gap of a single page shows that page.
    expect(pageLinks(4, 9)).toEqual([1, 2, 3, 4, 5, null, 9]);
    expect(pageLinks(9, 9)).toEqual([1, null, 8, 9]);
  });
});
