// The site's public address, set once (SITE_URL) and used by every absolute link Astro and the
// site write: canonical and hreflang links, the sitemap, the feed and the open-data files.

/** Where `npm start` serves the site: the address of every build that is not for publishing. */
export const LOCAL_SITE_URL = 'http://localhost:4321/';

/**
 * The `site` of astro.config.mjs. A publishing build (`npm run build:publish`, which sets
 * PUBLISH=1) must be given the public https address; any other build falls back to localhost.
 * Throws an Error whose message says what to set.
 */
export function siteUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  const given = env.SITE_URL?.trim();
  const publishing = Boolean(env.PUBLISH);
  if (!given) {
    if (publishing)
      throw new Error(
        'a publishing build needs the address the site is served from: SITE_URL=https://example.gov.vn npm run build:publish',
      );
    return LOCAL_SITE_URL;
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL "${given}" is not an address: write it in full, as https://example.gov.vn`);
  }
  // Every link of the site starts at "/", so the site must be the root of its host.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${given}" has a path: the site must be served from the root of its domain (on GitHub Pages, a custom domain or an <owner>.github.io repository)`,
    );
  }
  if (publishing && (url.protocol !== 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))) {
    throw new Error(`SITE_URL "${given}" cannot be the public address of a publishing build: give its https address`);
  }
  return url.href;
}
