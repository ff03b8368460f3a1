// /data/<name>.schema.json: the JSON Schema of /data/<name>.json, generated from the Zod schemas
// that the validator and the site use.
import type { APIRoute } from 'astro';
import { OPEN_DATA, publishedJsonSchema, type OpenDataName } from '../../lib/open-data.ts';
import { siteUrl } from './_site.ts';

export function getStaticPaths() {
  return OPEN_DATA.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(publishedJsonSchema(params.name as OpenDataName, siteUrl(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
