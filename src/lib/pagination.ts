// Long lists are cut into numbered pages of a fixed size, so that no page's HTML grows with the
// entries it does not show. The first page keeps the list's own address (/van-ban/); the others
// are /van-ban/trang/2/, /van-ban/trang/3/… The pages, the links between them and the
// validator's table of routes all count pages here.

/** Rows per page of a list. */
export const PAGE_SIZE = 200;

/** Pages a list of `total` rows takes; an empty list still has its first page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The address of page `page` of the list whose first page is `base` (ending in /). */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}

/** The addresses of pages 2…n: those the site generates beside the list's own page. */
export function extraPageUrls(base: string, total: number, size = PAGE_SIZE): string[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => pageUrl(base, i + 2));
}

/** Astro's static paths of pages 2…n of a list of `total` rows, in each language. */
export function extraPagePaths<L extends string>(locales: readonly L[], defaultLocale: L, total: number) {
  return locales.flatMap((locale) =>
    Array.from({ length: pageCount(total) - 1 }, (_, i) => ({
      params: { lang: locale === defaultLocale ? undefined : locale, page: String(i + 2) },
      props: { locale, page: i + 2, pages: pageCount(total) },
    })),
  );
}

/**
 * The page numbers a pagination bar shows: the first, the last, and the current one with its
 * neighbours; `null` stands for the pages skipped in between ("1 2 3 … 9").
 */
export function pageLinks(current: number, total: number): Array<number | null> {
  const shown = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  // A gap of one page is shown as that page rather than as "…".
  for (const n of [...shown]) if (shown.has(n + 2) && !shown.has(n + 1)) shown.add(n + 1);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** The rows a page holds, counted from 1: "201–400". */
export function pageRange(page: number, total: number, size = PAGE_SIZE): { from: number; to: number } {
  return { from: Math.min(total, (page - 1) * size + 1), to: Math.min(total, page * size) };
}
