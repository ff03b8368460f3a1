// The editors' and re-users' pages in a real browser: no WCAG 2.2 AA violation that axe can find,
// the wide field tables scroll by keyboard, and the footer's review date is read as a date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, injectAxe } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe.each(['/tham-chieu-du-lieu/', '/en/tham-chieu-du-lieu/', '/du-lieu-mo/', '/en/du-lieu-mo/'])('%s', (url) => {
  it('has no accessibility violation axe can find (WCAG 2.2 AA)', async () => {
    const { page, context } = await harness.newPage();
    try {
      await page.goto(url);
      await injectAxe(page);
      const violations = await page.evaluate(async () => {
        // The page's own content; the site header (search) is shared by every page.
        const result = await (window as any).axe.run('main', {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        });
        return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the schema reference', () => {
  it('lets a keyboard user reach and scroll each field table', async () => {
    const { page, context } = await harness.newPage({ viewport: { width: 390, height: 800 } });
    try {
      await page.goto('/tham-chieu-du-lieu/');
      const region = page.getByRole('region', { name: 'Các trường: Văn bản' });
      await region.focus();
      await expect(region.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const before = await region.evaluate((el) => el.scrollLeft);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      // Chromium animates a keyboard scroll: read the position once the animation has moved it.
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
      await expect(page.getByRole('heading', { name: 'Văn bản', level: 2 }).isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});
