// The register's filters and sorting, driven with the keyboard only, and the plain table that
// readers without JavaScript get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness, injectAxe } from './harness.ts';
import { UNKNOWN } from '../../src/lib/table-filter.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Presses Tab until the element has focus, as a keyboard user would. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return;
  }
  throw new Error('never reached the control with Tab');
}

describe('the document register', () => {
  it('filters by status and sorts by date with the keyboard only', async () => {
    const { page, context } = await harness.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/van-ban/');

    const status = page.getByRole('combobox', { name: 'Tình trạng' });
    await expect(status.isVisible()).resolves.toBe(true);
    const rows = page.locator('table.documents tbody tr');
    const total = await rows.count();
    const ended = await page.locator('table.documents tbody tr[data-status="het-hieu-luc"]').count();
    expect(ended).toBeGreaterThan(1);

    await tabTo(page, () => status.evaluate((el) => el === document.activeElement));
    // Arrow keys step a closed select through its options; each step fires "change".
    for (let i = 0; i < 10 && (await status.inputValue()) !== 'het-hieu-luc'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await status.inputValue()).toBe('het-hieu-luc');

    const visible = page.locator('table.documents tbody tr:not([hidden])');
    await expect.poll(() => visible.count()).toBe(ended);
    const statuses = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.status));
    expect(new Set(statuses)).toEqual(new Set(['het-hieu-luc']));
    const count = page.locator('form.register-filters [aria-live="polite"]');
    expect(await count.textContent()).toBe(`Đang hiện ${ended} trên ${total} văn bản.`);

    const dateButton = page.getByRole('button', { name: 'Ngày ban hành' });
    await tabTo(page, () => dateButton.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    const header = page.locator('th[data-sort-key="issued"]');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const dates = () =>
      visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[3].dataset.sort ?? ''));
    const ascending = await dates();
    const known = ascending.filter(Boolean);
    expect(known).toEqual([...known].sort());
    // Unknown dates stay last whichever way the column is sorted.
    expect(ascending.slice(known.length).every((d) => d === '')).toBe(true);

    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await dates();
    expect(descending.filter(Boolean)).toEqual([...known].reverse());
    expect(descending.slice(known.length).every((d) => d === '')).toBe(true);
    // Sorting keeps the filter: still only the documents no longer in force.
    expect(await visible.count()).toBe(ended);

    expect(requests.filter((u) => !u.startsWith(harness.origin))).toEqual([]);
    await context.close();
  });

  it('keeps its filters in the page address, and restores them from it', async () => {
    const { page, context } = await harness.newPage();
    await page.goto('/van-ban/?status=het-hieu-luc&kind=nonsense');
    const status = page.getByRole('combobox', { name: 'Tình trạng' });
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('het-hieu-luc');
    // A value no option has is dropped, from the select and from the address.
    expect(await page.getByRole('combobox', { name: 'Loại văn bản' }).inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('?status=het-hieu-luc');
    const visible = page.locator('table.documents tbody tr:not([hidden])');
    const ended = page.locator('table.documents tbody tr[data-status="het-hieu-luc"]');
    expect(await visible.count()).toBe(await ended.count());

    const year = page.getByRole('combobox', { name: 'Năm ban hành' });
    // The year of a document no longer in force, so that both filters together keep a row.
    const chosen = (await visible.first().getAttribute('data-year')) || UNKNOWN;
    await year.selectOption(chosen);
    expect(new URL(page.url()).searchParams.get('year')).toBe(chosen);
    // The filters come back after a visit to one of the documents, and after a reload.
    await visible.first().getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname !== '/van-ban/');
    await page.goBack();
    await expect.poll(() => year.inputValue(), { timeout: 10_000 }).toBe(chosen);
    await page.reload();
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('het-hieu-luc');
    expect(await year.inputValue()).toBe(chosen);
    expect(
      await visible.evaluateAll((trs) => trs.every((tr) => (tr as HTMLElement).dataset.status === 'het-hieu-luc')),
    ).toBe(true);

    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => new URL(page.url()).search, { timeout: 10_000 }).toBe('');
    await context.close();
  });

  it('gives its table the width beside the sidebar, with no empty column for a table of contents', async () => {
    const { page, context } = await harness.newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of ['/van-ban/', '/en/van-ban/']) {
      await page.goto(path);
      expect(await page.locator('.right-sidebar-container').count(), path).toBe(0);
      const [table, beside] = await page.evaluate(() => [
        document.querySelector('.table-wrap')!.clientWidth,
        document.documentElement.clientWidth -
          document.querySelector('#starlight__sidebar')!.getBoundingClientRect().width,
      ]);
      // With a table of contents it had two thirds (632 of 980 px).
      expect(table, path).toBeGreaterThan(0.9 * beside);
    }
    await context.close();
  });

  it('shows the whole table and no dead controls without JavaScript', async () => {
    const { page, context } = await harness.newPage({ javaScriptEnabled: false });
    await page.goto('/en/van-ban/');
    expect(await page.locator('form.register-filters').isVisible()).toBe(false);
    const rows = page.locator('table.documents tbody tr');
    expect(await rows.count()).toBeGreaterThan(40);
    expect(await page.locator('table.documents tbody tr:not([hidden])').count()).toBe(await rows.count());
    expect(await page.locator('table.documents th button').count()).toBe(0);
    await context.close();
  });
});

describe('the registry pages', () => {
  it.each(['/van-ban/', '/van-ban/dong-thoi-gian/', '/en/van-ban/theo-doi-phap-ly/'])(
    '%s has no axe violations (WCAG 2.2 AA)',
    async (url) => {
      const { page, context } = await harness.newPage();
      await page.goto(url);
      await injectAxe(page);
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document.querySelector('main'), {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        });
        return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await context.close();
    },
  );
});
