// /co-quan/<id>/nhiem-vu.ics: the agency's deadlines as an iCalendar feed to subscribe to, for
// every agency: one with no dated duty today gets its deadlines when a document gives it some.
import type { APIRoute } from 'astro';
import { siteGraph, localizedPaths, AS_OF } from '../../../../site-data.ts';
import { dutyCalendar } from '../../../../lib/duty-export.ts';
import { siteUrl } from '../../../data/_site.ts';
import type { Locale } from '../../../../lib/schemas.ts';

export async function getStaticPaths() {
  const graph = await siteGraph();
  return localizedPaths(graph.content.agencies, (a) => ({ id: a.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as { locale: Locale };
  const text = dutyCalendar(await siteGraph(), params.id!, AS_OF, locale, siteUrl(site));
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
