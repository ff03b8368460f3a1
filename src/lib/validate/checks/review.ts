// Freshness and certainty: warnings, never errors. Entries and pages not reviewed for twelve
// months; pages whose cited documents changed status since their review; unconfirmed entries.
import type { Context } from '../context.ts';
import { at, atPageFrontmatter } from '../context.ts';
import type { Finding } from '../types.ts';
import { addMonths } from '../../dates.ts';
import { statusOf } from '../../graph.ts';
import { uiText } from '../../ui-text.ts';

export function checkReview(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const stale = addMonths(ctx.asOf, -12);
  for (const [collection, list] of Object.entries(ctx.graph.content)) {
    for (const entry of list as Array<{ id: string; data: any }>) {
      const file = ctx.files.get(`${collection}/${entry.id}`)!;
      if (entry.data.reviewed && entry.data.reviewed < stale) {
        findings.push(
          at(
            file,
            ['reviewed'],
            'warning',
            'stale',
            `not reviewed since ${entry.data.reviewed} (over 12 months)`,
            'check the entry against its sources and update "reviewed:"',
          ),
        );
      }
      if (entry.data.confidence === 'unconfirmed') {
        findings.push(
          at(
            file,
            ['confidence'],
            'warning',
            'unconfirmed',
            'the entry is marked unconfirmed and shows as "chưa xác minh"',
            'add a source that confirms it, or leave it marked',
          ),
        );
      }
    }
  }
  for (const page of ctx.pages) {
    const fm = page.frontmatter as { reviewed?: string | Date; cites?: string[] } | undefined;
    if (!fm) continue;
    const reviewed = fm.reviewed instanceof Date ? fm.reviewed.toISOString().slice(0, 10) : fm.reviewed;
    if (reviewed && reviewed < stale) {
      findings.push(
        atPageFrontmatter(
          page,
          ['reviewed'],
          'warning',
          'stale',
          `not reviewed since ${reviewed} (over 12 months)`,
          'read the page again and update "reviewed:"',
        ),
      );
    }
    if (!reviewed) continue;
    (fm.cites ?? []).forEach((id, i) => {
      if (!ctx.graph.documents.has(id)) return;
      const then = statusOf(ctx.graph, id, reviewed);
      const now = statusOf(ctx.graph, id, ctx.asOf);
      if (then.status !== now.status) {
        findings.push(
          atPageFrontmatter(
            page,
            ['cites', i],
            'warning',
            'cited-status-changed',
            `${id} changed status after the page was reviewed (${uiText('vi')(`status.${then.status}`)} → ${uiText('vi')(`status.${now.status}`)})`,
            'check what the page says about it, then update "reviewed:"',
          ),
        );
      }
    });
  }
  return findings;
}
