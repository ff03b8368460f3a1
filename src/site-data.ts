// The graph of all data collections, loaded once per build through Astro's content layer.
import { getCollection } from 'astro:content';
import { buildGraph, type Content, type Graph } from './lib/graph.ts';
import { asOfDate } from './lib/dates.ts';
import { KIND_NAMES, type Locale } from './lib/schemas.ts';

let graph: Promise<Graph> | undefined;

export function siteGraph(): Promise<Graph> {
  graph ??= (async () => {
    const lists = await Promise.all(
      KIND_NAMES.map(async (name) => (await getCollection(name)).map(({ id, data }) => ({ id, data }))),
    );
    return buildGraph(Object.fromEntries(KIND_NAMES.map((name, i) => [name, lists[i]])) as unknown as Content);
  })();
  return graph;
}

export const AS_OF = asOfDate();

/** Static paths for a generated page in both locales: /van-ban/x/ and /en/van-ban/x/. */
export function localizedPaths<T>(items: T[], param: (item: T) => Record<string, string>) {
  return (['vi', 'en'] as Locale[]).flatMap((locale) =>
    items.map((item) => ({
      params: { lang: locale === 'vi' ? undefined : locale, ...param(item) },
      props: { locale, item },
    })),
  );
}
