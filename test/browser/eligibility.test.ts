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

/** Where the results heading is, and whether it has the focus. */
const resultsHeading = (page: Page) =>
  page.evaluate(() => {
    const heading = document.querySelector('.eligibility-results h3')!;
    const { top, bottom } = heading.getBoundingClientRect();
    return { focused: document.activeElement === heading, top, bottom, viewport: window.innerHeight };
  });

describe('Tôi dùng được gì? (keyboard only)', () => {
  it('a 10-year-old citizen with a thẻ căn cước is told what to do next, with the guide, citing Decree 69/2024 Article 7; axe finds no WCAG 2.2 AA violation', async () => {
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
    expect((await focused(page)).name).toBe('phone');
    await page.keyboard.press('Space'); // has a smartphone

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xem kết quả');
    await page.keyboard.press('Enter');

    const results = page.getByRole('region', { name: 'Kết quả' });
    expect(await results.locator('[aria-live="polite"]').count()).toBe(1);
    await expect
      .poll(() => results.textContent())
      .toContain(
        'Kết quả cho: công dân Việt Nam, 10 tuổi, có thẻ căn cước, chưa có tài khoản định danh điện tử, có điện thoại thông minh',
      );
    // The reader is taken to the answer: the results heading has the focus and is in view.
    const heading = await resultsHeading(page);
    expect(heading.focused).toBe(true);
    expect(heading.top).toBeGreaterThanOrEqual(0);
    expect(heading.bottom).toBeLessThanOrEqual(heading.viewport);

    for (const benefit of ['tai-khoan-dinh-danh-muc-1', 'tai-khoan-dinh-danh-muc-2']) {
      const item = results.locator(`li[data-benefit="${benefit}"]`);
      expect(await item.locator('.result-verdict').textContent()).toBe('Dùng được sau các bước dưới đây');
      expect(await item.textContent()).toContain('Công dân từ 6 đến dưới 14 tuổi có thẻ căn cước');
      expect(await item.locator('.result-steps li').first().textContent()).toContain('Cha, mẹ hoặc người giám hộ');
      const rule = item.getByRole('link', { name: 'Nghị định 69/2024/NĐ-CP, Điều 7' });
      expect(await rule.getAttribute('href')).toBe('/van-ban/nd-69-2024/');
    }
    // The level-2 benefits come after the account, whose step links the level-2 guide.
    const papers = results.locator('li[data-benefit="giay-to-tich-hop-vneid"]');
    expect(await papers.locator('.result-verdict').textContent()).toBe('Dùng được sau các bước dưới đây');
    const guide = papers.locator('.result-steps').getByRole('link', {
      name: 'Hướng dẫn: Làm và kích hoạt tài khoản định danh điện tử mức 2',
    });
    expect(await guide.getAttribute('href')).toBe('/huong-dan/tai-khoan-dinh-danh-muc-2/');
    // Its own guide too.
    expect(await papers.locator('.result-guide a').getAttribute('href')).toBe('/huong-dan/giay-to-tren-vneid/');

    // The answers are in the address: a reload shows the same results.
    expect(new URL(page.url()).search).toBe('?who=citizen&age=10&card=the-can-cuoc&level=0&phone=yes');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect
      .poll(() => results.textContent())
      .toContain('Kết quả cho: công dân Việt Nam, 10 tuổi, có thẻ căn cước');
    expect(await page.getByRole('radio', { name: 'Thẻ căn cước (cấp từ 01/07/2024)' }).isChecked()).toBe(true);

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
    for (const name of ['age', 'level', 'phone']) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe(name);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show results');
    await page.keyboard.press('Space');

    const results = page.getByRole('region', { name: 'Results' });
    await expect.poll(() => results.textContent()).toContain('Please answer these questions:');
    expect(await results.getByRole('listitem').allTextContents()).toEqual([
      'How old are you?',
      'Do you have an electronic identity account in VNeID?',
      'Do you have a smartphone that can run the VNeID app?',
    ]);
    expect((await focused(page)).name).toBe('age');
    await context.close();
  });
});

describe('Tôi dùng được gì? on a phone (360 × 640)', () => {
  it('a shared link shows the answer; a new answer brings the results heading into view', async () => {
    const { page, context } = await harness.newPage({ viewport: { width: 360, height: 640 }, hasTouch: true });
    // A parent's link for a 4-year-old without a card or a smartphone.
    await page.goto('/en/quyen-loi/toi-dung-duoc-gi/?who=citizen&age=4&card=none&level=0&phone=no', {
      waitUntil: 'domcontentloaded',
    });
    const results = page.getByRole('region', { name: 'Results' });
    await expect.poll(() => results.textContent()).toContain('Results for: a Vietnamese citizen, aged 4, ');
    const insurance = results.locator('li[data-benefit="bhyt-bang-cccd-vneid"]');
    expect(await insurance.locator('.result-verdict').textContent()).toBe('You can, after the steps below');
    expect(await insurance.locator('.result-steps').textContent()).toContain('A parent opens their own VssID app');
    const papers = results.locator('li[data-benefit="giay-to-tich-hop-vneid"]');
    expect(await papers.locator('.result-verdict').textContent()).toBe('Not for you');
    expect(await papers.textContent()).toContain('needs a smartphone with the VNeID app');

    // Now a foreigner with a residence card, answered by tapping.
    await page
      .getByRole('radio', { name: 'A foreigner with a Vietnamese permanent or temporary residence card' })
      .tap();
    await page.getByRole('spinbutton').fill('30');
    await page.getByRole('radio', { name: 'Yes, level 2' }).tap();
    await page.getByRole('radio', { name: 'Yes', exact: true }).tap();
    await page.getByRole('button', { name: 'Show results' }).tap();
    await expect.poll(() => results.textContent()).toContain('a foreigner with a residence card, aged 30');
    const heading = await resultsHeading(page);
    expect(heading.focused).toBe(true);
    expect(heading.top).toBeGreaterThanOrEqual(0);
    expect(heading.bottom).toBeLessThanOrEqual(640);
    const flying = results.locator('li[data-benefit="di-may-bay-bang-vneid"]');
    expect(await flying.locator('.result-verdict').textContent()).toBe('You can use this now');
    expect(new URL(page.url()).searchParams.get('who')).toBe('foreign-card');
    // A foreigner is not asked about the citizen's card, and the address does not keep it.
    expect(new URL(page.url()).searchParams.has('card')).toBe(false);
    await context.close();
  });
});
