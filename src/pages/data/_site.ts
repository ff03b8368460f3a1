// The site's address for absolute links in exported files: `site` of astro.config.mjs, which is
// always set (src/lib/site-url.ts).
export function siteUrl(site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs sets no `site`');
  return site.href;
}
