// Pages and files the site generates from code rather than from content/: the schema reference and
// the open-data files. The link checker reads this list, so that prose may link to them.
import { LOCALES } from './schemas.ts';
import { localePrefix } from './routes.ts';
import { KINDS, KIND_LIST } from './kinds.ts';
import { OPEN_DATA } from './open-data.ts';

const REFERENCE_SLUG = 'tham-chieu-du-lieu';

/** The sections of the schema reference, one per kind of entry, and the page frontmatter. */
export const REFERENCE_ANCHORS = {
  ...(Object.fromEntries(KIND_LIST.map((k) => [k.name, k.section])) as Record<keyof typeof KINDS, string>),
  pages: 'trang',
};

/** The open-data files, by URL path. */
export const DATA_FILES: string[] = [
  ...OPEN_DATA.flatMap((name) => ['json', 'csv', 'schema.json'].map((ext) => `/data/${name}.${ext}`)),
  '/data/feed.xml',
];

/** URL path → the anchors it has. */
export function generatedRoutes(): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  for (const locale of LOCALES) {
    routes.set(`${localePrefix(locale)}${REFERENCE_SLUG}/`, ['_top', ...Object.values(REFERENCE_ANCHORS)]);
  }
  for (const file of DATA_FILES) routes.set(file, []);
  return routes;
}
