// The page for an address that does not exist, in the reader's language, with the ways on. The
// test server answers unknown addresses with 404.html, as a static host does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import vi from '../../content/i18n/vi.json' with { type: 'json' };
import en from '../../content/i18n/en.json' with { type: 'json' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('an address that does not exist', () => {
  const ways = (page: Page) => page.locator('main ul.ways-on').first().getByRole('link');

  it('shows the Vietnamese page with the ways on, and the English way on', async () => {
    const { page, context } = await h.newPage();
    const response = await page.goto('/van-ban/khong-co-van-ban-nay/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').textContent()).toBe(vi['notFound.title']);
    const hrefs = await ways(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/', '/van-ban/', '/quyen-loi/toi-dung-duoc-gi/']);
    const english = page.locator('main section[lang="en"]');
    expect(await english.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/en/',
      '/en/van-ban/',
      '/en/quyen-loi/toi-dung-duoc-gi/',
    ]);
    // Every way on leads to a page that exists.
    for (const href of [...hrefs, '/en/']) expect((await page.request.get(href!)).status(), href!).toBe(200);
    await context.close();
  });

  it('shows the English page for an English address, even where the host has one 404 page', async () => {
    const { page, context } = await h.newPage();
    await page.goto('/en/van-ban/no-such-document/');
    await page.waitForURL('**/en/404/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(en['notFound.title']);
    expect(await ways(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/en/',
      '/en/van-ban/',
      '/en/quyen-loi/toi-dung-duoc-gi/',
    ]);
    expect(await page.locator('main section[lang="vi"]').count()).toBe(0);
    await context.close();
  });

  it('opens the search box from the page', async () => {
    const { page, context } = await h.newPage();
    await page.goto('/khong-co-trang-nay/');
    await page.getByRole('button', { name: vi['notFound.search'] }).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await context.close();
  });
});
