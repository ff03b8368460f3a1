// "Tôi dùng được gì?" in a real browser: answered with the keyboard alone, read back as a user
// hears it, checked with axe-core, and loading nothing from any other host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness, injectAxe } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Opens a page and records every request that leaves the test server. */
async function open(url: string) {
  const { page, context } = await harness.newPage();
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(harness.origin) && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  // Module scripts run before DOMContentLoaded, so the form is live by then.
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, context, foreign };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { name: el?.getAttribute('name') ?? '', value: el?.value ?? '', tag: el?.tagName ?? '' };
  });

/** Presses Tab until the control named `name` has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).name === name) return;
  }
  throw new Error(`Tab never reached the control "${name}"`);
}

/**
 * Known and reported, outside this page: Starlight's own search button shows "Ctrl K" beside its
 * label, which its aria-label ("Tìm kiếm" / "Search") does not contain (WCAG 2.5.3). It is on every
 * page and needs a Starlight override in the site config; until then only that exact finding is set
 * aside, and everything else on the page must pass.
 */
const KNOWN_SITE_WIDE = [{ id: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

async function axeViolations(page: Page) {
  await injectAxe(page);
  const result: { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> } = await page.evaluate(() =>
    (window as any).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }),
  );
  return result.violations
    .map((v) => ({
      id: v.id,
      nodes: v.nodes
        .map((n) => n.target.join(' '))
        .filter((t) => !KNOWN_SITE_WIDE.some((k) => k.id === v.id && k.target === t)),
    }))
    .filter((v) => v.nodes.length > 0);
}

describe('Tôi dùng được gì? (keyboard only)', () => {
  it('a 10-year-old citizen with a thẻ căn cước gets level 1 and level 2 on request, citing Decree 69/2024 Article 7; axe finds no WCAG 2.2 AA violation', async () => {
    const { page, context, foreign } = await open('/quyen-loi/toi-dung-duoc-gi/');

    await tabTo(page, 'who');
    await page.keyboard.press('Space'); // the first choice: a Vietnamese citizen
    expect(await page.getByRole('radio', { name: 'Công dân Việt Nam' }).isChecked()).toBe(true);

    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('age');
    await page.keyboard.type('10');

    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('card');
    await page.keyboard.press('ArrowDown'); // CCCD…
    await page.keyboard.press('ArrowUp'); // …then back to the thẻ căn cước
    expect(await page.getByRole('radio', { name: 'Thẻ căn cước (cấp từ 01/07/2024)' }).isChecked()).toBe(true);

    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('level');
    await page.keyboard.press('Space'); // no account yet
    expect(await page.getByRole('radio', { name: 'Chưa có' }).isChecked()).toBe(true);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xem kết quả');
    await page.keyboard.press('Enter');

    const results = page.getByRole('region', { name: 'Kết quả' });
    expect(await results.locator('[aria-live="polite"]').count()).toBe(1);
    await expect
      .poll(() => results.textContent())
      .toContain('Kết quả cho: công dân Việt Nam, 10 tuổi, có thẻ căn cước');

    for (const benefit of ['tai-khoan-dinh-danh-muc-1', 'tai-khoan-dinh-danh-muc-2']) {
      const item = results.locator(`li[data-benefit="${benefit}"]`);
      expect(await item.locator('.result-status').textContent()).toBe('Có, nếu bạn yêu cầu');
      expect(await item.textContent()).toContain('Công dân từ 6 đến dưới 14 tuổi có thẻ căn cước');
      const rule = item.getByRole('link', { name: 'Nghị định 69/2024/NĐ-CP, Điều 7' });
      expect(await rule.getAttribute('href')).toBe('/van-ban/nd-69-2024/');
    }
    // Without an account yet, the level-2 benefits say what is missing.
    const papers = results.locator('li[data-benefit="giay-to-tich-hop-vneid"]');
    expect(await papers.locator('.result-status').textContent()).toBe('Chưa đủ điều kiện');
    expect(await papers.textContent()).toContain('Cần có: tài khoản định danh điện tử mức độ 2.');

    // One axe run covers the questions and the results together.
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('names the missing answers and puts the focus on the first one', async () => {
    const { page, context } = await open('/en/quyen-loi/toi-dung-duoc-gi/');
    await tabTo(page, 'who');
    await page.keyboard.press('ArrowDown'); // a foreigner with a residence card
    expect(
      await page
        .getByRole('radio', { name: 'A foreigner with a Vietnamese permanent or temporary residence card' })
        .isChecked(),
    ).toBe(true);
    // Foreigners are not asked about the citizen's card: that question is gone from the tab order.
    expect(await page.getByRole('group', { name: 'Which valid card do you have?' }).isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show results');
    await page.keyboard.press('Space');

    const results = page.getByRole('region', { name: 'Results' });
    await expect.poll(() => results.textContent()).toContain('Please answer these questions:');
    expect(await results.getByRole('listitem').allTextContents()).toEqual([
      'How old are you?',
      'Do you have an electronic identity account in VNeID?',
    ]);
    expect((await focused(page)).name).toBe('age');
    await context.close();
  });
});
