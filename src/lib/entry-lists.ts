// Lists that belong to one entry and grow with the registry: the documents an agency issued, the
// members of a group, the units of a ministry, the documents that serve a task, the concrete
// benefits of a slide item. An entry's page shows the first PREVIEW of each; a longer list gets
// its own numbered pages under the entry (/co-quan/bo-cong-an/van-ban/, …/van-ban/trang/2/).
import { documentsForTask, documentsIssuedBy, benefitsOfItem, membersOf, type Graph } from './graph.ts';
import { entryUrl } from './routes.ts';
import type { DataCollection, Locale } from './schemas.ts';
import type { IsoDate } from './dates.ts';
import { extraPageUrls } from './pagination.ts';

/** Rows of a list that an entry's own page shows. */
export const PREVIEW = 100;

export const ENTRY_LISTS = {
  /** Documents the agency issued, newest first. */
  issued: { collection: 'agencies', slug: 'van-ban', of: 'documents', anchor: 'van-ban' },
  /** A group's members on the "as of" date. */
  members: { collection: 'agencies', slug: 'thanh-vien', of: 'agencies', anchor: 'thanh-vien' },
  /** A group's former members. */
  formerMembers: { collection: 'agencies', slug: 'thanh-vien-truoc-day', of: 'agencies', anchor: 'thanh-vien' },
  /** Units that are part of the agency. */
  units: { collection: 'agencies', slug: 'don-vi', of: 'agencies', anchor: 'thong-tin' },
  /** Documents that say they serve the task, beyond those the task names. */
  serving: { collection: 'tasks', slug: 'van-ban', of: 'documents', anchor: 'van-ban' },
  /** Concrete benefits of a slide item. */
  concrete: { collection: 'benefits', slug: 'cu-the', of: 'benefits', anchor: 'noi-dung' },
} as const satisfies Record<string, { collection: DataCollection; slug: string; of: DataCollection; anchor: string }>;

export type ListKind = keyof typeof ENTRY_LISTS;

/** The ids in one of an entry's lists, in the order pages show them. */
export function entryList(graph: Graph, kind: ListKind, owner: string, asOf: IsoDate): string[] {
  switch (kind) {
    case 'issued':
      return documentsIssuedBy(graph, owner)
        .sort((a, b) => (b.data.issued ?? '').localeCompare(a.data.issued ?? '') || a.id.localeCompare(b.id))
        .map((d) => d.id);
    case 'members':
      return membersOf(graph, owner, asOf).map((m) => m.id);
    case 'formerMembers': {
      const now = new Set(membersOf(graph, owner, asOf));
      return membersOf(graph, owner)
        .filter((m) => !now.has(m))
        .map((m) => m.id);
    }
    case 'units':
      return (graph.reverse.parts.get(owner) ?? []).map((a) => a.id);
    case 'serving':
      return documentsForTask(graph, owner).serving;
    case 'concrete':
      return benefitsOfItem(graph, owner).map((b) => b.id);
  }
}

/** The address of the list's first page. */
export function entryListUrl(kind: ListKind, owner: string, locale: Locale): string {
  const { collection, slug } = ENTRY_LISTS[kind];
  return `${entryUrl(collection, owner, locale)}${slug}/`;
}

/** Where the whole list can be read: its own pages when it has them, else the entry's section. */
export function fullListUrl(kind: ListKind, owner: string, total: number, locale: Locale): string {
  const { collection, anchor } = ENTRY_LISTS[kind];
  return total > PREVIEW ? entryListUrl(kind, owner, locale) : `${entryUrl(collection, owner, locale)}#${anchor}`;
}

interface LongList {
  kind: ListKind;
  owner: string;
  ids: string[];
}

/** Every list longer than an entry page shows: each gets pages of its own. */
export function longLists(graph: Graph, asOf: IsoDate): LongList[] {
  const out: LongList[] = [];
  for (const [kind, def] of Object.entries(ENTRY_LISTS) as Array<[ListKind, (typeof ENTRY_LISTS)[ListKind]]>) {
    for (const entry of graph.content[def.collection]) {
      // Only the kinds of entry that have such a list: groups have members, slide items concrete benefits.
      if ((kind === 'members' || kind === 'formerMembers') && !(entry.data as { memberKinds?: unknown }).memberKinds)
        continue;
      if (kind === 'concrete' && !(entry.data as { key?: unknown }).key) continue;
      const ids = entryList(graph, kind, entry.id, asOf);
      if (ids.length > PREVIEW) out.push({ kind, owner: entry.id, ids });
    }
  }
  return out;
}

/** Every address of every long list, in both languages: for the validator's table of routes. */
export function longListUrls(graph: Graph, asOf: IsoDate, locales: readonly Locale[]): string[] {
  return longLists(graph, asOf).flatMap((list) =>
    locales.flatMap((locale) => {
      const base = entryListUrl(list.kind, list.owner, locale);
      return [base, ...extraPageUrls(base, list.ids.length)];
    }),
  );
}
