// The search box's own words, kept with Starlight's UI strings in content/i18n/<lang>.json. The
// schema makes each language file carry every one of them; the box reads them from a data
// attribute, so its script holds no text of either language. {{count}}, {{query}}, {{matched}}
// and {{total}} are filled in by the box.
import { z } from 'astro/zod';

export const searchStrings = z.object({
  /** The status line: how many results a query found. */
  'search.results': z.string(),
  'search.resultsOne': z.string(),
  'search.none': z.string(),
  'search.searching': z.string(),
  /** Said when no page holds every word and the pages holding most of them are shown. */
  'search.partialOnly': z.string(),
  /** Said when a few pages hold every word and pages holding most of them follow. */
  'search.partialAfter': z.string(),
  /** Under a result that holds only some of the words. */
  'search.matched': z.string(),
  'search.failed': z.string(),
  'search.more': z.string(),
  'search.filters': z.string(),
});

export type SearchStrings = z.infer<typeof searchStrings>;
export const SEARCH_STRING_KEYS = Object.keys(searchStrings.shape) as Array<keyof SearchStrings>;
