// /co-quan/<id>/nhiem-vu.csv: the duties table of the agency's page, in the page's language.
import type { APIRoute } from 'astro';
import { siteGraph, localizedPaths, AS_OF } from '../../../../site-data.ts';
import { CSV_BOM, toCsv } from '../../../../lib/open-data.ts';
import { dutyCsvRows } from '../../../../lib/duty-export.ts';
import { siteUrl } from '../../../data/_site.ts';
import type { Locale } from '../../../../lib/schemas.ts';

export async function getStaticPaths() {
  const graph = await siteGraph();
  return localizedPaths(graph.content.agencies, (a) => ({ id: a.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as { locale: Locale };
  const rows = dutyCsvRows(await siteGraph(), params.id!, AS_OF, locale, siteUrl(site));
  return new Response(CSV_BOM + toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
