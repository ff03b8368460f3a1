// /data/<name>.json: every entry of a collection with its id, its data and what the site derives
// from it (statuses, inverse relations), as of the build date.
import type { APIRoute } from 'astro';
import { siteGraph, AS_OF } from '../../site-data.ts';
import { OPEN_DATA, openDataFile, type OpenDataName } from '../../lib/open-data.ts';
import { siteUrl } from './_site.ts';

export function getStaticPaths() {
  return OPEN_DATA.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = openDataFile(await siteGraph(), params.name as OpenDataName, AS_OF, siteUrl(site));
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
