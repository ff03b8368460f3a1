// Freshness and certainty: warnings, never errors. Entries and pages not reviewed for twelve
// months; pages whose cited documents changed status since their review; unconfirmed entries.
// A review date after today is an error: it would never turn stale.
import type { Context } from '../context.ts';
import { at, atPageFrontmatter } from '../context.ts';
import type { Draft } from '../types.ts';
import type { Locale } from '../../schemas.ts';
import { addMonths } from '../../dates.ts';
import { statusOf } from '../../graph.ts';
import { uiText, type UiKey } from '../../ui-text.ts';

export function checkReview(ctx: Context): Draft[] {
  const findings: Draft[] = [];
  const stale = addMonths(ctx.asOf, -12);
  // A review cannot be later than today. AS_OF may lie in the past (reproducible builds and tests
  // compute statuses at a fixed day), and a review made since is no mistake.
  const today = new Date().toISOString().slice(0, 10);
  const latest = ctx.asOf > today ? ctx.asOf : today;
  for (const [collection, list] of Object.entries(ctx.graph.content)) {
    for (const entry of list as Array<{ id: string; data: any }>) {
      const file = ctx.files.get(`${collection}/${entry.id}`)!;
      const reviewed = entry.data.reviewed as string | undefined;
      if (reviewed && reviewed > latest)
        findings.push(at(file, ['reviewed'], 'error', 'impossible-date.future-review', { reviewed, today: latest }));
      else if (reviewed && reviewed < stale) findings.push(at(file, ['reviewed'], 'warning', 'stale', { reviewed }));
      if (entry.data.confidence === 'unconfirmed') findings.push(at(file, ['confidence'], 'warning', 'unconfirmed'));
    }
  }
  for (const page of ctx.pages) {
    const fm = page.frontmatter as { reviewed?: string | Date; cites?: string[] } | undefined;
    if (!fm) continue;
    const reviewed = fm.reviewed instanceof Date ? fm.reviewed.toISOString().slice(0, 10) : fm.reviewed;
    if (reviewed && reviewed > latest)
      findings.push(
        atPageFrontmatter(page, ['reviewed'], 'error', 'impossible-date.future-review', { reviewed, today: latest }),
      );
    else if (reviewed && reviewed < stale)
      findings.push(atPageFrontmatter(page, ['reviewed'], 'warning', 'stale.page', { reviewed }));
    if (!reviewed) continue;
    (fm.cites ?? []).forEach((id, i) => {
      if (!ctx.graph.documents.has(id)) return;
      const then = statusOf(ctx.graph, id, reviewed);
      const now = statusOf(ctx.graph, id, ctx.asOf);
      if (then.status !== now.status) {
        const word = (status: string) =>
          Object.fromEntries(
            (['vi', 'en'] as Locale[]).map((l) => [l, uiText(l)(`status.${status}` as UiKey)]),
          ) as Record<Locale, string>;
        findings.push(
          atPageFrontmatter(page, ['cites', i], 'warning', 'cited-status-changed', {
            id,
            then: word(then.status),
            now: word(now.status),
          }),
        );
      }
    });
  }
  return findings;
}
