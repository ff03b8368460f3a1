// A build for publishing, as `npm run build:publish` makes it (the test build is one): every
// absolute link names the site's public address and none names localhost; and without that address
// such a build does not start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SITE_DIR, SITE_URL, page } from './site.ts';

describe('a publishing build', () => {
  it('contains no "localhost" anywhere in its files', () => {
    const files = (readdirSync(SITE_DIR, { recursive: true }) as string[]).filter((f) =>
      statSync(join(SITE_DIR, f)).isFile(),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => readFileSync(join(SITE_DIR, f)).includes('localhost'))).toEqual([]);
  });

  it('names the site by its public address in canonical and language links, the sitemap, the feed and the open data', () => {
    const home = page('/');
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(SITE_URL);
    expect(home.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href')).toBe(`${SITE_URL}en/`);
    const read = (file: string) => readFileSync(join(SITE_DIR, file), 'utf8');
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((loc) => !loc.startsWith(SITE_URL))).toEqual([]);
    expect(read('data/feed.xml')).toContain(`<id>${SITE_URL}`);
    expect(JSON.parse(read('data/documents.schema.json')).$id).toMatch(new RegExp(`^${SITE_URL}`));
  });

  it('does not start without SITE_URL, and says what to set', () => {
    const out = mkdtempSync(join(tmpdir(), 'de-an-06-publish-'));
    rmSync(out, { recursive: true });
    const { SITE_URL: _, ...env } = process.env;
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--publish', '--outDir', out], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/SITE_URL=https:\/\/\S+ npm run build:publish/);
    expect(existsSync(out)).toBe(false);
  });
});
