// What only a real browser can prove, on every page: no WCAG 2.2 A/AA violation (axe), no
// request to any host but this site, no script blocked by the Content-Security-Policy, and a
// page weight a cheap phone can carry. Screenshots go to test-results/screenshots/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, withAxe, type Harness } from './harness.ts';
import { NOT_IN_SITEMAP, ONE_OF_EACH_KIND, sitemapPaths } from '../pages.ts';
import { ROOT, pagePath } from '../site.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = join(ROOT, 'test-results', 'screenshots');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => h?.close());

interface PageReport {
  path: string;
  violations: string[];
  offHost: string[];
  cspErrors: string[];
}

/** Loads a page, runs axe, and lists anything that left the site or broke the policy. */
async function inspect(page: Page, path: string): Promise<PageReport> {
  const offHost: string[] = [];
  const cspErrors: string[] = [];
  const onRequest = (req: { url: () => string }) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== h.origin) offHost.push(req.url());
  };
  const onConsole = (msg: { text: () => string }) => {
    if (/Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text().slice(0, 160));
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  await page.goto(`${h.origin}${path}`, { waitUntil: 'load' });
  // Only violations are collected: computing passes too would double the time over every page.
  const result = await page.evaluate(
    (tags) => (window as any).axe.run(document, { runOnly: tags, resultTypes: ['violations'] }),
    WCAG,
  );
  page.off('request', onRequest);
  page.off('console', onConsole);
  const violations = (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
    (v) =>
      `${v.id} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  return { path, violations, offHost, cspErrors };
}

describe('every page in the sitemap, and the 404 pages, in both languages', () => {
  it('passes axe (WCAG 2.2 A and AA) in the light theme, loads nothing from elsewhere, breaks no policy', async () => {
    const paths = [...sitemapPaths(), ...NOT_IN_SITEMAP];
    expect(paths.length).toBeGreaterThan(100);
    const reports: PageReport[] = [];
    // A few pages at a time: the machine has two cores.
    const queue = [...paths];
    await Promise.all(
      [0, 1, 2].map(async () => {
        const { page, context } = await h.newPage({ colorScheme: 'light' });
        await withAxe(context);
        for (let path = queue.shift(); path; path = queue.shift()) reports.push(await inspect(page, path));
        await context.close();
      }),
    );
    const failing = reports.filter((r) => r.violations.length + r.offHost.length + r.cspErrors.length > 0);
    expect(failing.slice(0, 10), `${failing.length} of ${reports.length} pages fail`).toEqual([]);
  }, 900_000);
});

describe('one page of each kind', () => {
  it.each(ONE_OF_EACH_KIND)('passes axe in the dark theme: %s', async (path) => {
    const { page, context } = await h.newPage({ colorScheme: 'dark' });
    await withAxe(context);
    const report = await inspect(page, path);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
    expect(report.violations).toEqual([]);
  });
});

describe('search', () => {
  it('finds results under the policy, loading nothing from elsewhere', async () => {
    const { page, context } = await h.newPage();
    const offHost: string[] = [];
    const cspErrors: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== h.origin) offHost.push(req.url());
    });
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text());
    });
    await page.goto(`${h.origin}/van-ban/nd-69-2024/`);
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('59/2022/ND-CP');
    const first = page.locator('site-search ol.results > li > a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/van-ban/nd-59-2022/');
    expect(offHost).toEqual([]);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('fetches at most 150 kB (gzipped) of search files for the first query of a fresh page, a long one', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}/`);
    await page.waitForLoadState('networkidle');
    const bodies: Promise<Buffer>[] = [];
    let inFlight = 0;
    let lastDone = Date.now();
    const isSearchFile = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
    page.on('request', (req) => {
      if (isSearchFile(req.url())) inFlight++;
    });
    const done = () => {
      inFlight--;
      lastDone = Date.now();
    };
    page.on('requestfailed', (req) => isSearchFile(req.url()) && done());
    page.on('response', (res) => {
      if (!isSearchFile(res.url())) return;
      bodies.push(res.body().catch(() => Buffer.alloc(0)));
      done();
    });
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    // Eleven words: each one costs the index file that holds it.
    await page
      .getByRole('dialog')
      .getByRole('searchbox')
      .fill('quyen loi cua cong dan khi dung can cuoc va dinh danh dien tu');
    // Results show their links once their data has arrived; then wait for the search to go quiet.
    await expect
      .poll(() => page.locator('site-search ol.results > li > a').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => inFlight === 0 && Date.now() - lastDone > 500, { timeout: 10_000 }).toBe(true);
    const gz = (await Promise.all(bodies)).reduce((n, b) => n + gzipSync(b).length, 0);
    expect(gz).toBeGreaterThan(50 * 1024); // the engine and its wasm alone: the count saw them
    expect(gz).toBeLessThanOrEqual(150 * 1024);
    await context.close();
  });

  it('works with the keyboard only, and reads the first result', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}/`);
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input[type=search]')), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.keyboard.type('dinh danh dien tu');
    const first = page.locator('site-search ol.results > li').first();
    await expect
      .poll(async () => (await first.locator('a').first().textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/định danh/i);
    // Tab reaches the first result's link from the search box.
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('/'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
      );
    }
    expect(focused).toBe(await first.locator('a').first().getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === focused);
    await context.close();
  });
});

/** Pages that are larger than a typical content page on purpose, and why. */
const LARGE_ON_PURPOSE: Array<[RegExp, string]> = [
  [/^\/(en\/)?$/, 'the home page carries the whole slide overview'],
  [/^\/(en\/)?(van-ban|co-quan|nhiem-vu|quyen-loi)\/$/, 'an index page lists its collection'],
  [/^\/(en\/)?van-ban\/(dong-thoi-gian|theo-doi-phap-ly)\/$/, 'the timeline and tracker show every document'],
  [/^\/(en\/)?nhiem-vu\/ma-tran\/$/, 'the matrix shows every task for every group'],
  [/^\/(en\/)?thuat-ngu\/$/, 'the glossary is one page of every term'],
  [
    /^\/(en\/)?quyen-loi\/toi-dung-duoc-gi\/$/,
    'the helper carries its rules as a table for readers without JavaScript',
  ],
  [/^\/(en\/)?ha-tang\/(tu-danh-gia\/)?$/, 'the checklist and overview list every infrastructure item'],
  [/^\/(en\/)?tham-chieu-du-lieu\/$/, 'the schema reference lists every field'],
  [/^\/(en\/)?co-quan\/(cac-bo|ubnd-cap-tinh)\/$/, 'a group page lists its members'],
  [/^\/(en\/)?nhiem-vu\/(a\d|l\d)\/$/, 'tasks held by groups list every document that serves them'],
  [/^\/(en\/)?co-quan\/[^/]+\/$/, 'an agency page lists every duty it holds, with deadline, state and basis'],
  [/^\/(en\/)?quyen-loi\/b\d\/$/, 'a slide benefit lists the concrete benefits under it'],
  [/^\/(en\/)?nhiem-vu\/to-cong-tac\/$/, 'the working group page lists its members over the years'],
  [/^\/(en\/)?huong-dan\/[^/]+\/$/, 'a step-by-step guide keeps every step, cost and source on one page'],
];

describe('weight', () => {
  it('keeps the HTML of typical content pages at 10 kB gzipped or less (larger pages are named, with why)', () => {
    const sizes = sitemapPaths().map((path) => ({ path, gz: gzipSync(readFileSync(pagePath(path))).length }));
    const report = ['| page | HTML gzipped | why larger |', '|---|---|---|'];
    const over: string[] = [];
    for (const { path, gz } of [...sizes].sort((a, b) => b.gz - a.gz)) {
      const why = LARGE_ON_PURPOSE.find(([re]) => re.test(path))?.[1];
      if (gz > 10 * 1024 || why) report.push(`| ${path} | ${(gz / 1024).toFixed(1)} kB | ${why ?? ''} |`);
      if (gz > 10 * 1024 && !why) over.push(`${path}: ${(gz / 1024).toFixed(1)} kB`);
    }
    writeFileSync(join(ROOT, 'test-results', 'size-report.md'), `${report.join('\n')}\n`);
    expect(over).toEqual([]);
  });

  it.each(['/van-ban/nd-59-2022/', '/en/quyen-loi/b3/', '/co-quan/ha-giang/', '/nhiem-vu/i1-1/'])(
    'loads at most 30 kB of JavaScript and 20 kB of CSS (gzipped) before search is opened: %s',
    async (path) => {
      const { page, context } = await h.newPage();
      const bytes = { script: 0, stylesheet: 0 };
      const pending: Promise<void>[] = [];
      page.on('response', (res) => {
        const type = res.request().resourceType();
        if (type === 'script' || type === 'stylesheet')
          pending.push(res.body().then((b) => void (bytes[type] += gzipSync(b).length)));
      });
      await page.goto(`${h.origin}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      await Promise.all(pending);
      await context.close();
      expect(bytes.script).toBeLessThanOrEqual(30 * 1024);
      expect(bytes.stylesheet).toBeLessThanOrEqual(20 * 1024);
    },
  );
});

describe('screenshots and print', () => {
  it.each(['/', '/van-ban/nd-59-2022/', '/nhiem-vu/ma-tran/', '/ha-tang/tu-danh-gia/'])(
    'are taken at 360 and 1280 px: %s',
    async (path) => {
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      for (const width of [360, 1280]) {
        const { page, context } = await h.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${h.origin}${path}`, { waitUntil: 'networkidle' });
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: width === 360 ? false : true });
        // Nothing scrolls sideways on a phone.
        if (width === 360)
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(362);
        await context.close();
      }
    },
  );

  it('prints without navigation or sidebars', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}/van-ban/nd-59-2022/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header', '#starlight__sidebar', 'starlight-toc', '.right-sidebar-container']) {
      const el = page.locator(selector).first();
      if ((await el.count()) > 0) expect(await el.isVisible(), selector).toBe(false);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await context.close();
  });
});
