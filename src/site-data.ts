// The graph of all data collections, loaded once per build through Astro's content layer.
import { getCollection } from 'astro:content';
import { buildGraph, type Graph } from './lib/graph.ts';
import { asOfDate } from './lib/dates.ts';
import type { Locale } from './lib/schemas.ts';

let graph: Promise<Graph> | undefined;

export function siteGraph(): Promise<Graph> {
  graph ??= (async () => {
    const [documents, agencies, tasks, benefits, glossary] = await Promise.all([
      getCollection('documents'),
      getCollection('agencies'),
      getCollection('tasks'),
      getCollection('benefits'),
      getCollection('glossary'),
    ]);
    const plain = <T,>(list: { id: string; data: T }[]) => list.map(({ id, data }) => ({ id, data }));
    return buildGraph({
      documents: plain(documents),
      agencies: plain(agencies),
      tasks: plain(tasks),
      benefits: plain(benefits),
      glossary: plain(glossary),
    });
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
