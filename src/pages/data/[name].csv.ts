// /data/<name>.csv: the same rows as the JSON file, one column per field (_vi/_en for text in
// both languages, lists joined with "; ").
import type { APIRoute } from 'astro';
import { siteGraph, AS_OF } from '../../site-data.ts';
import { CSV_BOM, OPEN_DATA, csvRows, openDataFile, toCsv, type OpenDataName } from '../../lib/open-data.ts';
import { siteUrl } from './_site.ts';

export function getStaticPaths() {
  return OPEN_DATA.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = openDataFile(await siteGraph(), params.name as OpenDataName, AS_OF, siteUrl(site));
  return new Response(CSV_BOM + toCsv(csvRows(file)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
