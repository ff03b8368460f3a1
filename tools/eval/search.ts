// npm run eval:search: runs a query file through the site's real search box in headless
// Chromium, against the built index, and prints recall@5 and MRR per group. In the same run it
// prints the bytes the first query of a fresh page load transfers.
//   --dir dist                  the built site (default dist/; run npm run build first)
//   --queries tools/eval/search-queries.tsv
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer } from '../../test/browser/harness.ts';
import { parseQueries, score, type EvalQuery } from './score.ts';
import { localeOfUrl } from '../../src/lib/routes.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, 'dist') },
    queries: { type: 'string', default: join(import.meta.dirname, 'search-queries.tsv') },
  },
});
if (!existsSync(join(values.dir, 'pagefind'))) {
  console.error(`No search index in ${values.dir}: run \`npm run build\` first (or pass --dir).`);
  process.exit(1);
}
const queries = parseQueries(readFileSync(values.queries, 'utf8'), values.queries);

async function openSearch(page: Page) {
  await page
    .getByRole('button', { name: /Tìm kiếm|Search/ })
    .first()
    .click();
  await page.locator('site-search input[type=search]').waitFor();
}

/** Types the query and returns the result page paths, in the order shown. */
async function runQuery(page: Page, query: string): Promise<string[]> {
  await page.locator('site-search input[type=search]').fill(query);
  // Done when the status names this query, quoted, and the list is no longer busy.
  const handle = await page.waitForFunction(
    (q) => {
      const status = document.querySelector('site-search [role=status]')?.textContent ?? '';
      const list = document.querySelector('site-search ol.results');
      if (!status.includes(`“${q}”`) || !list || list.hasAttribute('aria-busy')) return false;
      return [...list.querySelectorAll(':scope > li > a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname);
    },
    query,
    { timeout: 10_000, polling: 100 },
  );
  return (await handle.jsonValue()) as string[];
}

async function evaluate(dir: string) {
  const { server, origin } = await startServer(dir);
  const browser = await launchBrowser();
  try {
    // Bytes of the first query on a fresh page load (everything search fetches), for the first
    // and the longest query of each group: each word costs an index chunk.
    const bytes: Array<{ group: string; query: string; raw: number; gz: number; files: number }> = [];
    const words = (q: EvalQuery) => q.query.trim().split(/\s+/).length;
    const measured = [...new Set(queries.map((q) => q.group))].flatMap((group) => {
      const inGroup = queries.filter((q) => q.group === group);
      const longest = inGroup.reduce((a, b) => (words(b) > words(a) ? b : a));
      return longest === inGroup[0] ? [longest] : [inGroup[0], longest];
    });
    for (const first of measured) {
      const group = first.group;
      const context = await browser.newContext();
      const page = await context.newPage();
      const locale = localeOfUrl(first.expected);
      await page.goto(`${origin}${locale === 'vi' ? '/' : '/en/'}`);
      await page.waitForLoadState('networkidle');
      const pending: Promise<Buffer>[] = [];
      page.on('response', (res) => {
        if (new URL(res.url()).pathname.startsWith('/pagefind/')) pending.push(res.body().catch(() => Buffer.alloc(0)));
      });
      await openSearch(page);
      await runQuery(page, first.query);
      await page.waitForLoadState('networkidle');
      const bodies = await Promise.all(pending);
      bytes.push({
        group,
        query: first.query,
        raw: bodies.reduce((n, b) => n + b.length, 0),
        gz: bodies.reduce((n, b) => n + gzipSync(b).length, 0),
        files: bodies.length,
      });
      await context.close();
    }

    const results: string[][] = [];
    const pages = new Map<string, Page>();
    for (const q of queries) {
      const locale = localeOfUrl(q.expected);
      let p = pages.get(locale);
      if (!p) {
        p = await (await browser.newContext()).newPage();
        await p.goto(`${origin}${locale === 'vi' ? '/' : '/en/'}`);
        await openSearch(p);
        pages.set(locale, p);
      }
      results.push(await runQuery(p, q.query));
    }
    return { scores: score(queries, results), results, bytes };
  } finally {
    await browser.close();
    server.close();
  }
}

const ours = await evaluate(values.dir);
const pct = (n: number) => n.toFixed(2);
console.log(`\nSearch evaluation: ${queries.length} queries from ${values.queries}\n`);
console.log('| group | queries | recall@5 | MRR |');
console.log('|---|---|---|---|');
for (const s of ours.scores) console.log(`| ${s.group} | ${s.queries} | ${pct(s.recallAt5)} | ${pct(s.mrr)} |`);
const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
console.log('\nFirst query of a fresh page load, everything search fetches (gzipped; as served):');
for (const b of ours.bytes) console.log(`  ${b.group} "${b.query}": ${kb(b.gz)} (${kb(b.raw)}, ${b.files} files)`);
const heaviest = ours.bytes.reduce((a, b) => (b.gz > a.gz ? b : a));
console.log(`  heaviest first query: ${kb(heaviest.gz)} (target: at most 150 kB)`);
const misses = queries
  .map((q: EvalQuery, i) => ({ q, got: ours.results[i].slice(0, 5) }))
  .filter(({ q, got }) => !got.includes(q.expected));
if (misses.length) {
  console.log('\nMissed (expected not in the first five):');
  for (const { q, got } of misses)
    console.log(`  [${q.group}] ${q.query} → expected ${q.expected}; got ${got.join(' ') || 'nothing'}`);
}
