// The responsibility matrix on a 360 px phone: a keyboard user narrows it to one merged ministry
// and sees its tasks, its roles and who carries them on; the page passes axe (WCAG 2.2 AA rules)
// before and after, and does not scroll sideways. An old link to a province's view leads to that
// province's own page. On a wide screen the table scrolls in
// its own region with the agency column held in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, type Harness, injectAxe } from './harness.ts';
import { ROOT } from '../site.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

async function axeViolations(page: Page) {
  await injectAxe(page);
  const result = await page.evaluate(() =>
    (window as any).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }),
  );
  return (result.violations as Array<{ id: string; nodes: Array<{ target: unknown }> }>).map((v) => ({
    id: v.id,
    targets: v.nodes.map((n) => n.target),
  }));
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the responsibility matrix on a phone', () => {
  let page: Page;

  beforeAll(async () => {
    // axe goes in as an inline script, which the page's Content-Security-Policy rightly blocks.
    ({ page } = await harness.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true }));
    await page.goto('/nhiem-vu/ma-tran/');
  });

  it('shows a card per agency instead of the wide table, without sideways scrolling', async () => {
    const table = page.getByRole('table', { includeHidden: true });
    expect(await table.count()).toBe(1);
    expect(await table.isVisible()).toBe(false);
    const card = page.getByRole('heading', { name: 'Ủy ban nhân dân cấp tỉnh', level: 3 });
    expect(await card.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('narrows to a merged ministry with the keyboard and shows its tasks, through its group too', async () => {
    const select = page.getByRole('combobox', { name: 'Xem nhiệm vụ của một cơ quan' });
    await select.focus();
    const target = await select.evaluate((el: HTMLSelectElement) =>
      [...el.options].findIndex((o) => o.value === 'bo-thong-tin-va-truyen-thong'),
    );
    expect(target).toBeGreaterThan(0);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('bo-thong-tin-va-truyen-thong');

    const panel = page.getByRole('region', { name: 'Nhiệm vụ của Bộ Thông tin và Truyền thông (đến 2025)' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    // Who carries its tasks on since the 2025 merger.
    expect(text).toContain('Bộ Khoa học và Công nghệ');
    expect(text).toContain('qua nhóm Các bộ, cơ quan ngang bộ');
    const keys = await panel.locator('li > a:first-child').filter({ visible: true }).allInnerTexts();
    expect(keys).toEqual(expect.arrayContaining(['A1', 'L1', 'L2', 'I1.1', 'I3.2']));

    // Only that agency: the full matrix is gone, and the choice is in the address.
    const leadCard = page.getByRole('heading', { name: 'Bộ Công an', level: 3, includeHidden: true });
    expect(await leadCard.count()).toBe(1);
    expect(await leadCard.isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('co-quan')).toBe('bo-thong-tin-va-truyen-thong');
    expect(await page.getByRole('status').innerText()).toContain('23 nhiệm vụ');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('matrix-agency');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    expect(await axeViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-360.png') });
  });

  it('sends a province, which has no row of its own, to its own page', async () => {
    await page.goto('/nhiem-vu/ma-tran/?co-quan=ha-giang');
    const link = page.getByRole('link', { name: 'mở trang của cơ quan' });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('/co-quan/ha-giang/');
    // The full matrix stays: the province's group row is in it.
    expect(await page.getByRole('heading', { name: 'Ủy ban nhân dân cấp tỉnh', level: 3 }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the responsibility matrix on a wide screen', () => {
  it('scrolls the table inside its own region, keeping the agency column in view', async () => {
    const { page } = await harness.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto('/en/nhiem-vu/ma-tran/');
    const region = page.getByRole('region', { name: /Responsibility matrix/ });
    expect(await page.getByRole('table').isVisible()).toBe(true);
    const card = page.getByRole('heading', { name: "Provincial People's Committees", level: 3, includeHidden: true });
    expect(await card.count()).toBe(1);
    expect(await card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    // A keyboard user scrolls the region itself.
    await region.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const header = page.getByRole('rowheader', { name: /^Ministry of Public Security/ }).first();
    const [regionBox, headerBox] = await Promise.all([region.boundingBox(), header.boundingBox()]);
    expect(Math.abs(headerBox!.x - regionBox!.x)).toBeLessThan(2);
  });
});
