// The benefits overview (/quyen-loi/) is derived from the benefit entries: each concrete benefit
// once, in the group its audience and confidence put it in, so a new entry appears without any
// page being edited. Pure: the component renders what this returns.
import type { BenefitData, Bilingual, Locale } from './schemas.ts';

export type OverviewGroup = 'people' | 'organisations' | 'unconfirmed';
/** In page order; the ids are the section anchors readers may already have linked. */
export const OVERVIEW_GROUPS: Record<OverviewGroup, string> = {
  people: 'hom-nay',
  organisations: 'doanh-nghiep',
  unconfirmed: 'chua-xac-nhan',
};

interface Entry {
  id: string;
  data: BenefitData;
}

/** Which group a concrete benefit belongs in: not confirmed first, then who it is for. */
export function groupOf(data: BenefitData): OverviewGroup {
  if (data.confidence === 'unconfirmed') return 'unconfirmed';
  return data.audience.some((a) => a === 'cong-dan' || a === 'nguoi-nuoc-ngoai') ? 'people' : 'organisations';
}

/** The first sentence of a summary: the overview's one line. */
export function firstSentence(text: Bilingual, locale: Locale): string {
  const trimmed = text[locale].trim();
  // A sentence ends at a full stop followed by a space and a capital (not "01/07/2024." inside a date).
  const end = trimmed.search(/(?<!\bTP)[.!?](?=\s+\p{Lu})/u);
  return end === -1 ? trimmed : trimmed.slice(0, end + 1);
}

/** The concrete benefits by group, each group in page order; within a group, the ones with an
 *  everyday guide first (what a reader can act on today), then by title. */
export function overview(benefits: Entry[], locale: Locale): Array<{ group: OverviewGroup; entries: Entry[] }> {
  const concrete = benefits.filter((b) => !b.data.key);
  return (Object.keys(OVERVIEW_GROUPS) as OverviewGroup[])
    .map((group) => ({
      group,
      entries: concrete
        .filter((b) => groupOf(b.data) === group)
        .sort(
          (a, b) =>
            Number(!a.data.guide) - Number(!b.data.guide) ||
            a.data.title[locale].localeCompare(b.data.title[locale], locale),
        ),
    }))
    .filter((g) => g.entries.length > 0);
}
