// /co-quan/<id>/nhiem-vu.ics: the agency's deadlines as an iCalendar feed to subscribe to. An
// agency with no dated duty gets none (a calendar must hold at least one event), and its page
// does not link one.
import type { APIRoute } from 'astro';
import { siteGraph, localizedPaths, AS_OF } from '../../../../site-data.ts';
import { calendarDuties, dutyCalendar } from '../../../../lib/duty-export.ts';
import { siteUrl } from '../../../data/_site.ts';
import type { Locale } from '../../../../lib/schemas.ts';

export async function getStaticPaths() {
  const graph = await siteGraph();
  const dated = graph.content.agencies.filter((a) => calendarDuties(graph, a.id, AS_OF).length > 0);
  return localizedPaths(dated, (a) => ({ id: a.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as { locale: Locale };
  const text = dutyCalendar(await siteGraph(), params.id!, AS_OF, locale, siteUrl(site));
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
