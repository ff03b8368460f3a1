// The web server's file the build writes (nginx.conf), read against the pages it was built with:
// the header policy lets every inline script of every page run and is the pages' own policy
// otherwise; pages are never cached unchecked; only files named by their content are kept long.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policy } from '../src/lib/csp.ts';
import { HASHED_FILES, LONG_CACHE, NO_CACHE } from '../src/lib/hosting.ts';
import { SITE_DIR } from './site.ts';

const conf = readFileSync(join(SITE_DIR, 'nginx.conf'), 'utf8');
const pages = (readdirSync(SITE_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];

/** The directives outside any location block (what every response gets), and those of one location. */
function headersIn(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]),
  );
}
const topLevel = conf.replace(/^location [^{]*\{[\s\S]*?^\}/gm, '');
const hashedLocation = new RegExp(`^location \\^~ ${HASHED_FILES} \\{([\\s\\S]*?)^\\}`, 'm').exec(conf)?.[1] ?? '';

describe('nginx.conf, written by the build', () => {
  it('sends as a header the policy every page carries, with every inline script of every page', () => {
    const header = headersIn(topLevel)['Content-Security-Policy'];
    const all = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(join(SITE_DIR, file), 'utf8');
      const hashes = inlineScriptHashes(html);
      hashes.forEach((hash) => all.add(hash));
      for (const hash of hashes) expect(header, file).toContain(hash);
      expect(metaPolicy(html), file).toBe(policy(hashes));
    }
    expect(all.size).toBeGreaterThan(0);
    expect(header).toBe(`${policy([...all].sort())}; frame-ancestors 'none'`);
  });

  it('tells browsers to check every page each time, and to keep /_astro/ files for a year', () => {
    const everywhere = headersIn(topLevel);
    expect(everywhere['Cache-Control']).toBe(NO_CACHE);
    const hashed = headersIn(hashedLocation);
    expect(hashed['Cache-Control']).toBe(LONG_CACHE);
    // A location with headers of its own drops the server's: the others are all there again.
    expect({ ...hashed, 'Cache-Control': NO_CACHE }).toEqual(everywhere);
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy'])
      expect(everywhere[name], name).toBeTruthy();
  });

  it('keeps long only files whose name changes with their content', () => {
    const files = readdirSync(join(SITE_DIR, HASHED_FILES));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !/\.[\w-]{8}\.(js|css)$/.test(f))).toEqual([]);
  });

  it('answers an unknown address with the 404 page of its language', () => {
    expect(topLevel).toMatch(/^error_page 404 \/404\.html;$/m);
    expect(conf).toMatch(/^location \^~ \/en\/ \{\s*error_page 404 \/en\/404\/;\s*\}/m);
    expect(pages).toContain('404.html');
    expect(pages).toContain(join('en', '404', 'index.html'));
  });
});
