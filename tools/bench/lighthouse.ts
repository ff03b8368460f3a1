// npm run bench:lighthouse: Lighthouse's four scores for the home page, a document page and the
// responsibility matrix, served from the built site on loopback and measured with Debian's
// Chromium (nothing is downloaded). A benchmark, not a test: it prints the scores and, for any
// category under 95, the audits that cost points.
//   --dir dist          the built site (default dist/; run npm run build first)
//   --preset mobile     Lighthouse's default (a throttled phone), or desktop
//   --uncompressed      serve the files as they are on disk, not gzipped as a web host would
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM, startServer } from '../../test/browser/harness.ts';
import { table } from './lib.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, 'dist') },
    preset: { type: 'string', default: 'mobile' },
    uncompressed: { type: 'boolean', default: false },
  },
});
if (!existsSync(join(values.dir, 'index.html'))) {
  console.error(`No built site in ${values.dir}: run \`npm run build\` first (or pass --dir).`);
  process.exit(1);
}

const PAGES = ['/', '/van-ban/nd-59-2022/', '/nhiem-vu/ma-tran/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// Served gzipped, as a web host serves it: Lighthouse's simulated phone network counts the bytes.
const { server, origin } = await startServer(values.dir, { compress: !values.uncompressed });
// The flags of the browser tests (test/browser/harness.ts), headless.
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const rows: string[][] = [];
const failing: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(
      `${origin}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      values.preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (c: (typeof CATEGORIES)[number]) => Math.round((categories[c]?.score ?? 0) * 100);
    rows.push([path, ...CATEGORIES.map((c) => String(score(c)))]);
    for (const c of CATEGORIES) {
      if (score(c) >= 95) continue;
      const lost = (categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map(
          (ref) =>
            `${ref.id} (${Math.round((audits[ref.id]?.score ?? 0) * 100)}${audits[ref.id]?.displayValue ? `, ${audits[ref.id].displayValue}` : ''})`,
        );
      failing.push(`${path} ${c} ${score(c)}: ${lost.join('; ') || 'no weighted audit below 100'}`);
    }
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]
      .map((id) => `${id} ${audits[id]?.displayValue ?? '-'}`)
      .join(', ');
    console.error(`${path}: ${metrics}`);
  }
} finally {
  chrome.kill();
  server.close();
}

console.log(
  `\nLighthouse ${values.preset} scores (target ≥ 95 each), ${values.dir}, served ${values.uncompressed ? 'uncompressed' : 'gzipped'}\n`,
);
console.log(table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], rows));
if (failing.length > 0) {
  console.log('\nBelow 95, and the audits that cost points:');
  for (const f of failing) console.log(`- ${f}`);
}
