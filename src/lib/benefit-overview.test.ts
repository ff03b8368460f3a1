import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BenefitData } from './schemas.ts';
import { firstSentence, groupOf, overview } from './benefit-overview.ts';

const root = join(import.meta.dirname, '..', '..', 'content', 'benefits');
const real = readdirSync(root)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const raw = parse(readFileSync(join(root, f), 'utf8')) as Record<string, unknown>;
    // References are plain ids here; the schema's ref() needs Astro's content layer.
    const data = { pillarItems: [], legalBasis: [], ...raw } as unknown as BenefitData;
    return { id: f.slice(0, -5), data };
  });
const fake = (id: string, over: Partial<BenefitData>) => ({
  id,
  data: {
    title: { vi: id, en: id },
    audience: ['cong-dan'],
    summary: { vi: 'Một câu. Câu hai.', en: 'One. Two.' },
    pillarItems: [],
    legalBasis: [],
    sources: [],
    confidence: 'medium',
    ...over,
  } as BenefitData,
});

describe('the benefits overview', () => {
  it('lists every concrete benefit exactly once, and no slide item', () => {
    for (const locale of ['vi', 'en'] as const) {
      const listed = overview(real, locale).flatMap((g) => g.entries.map((e) => e.id));
      expect(listed.toSorted()).toEqual(
        real
          .filter((b) => !b.data.key)
          .map((b) => b.id)
          .toSorted(),
      );
    }
  });

  it('puts a new benefit in a group without any page being edited', () => {
    const added = [
      fake('moi-cho-nguoi-dan', {}),
      fake('moi-cho-doanh-nghiep', { audience: ['doanh-nghiep'] }),
      fake('moi-chua-xac-nhan', { confidence: 'unconfirmed' }),
    ];
    const groups = overview([...real, ...added], 'vi');
    const where = (id: string) => groups.find((g) => g.entries.some((e) => e.id === id))?.group;
    expect(['moi-cho-nguoi-dan', 'moi-cho-doanh-nghiep', 'moi-chua-xac-nhan'].map(where)).toEqual([
      'people',
      'organisations',
      'unconfirmed',
    ]);
  });

  it('lists the benefits with a guide first in their group', () => {
    for (const { entries } of overview(real, 'vi')) {
      const guided = entries.map((e) => Boolean(e.data.guide));
      expect(guided).toEqual(guided.toSorted((a, b) => Number(b) - Number(a)));
    }
  });

  it('is for people when anyone may use it, and for organisations only when no person may', () => {
    expect(groupOf(fake('x', { audience: ['nguoi-nuoc-ngoai', 'doanh-nghiep'] }).data)).toBe('people');
    expect(groupOf(fake('x', { audience: ['co-quan', 'doanh-nghiep'] }).data)).toBe('organisations');
  });

  it('shortens a summary to its first sentence, not cut at a date or "TP."', () => {
    expect(firstSentence({ vi: 'Từ 01/07/2024. Bạn làm được.', en: '' }, 'vi')).toBe('Từ 01/07/2024.');
    expect(firstSentence({ vi: 'Ở TP. Hồ Chí Minh có. Câu sau.', en: '' }, 'vi')).toBe('Ở TP. Hồ Chí Minh có.');
    expect(firstSentence({ vi: 'Chỉ một câu', en: '' }, 'vi')).toBe('Chỉ một câu');
  });
});
