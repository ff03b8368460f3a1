// The site's address for absolute links in exported files (astro.config.mjs `site`).
export function siteUrl(site: URL | undefined): string {
  return (site ?? new URL('http://localhost:4321')).href;
}
