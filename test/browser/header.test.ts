// What every reader meets whatever page they open: the header's theme and language selectors,
// whole at every width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

/** Each visible header select's chosen label, with the width it needs and the width it has. */
function selectFits(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLSelectElement>('starlight-theme-select select, starlight-lang-select select')]
      .filter((select) => select.getClientRects().length > 0)
      .map((select) => {
        const style = getComputedStyle(select);
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.style.whiteSpace = 'pre';
        probe.textContent = select.selectedOptions[0].text;
        document.body.append(probe);
        const needs = probe.getBoundingClientRect().width;
        probe.remove();
        const has = select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
        return { label: probe.textContent, needs: Math.ceil(needs), has: Math.floor(has) + 1 };
      }),
  );
}

describe('the header', () => {
  it.each([360, 768, 1280])(
    'shows the whole label of the theme and language selectors at %i px, in both languages',
    async (width) => {
      const { page, context } = await h.newPage({ viewport: { width, height: 800 } });
      for (const path of ['/', '/en/']) {
        await page.goto(path);
        // On narrow screens the selectors are in the menu.
        const menu = page.locator('button[popovertarget="starlight__sidebar"]');
        if (await menu.isVisible()) await menu.click();
        const selects = await selectFits(page);
        expect(selects.length, `${path} at ${width} px`).toBe(2);
        for (const s of selects) expect(s.needs, `"${s.label}" on ${path} at ${width} px`).toBeLessThanOrEqual(s.has);
      }
      await context.close();
    },
  );
});
