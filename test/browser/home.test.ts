// The home page on a phone: the ways in (for citizens, for officials, for editors) are the first
// thing a reader sees, without scrolling, at the size of a small phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const PHONE = { width: 360, height: 640 };

describe('the home page at 360 × 640', () => {
  it.each(['/', '/en/'])('%s shows every door and its links on the first screen', async (path) => {
    const { page, context } = await h.newPage({ viewport: PHONE });
    await page.goto(path);
    // The doors are the page's first list, ahead of what Project 06 is and the slide.
    const doors = await page.evaluate(() => {
      const list = document.querySelector('main .sl-markdown-content > ul');
      const firstHeading = document.querySelector('main .sl-markdown-content > h2');
      return {
        beforeHeadings: Boolean(
          list && firstHeading && list.compareDocumentPosition(firstHeading) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
        items: [...(list?.children ?? [])].map((li) => ({
          text: (li.textContent ?? '').trim().slice(0, 40),
          links: [...li.querySelectorAll('a')].map((a) => {
            const r = a.getBoundingClientRect();
            return { href: a.getAttribute('href'), top: r.top, bottom: r.bottom, width: r.width };
          }),
        })),
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(doors.beforeHeadings, 'the doors come before the first section').toBe(true);
    expect(doors.items.length, 'three ways in').toBeGreaterThanOrEqual(3);
    for (const door of doors.items) {
      expect(door.links.length, door.text).toBeGreaterThan(0);
      for (const link of door.links) {
        expect(link.top, `${door.text} → ${link.href}`).toBeGreaterThanOrEqual(0);
        expect(link.bottom, `${door.text} → ${link.href} is below the first screen`).toBeLessThanOrEqual(PHONE.height);
        expect(link.width, `${link.href} is visible`).toBeGreaterThan(0);
      }
    }
    // Nothing pushes the page sideways on a small phone.
    expect(doors.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});
