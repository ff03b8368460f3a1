// The infrastructure pages as built: every I item on the overview with its legal basis linked to
// the registry, the security-level page honest about what it does not know, and the checklist
// complete as plain HTML (what a reader without JavaScript, or a printer, gets).
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_TASKS } from '../src/lib/seed.ts';
import { ANSWERS, CHECKLIST_ITEMS } from '../src/lib/checklist.ts';
import { ROOT, page, text } from './site.ts';

const task = (id: string) => parseYaml(readFileSync(join(ROOT, 'content', 'tasks', `${id}.yaml`), 'utf8'));
const I_ITEMS = SEED_TASKS.filter((id) => id.startsWith('i'));
const LOCALES = [
  { prefix: '/', locale: 'vi' },
  { prefix: '/en/', locale: 'en' },
] as const;

describe('the infrastructure overview', () => {
  describe.each(LOCALES)('at $prefix', ({ prefix, locale }) => {
    const overview = page(`${prefix}ha-tang/`);
    const main = overview.querySelector('main')!;

    it.each(I_ITEMS)('shows %s with its meaning and a link to each of its registry documents', (id) => {
      const data = task(id);
      const block = main.querySelector(`[data-task="${id}"]`);
      expect(block, `no block for ${id}`).not.toBeNull();
      const hrefs = block!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      const registryLinks = hrefs.filter((h) => h?.startsWith(`${prefix}van-ban/`));
      expect(registryLinks.length).toBeGreaterThanOrEqual(1);
      for (const doc of data.legalBasis) expect(hrefs).toContain(`${prefix}van-ban/${doc}/`);
      expect(text(block)).toContain(data.meaning[locale].replace(/\s+/g, ' ').trim());
      expect(hrefs).toContain(`${prefix}nhiem-vu/${id}/`);
    });

    it('shows each cited document with its computed status', () => {
      // Its legal basis, plus any document whose entry says it serves the item: each with one status.
      const listed = main.querySelectorAll('[data-task="i3-1"] ul.infra-docs li');
      expect(listed.length).toBeGreaterThanOrEqual(task('i3-1').legalBasis.length);
      for (const li of listed) expect(li.querySelectorAll('.status'), text(li)).toHaveLength(1);
    });

    it('says plainly that only the table of contents of guidance 1552 has been read', () => {
      const aside = text(main.querySelector('#huong-dan-1552 ~ aside'));
      expect(aside).toMatch(locale === 'vi' ? /mục lục/ : /table of contents/);
      expect(text(main)).toMatch(
        locale === 'vi' ? /mạng và\s+đường truyền kết nối/ : /network infrastructure and connection lines/,
      );
    });

    it('gives the later guidance: the 2025 IOC letter, the level-3 circular and the signature terms', () => {
      const later = main.querySelector('#sau-2022 + p + ul')!;
      const hrefs = later.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const doc of ['cv-1709-bkhcn-cdsqg', 'tt-46-2022-bca', 'nd-68-2024', 'nd-23-2025', 'luat-20-2023-qh15']) {
        expect(hrefs).toContain(`${prefix}van-ban/${doc}/`);
      }
      expect(text(later)).toContain('chữ ký số chuyên dùng công vụ');
    });

    it('marks the staffing item’s legal basis as our reading, as its entry does', () => {
      expect(task('i3-2').unverified).toContain('legalBasis');
      expect(text(main.querySelector('[data-task="i3-2"] .unverified'))).not.toBe('');
    });
  });
});

describe('the security-level page', () => {
  it.each(LOCALES)('at $prefix lists five levels and says the criteria are not described', ({ prefix, locale }) => {
    const main = page(`${prefix}ha-tang/cap-do-an-toan/`).querySelector('main')!;
    const rows = main.querySelectorAll('table tbody tr');
    expect(rows).toHaveLength(5);
    for (const row of rows)
      expect(text(row.querySelectorAll('td')[1])).toBe(
        locale === 'vi' ? 'Nguồn chưa mô tả' : 'Not described in the sources',
      );
    expect(text(main)).toMatch(locale === 'vi' ? /từ cấp độ 3\s+trở lên/ : /level 3 or higher/);
    expect(text(main)).toMatch(locale === 'vi' ? /đoạn trích bị cắt/ : /excerpt is cut off/);
    const hrefs = main.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const doc of ['nd-85-2016', 'tt-12-2022-btttt', 'tt-46-2022-bca'])
      expect(hrefs).toContain(`${prefix}van-ban/${doc}/`);
  });
});

describe('the self-assessment checklist without JavaScript', () => {
  describe.each(LOCALES)('at $prefix', ({ prefix }) => {
    const main = page(`${prefix}ha-tang/tu-danh-gia/`).querySelector('main')!;

    it('has a question for each of the eleven I sub-items, grouped under I1, I2 and I3', () => {
      const fieldsets = main.querySelectorAll('fieldset[data-sa-item]');
      expect(fieldsets.map((f) => f.getAttribute('data-sa-item'))).toEqual([...CHECKLIST_ITEMS]);
      for (const group of ['i1', 'i2', 'i3']) {
        const inGroup = main
          .querySelectorAll(`section[data-group="${group}"] fieldset`)
          .map((f) => f.getAttribute('data-sa-item'));
        expect(inGroup).toEqual(CHECKLIST_ITEMS.filter((id) => id.startsWith(`${group}-`)));
      }
    });

    it.each([...CHECKLIST_ITEMS])('item %s is a labelled question with four answers and a note box', (id) => {
      const fieldset = main.querySelector(`fieldset[data-sa-item="${id}"]`)!;
      const legend = text(fieldset.querySelector('legend'));
      expect(legend).toMatch(new RegExp(`^${task(id).key.replace('.', '\\.')} .+\\?$`));
      const radios = fieldset.querySelectorAll('input[type="radio"]');
      expect(radios.map((r) => r.getAttribute('value'))).toEqual([...ANSWERS]);
      for (const r of radios) {
        expect(r.getAttribute('name')).toBe(`answer-${id}`);
        expect(r.hasAttribute('checked')).toBe(false);
        expect(text(r.parentNode as any)).not.toBe('');
      }
      const note = fieldset.querySelector('textarea')!;
      expect(fieldset.querySelector(`label[for="${note.getAttribute('id')}"]`)).not.toBeNull();
      expect(text(note)).toBe('');
    });

    it('keeps export, import and the summary hidden until the script runs, and submits nothing', () => {
      expect(main.querySelector('[data-sa-tools]')!.hasAttribute('hidden')).toBe(true);
      expect(main.querySelector('[data-sa-summary]')!.hasAttribute('hidden')).toBe(true);
      expect(main.querySelectorAll('form')).toHaveLength(0);
      expect(main.querySelector('[role="alert"]')).not.toBeNull();
    });
  });
});
