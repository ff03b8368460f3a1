// Every page of the test build, from its sitemap, with helpers the page-wide gates share.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from './site.ts';

/** Paths of every page the sitemap lists (both languages). */
export function sitemapPaths(): string[] {
  const files = readdirSync(SITE_DIR).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(SITE_DIR, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Pages the sitemap leaves out on purpose: the page for an unknown address, in each language. */
export const NOT_IN_SITEMAP = ['/404.html', '/en/404/'];

/** One page of each kind, for the checks that are too slow to run on every page. */
export const ONE_OF_EACH_KIND = [
  '/',
  '/en/',
  '/van-ban/',
  '/van-ban/nd-59-2022/',
  '/en/van-ban/nd-59-2022/',
  '/co-quan/ha-giang/',
  '/nhiem-vu/l1/',
  '/quyen-loi/b2/',
  '/quyen-loi/toi-dung-duoc-gi/',
  '/nhiem-vu/ma-tran/',
  '/ha-tang/tu-danh-gia/',
  '/thuat-ngu/',
  '/van-ban/dong-thoi-gian/',
  '/tham-chieu-du-lieu/',
];
