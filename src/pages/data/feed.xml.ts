// /data/feed.xml: an Atom feed of the data entries, newest review first, so that readers can
// follow what was added or checked again.
import type { APIRoute } from 'astro';
import { siteGraph } from '../../site-data.ts';
import { atomFeed, feedItems } from '../../lib/open-data.ts';
import { siteUrl } from './_site.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = siteUrl(site);
  return new Response(atomFeed(feedItems(await siteGraph(), base), base), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
