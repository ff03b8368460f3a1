// Builds the real site once for every test that reads built pages, with a fixed "as of" date so
// that computed statuses are reproducible, as `npm run build:publish` builds it for the web.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { SITE_DIR, SITE_AS_OF, SITE_URL, ROOT } from './site.ts';

export default function setup() {
  // The site and browser projects each call this; the first call of a run builds for both.
  if (process.env.TEST_SITE_BUILT) return;
  process.env.TEST_SITE_BUILT = '1';
  if (process.env.REUSE_TEST_BUILD && existsSync(SITE_DIR)) return;
  rmSync(SITE_DIR, { recursive: true, force: true });
  // As `npm run build:publish` builds it: pages, then the search index (scripts/build.ts).
  execFileSync(process.execPath, ['scripts/build.ts', '--publish', '--outDir', SITE_DIR], {
    cwd: ROOT,
    env: { ...process.env, AS_OF: SITE_AS_OF, SITE_URL },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
