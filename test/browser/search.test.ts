// The search box as a reader meets it, in Chromium against the test build: what results show,
// in which language, how a question with extra words is answered, the keyboard, the live
// region, a phone's screen, axe on the open dialog, and search in the dev server of `npm start`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, injectAxe, launchBrowser, type Harness } from './harness.ts';
import { ROOT, SITE_DIR } from '../site.ts';
import { KINDS } from '../../src/lib/kinds.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const strings = (lang: 'vi' | 'en') =>
  JSON.parse(readFileSync(join(ROOT, 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
/** A UI string as a pattern: its {{placeholders}} match anything. */
const pattern = (text: string) =>
  new RegExp(
    text
      .split(/\{\{\w+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+'),
  );

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

/** Opens search (unless it is open), types `query`, and waits until its results are drawn. */
async function search(page: Page, query: string) {
  if (!(await page.getByRole('dialog').isVisible()))
    await page.getByRole('button', { name: /^(Tìm kiếm|Search)$/ }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('site-search [role=status]')?.textContent ?? '';
      return status.includes(`“${q}”`) && !document.querySelector('site-search ol.results')?.hasAttribute('aria-busy');
    },
    query,
    { timeout: 30_000 },
  );
  return {
    status: (await page.getByRole('dialog').getByRole('status').textContent()) ?? '',
    results: page.locator('site-search ol.results > li'),
  };
}

describe('search results', () => {
  it.each([
    ['/', '59/2022/ND-CP'],
    ['/', 'dinh danh dien tu'],
    ['/en/', 'electronic identification'],
  ])('show titles and excerpts, never the pages’ internal search fields: %s %s', async (path, query) => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}${path}`);
    const { results } = await search(page, query);
    const texts = await results.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toMatch(/\b(fold|keys|keywords)\s*:/i);
      // Number keys (nd59x2022, so6) exist only for the index.
      expect(text).not.toMatch(/\b(so|nd|qd|tt|nq|ct|cv|cd|tb|luat)\d+(x\d{4})?\b/);
    }
    await context.close();
  });

  it.each([
    ['vi', '/', 'dinh danh'],
    ['en', '/en/', 'identity'],
  ] as const)('speak the page’s language (%s)', async (lang, path, query) => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}${path}`);
    const { status } = await search(page, query);
    const own = strings(lang);
    const other = strings(lang === 'vi' ? 'en' : 'vi');
    expect(status).toMatch(pattern(own['search.results']));
    expect(status).not.toMatch(pattern(other['search.results']));
    await expect.poll(() => page.getByRole('dialog').locator('summary').textContent()).toBe(own['search.filters']);
    await context.close();
  });

  it.each([
    ['vi', '/', 'xin lý lịch tư pháp trên điện thoại để đi xuất khẩu lao động'],
    ['en', '/en/', 'how do i get a criminal record on my phone to work abroad'],
  ] as const)('answer a question no page has every word of, and say so (%s)', async (lang, path, query) => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}${path}`);
    const { status, results } = await search(page, query);
    const own = strings(lang);
    expect(status).toMatch(
      new RegExp(`${pattern(own['search.partialOnly']).source}|${pattern(own['search.partialAfter']).source}`),
    );
    expect(await results.count()).toBeGreaterThan(0);
    // A page holding only some of the words says how many, further down if need be.
    const more = page.getByRole('dialog').getByRole('button', { name: own['search.more'] });
    while ((await results.locator('.matched').count()) === 0 && (await more.isVisible())) {
      const shown = await results.count();
      await more.click();
      await expect.poll(() => results.count()).toBeGreaterThan(shown);
    }
    expect(await results.locator('.matched').first().textContent()).toMatch(pattern(own['search.matched']));
    await context.close();
  });

  it('announce the count in a polite live region', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}/`);
    const { status } = await search(page, 'căn cước');
    const region = page.getByRole('dialog').getByRole('status');
    expect(await region.getAttribute('aria-live')).not.toBe('off');
    expect(await region.getAttribute('role')).toBe('status');
    expect(status).toMatch(/^\d+ /);
    await context.close();
  });

  it('are reached from the box with the arrow keys, and back', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}/`);
    await page.keyboard.press('Control+k');
    const { results } = await search(page, 'vneid');
    const focused = () =>
      page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.tagName,
      );
    await page.getByRole('dialog').getByRole('searchbox').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(await results.first().locator('a').first().getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focused()).not.toBe('INPUT');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('INPUT');
    await context.close();
  });

  it('start near the top of a phone’s screen: the filters are folded', async () => {
    const { page, context } = await h.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${h.origin}/`);
    const { results } = await search(page, 'dinh danh');
    const filters = page.getByRole('dialog').locator('details.filters');
    expect(await filters.isVisible()).toBe(true);
    expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const box = await results.first().boundingBox();
    expect(box!.y).toBeLessThan(640 / 2);
    // Unfolded, they filter.
    await filters.locator('summary').click();
    expect(await filters.getByRole('checkbox').count()).toBeGreaterThan(1);
    await context.close();
  });

  it('filter by kind of page', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}/`);
    const { results } = await search(page, 'dinh danh');
    await page.getByRole('dialog').locator('summary').click();
    await page
      .getByRole('dialog')
      .getByRole('checkbox', { name: strings('vi')['pageKind.documents'] })
      .check();
    await page.waitForFunction(
      () => !document.querySelector('site-search ol.results')?.hasAttribute('aria-busy'),
      null,
      { timeout: 30_000 },
    );
    const hrefs = await results.locator(':scope > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(`/${KINDS.documents.section}/`))).toEqual([]);
    await context.close();
  });

  it('pass axe with the dialog open and results shown', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.origin}/`);
    await search(page, 'làm sao đi khám bệnh bằng căn cước');
    await page.getByRole('dialog').locator('summary').click();
    await injectAxe(page);
    const result = await page.evaluate(
      (tags) => (window as any).axe.run(document, { runOnly: tags, resultTypes: ['violations'] }),
      WCAG,
    );
    expect((result.violations as Array<{ id: string }>).map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('npm start', () => {
  it('serves a site whose search finds pages', async () => {
    // `npm start`, as package.json runs it, pointed at the test build (its search index is there).
    // Without Vitest's variables, as a reader's shell runs it: Astro's dev server serves no page
    // when it sees VITEST.
    const [program, ...args] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start.split(
      ' ',
    ) as string[];
    expect(program).toBe('node');
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
    );
    const server = spawn(process.execPath, [...args, '--outDir', SITE_DIR, '--port', '0'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = new Promise<string>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const local = /Local\s+(http:\/\/\S+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
        if (local) resolve(local[1]);
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
    });
    const browser = await launchBrowser();
    try {
      const origin = new URL(await url).origin;
      expect(output).toMatch(/search uses the index of the last build/);
      const page = await (await browser.newContext()).newPage();
      // The dev server's first visit makes Vite bundle dependencies and reload the page once.
      await page.goto(`${origin}/`, { waitUntil: 'networkidle', timeout: 90_000 });
      await page.goto(`${origin}/`, { waitUntil: 'networkidle', timeout: 90_000 });
      const { results } = await search(page, 'dinh danh');
      expect(await results.count()).toBeGreaterThan(0);
    } finally {
      await browser.close();
      server.kill('SIGTERM');
    }
  }, 180_000);
});
