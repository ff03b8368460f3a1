// The registry seen over time: which documents replaced which (chains derived from the
// `replaces` relations, never typed by hand), and every issue and effective date by year.
import type { Graph, Entry } from './graph.ts';
import type { DocumentData } from './schemas.ts';
import type { IsoDate } from './dates.ts';

interface ChainMember {
  id: string;
  /**
   * Documents this one details that are newer than what it replaces. A decree written under a
   * new law replaces the old decree, but the law is what carries the new rules, so the chain
   * shows them together (NĐ 13/2023 → Luật 91/2025/QH15 with NĐ 356/2025).
   */
  alongside: string[];
}

interface ChainLink {
  /** The newer document, on which the relation is written. */
  from: string;
  /** The document it replaces. */
  to: string;
  partial: boolean;
  confidence: DocumentData['relations'][number]['confidence'];
}

interface ReplacementChain {
  /** Generations, oldest first: stage 0 replaces nothing, each later stage replaces earlier ones. */
  stages: ChainMember[][];
  links: ChainLink[];
}

/**
 * The documents `id` details that were issued after every document in `older` (those it
 * replaces): a new law that the replacing decree carries out.
 */
export function newerDetailed(graph: Graph, id: string, older: string[]): string[] {
  const issued = (doc: string) => graph.documents.get(doc)?.data.issued;
  if (older.length === 0) return [];
  return (graph.documents.get(id)?.data.relations ?? [])
    .filter((r) => r.type === 'details' && graph.documents.has(r.target))
    .map((r) => r.target)
    .filter((target) => {
      const date = issued(target);
      return date !== undefined && older.every((o) => issued(o) !== undefined && date > issued(o)!);
    });
}

/** The date a document is placed at: when it takes effect, else when it was issued. */
function anchorDate(doc: DocumentData): IsoDate | undefined {
  return doc.effective ?? doc.issued;
}

const byDate = (graph: Graph) => (a: string, b: string) => {
  const da = anchorDate(graph.documents.get(a)!.data) ?? '9999';
  const db = anchorDate(graph.documents.get(b)!.data) ?? '9999';
  return da.localeCompare(db) || a.localeCompare(b);
};

/**
 * Every group of documents connected by `replaces`, as generations. A plain chain has one
 * document per stage; a decree that replaces two older ones gives a stage of two.
 */
export function replacementChains(graph: Graph): ReplacementChain[] {
  const links: ChainLink[] = [];
  for (const doc of graph.content.documents) {
    for (const rel of doc.data.relations) {
      if (rel.type !== 'replaces' || !graph.documents.has(rel.target) || rel.target === doc.id) continue;
      links.push({ from: doc.id, to: rel.target, partial: rel.partial, confidence: rel.confidence });
    }
  }

  // Connected groups, through links in either direction.
  const neighbours = new Map<string, Set<string>>();
  const connect = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const l of links) {
    connect(l.from, l.to);
    connect(l.to, l.from);
  }
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const start of [...neighbours.keys()].sort()) {
    if (seen.has(start)) continue;
    const group: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const id = queue.shift()!;
      group.push(id);
      for (const next of neighbours.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    groups.push(group);
  }

  // Indexed once: asking each document for its links by scanning them all is quadratic.
  const linksFrom = new Map<string, ChainLink[]>();
  for (const l of links) linksFrom.set(l.from, [...(linksFrom.get(l.from) ?? []), l]);
  const replaced = (id: string) => (linksFrom.get(id) ?? []).map((l) => l.to);
  const linkOrder = new Map(links.map((l, i) => [l, i] as const));
  // A document's stage is one more than the latest stage among those it replaces. The guard
  // stops a cycle (which the validator reports) from looping forever.
  const stageOf = new Map<string, number>();
  const stage = (id: string, path: Set<string> = new Set()): number => {
    if (stageOf.has(id)) return stageOf.get(id)!;
    if (path.has(id)) return 0;
    path.add(id);
    const older = replaced(id);
    const value = older.length === 0 ? 0 : Math.max(...older.map((o) => stage(o, path) + 1));
    path.delete(id);
    stageOf.set(id, value);
    return value;
  };

  const alongside = (id: string) => newerDetailed(graph, id, replaced(id));

  const order = byDate(graph);
  return groups
    .map((group) => {
      const stages: ChainMember[][] = [];
      for (const id of group) {
        const s = stage(id);
        (stages[s] ??= []).push({ id, alongside: alongside(id) });
      }
      const compact = stages.filter(Boolean).map((members) => members.sort((a, b) => order(a.id, b.id)));
      return {
        stages: compact,
        links: group
          .flatMap((id) => (linksFrom.get(id) ?? []).map((l) => [linkOrder.get(l)!, l] as const))
          .sort((a, b) => a[0] - b[0])
          .map(([, l]) => l),
      };
    })
    .sort((a, b) => order(a.stages[0][0].id, b.stages[0][0].id));
}

export type EventKind = 'issued' | 'effective' | 'issued-and-effective';

interface TimelineEvent {
  id: string;
  kind: EventKind;
  date: IsoDate;
  /** The dates of this event that are in the entry's `unverified` list. */
  unverified: Array<'issued' | 'effective'>;
}

const KIND_ORDER: Record<EventKind, number> = { issued: 0, 'issued-and-effective': 1, effective: 2 };

/** A document's dated events; an issue and an effective date on the same day make one event. */
export function eventsOf(doc: Entry<DocumentData>): TimelineEvent[] {
  const { issued, effective, unverified } = doc.data;
  const unsure = (...fields: Array<'issued' | 'effective'>) => fields.filter((f) => unverified.includes(f));
  if (issued && issued === effective) {
    return [{ id: doc.id, kind: 'issued-and-effective', date: issued, unverified: unsure('issued', 'effective') }];
  }
  const events: TimelineEvent[] = [];
  if (issued) events.push({ id: doc.id, kind: 'issued', date: issued, unverified: unsure('issued') });
  if (effective) events.push({ id: doc.id, kind: 'effective', date: effective, unverified: unsure('effective') });
  return events;
}

interface YearEvents {
  year: number;
  events: TimelineEvent[];
}

/** Every year from `from` to `to`, each with its events in date order; events outside the range apart. */
export function eventsByYear(
  graph: Graph,
  from: number,
  to: number,
): { years: YearEvents[]; outside: TimelineEvent[] } {
  const all = graph.content.documents
    .flatMap(eventsOf)
    .sort(
      (a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
    );
  const years: YearEvents[] = [];
  for (let year = from; year <= to; year++) {
    years.push({ year, events: all.filter((e) => Number(e.date.slice(0, 4)) === year) });
  }
  const outside = all.filter((e) => {
    const y = Number(e.date.slice(0, 4));
    return y < from || y > to;
  });
  return { years, outside };
}

/** Documents missing an issue or an effective date, with what is missing. */
export function undatedDocuments(graph: Graph): Array<{ id: string; missing: Array<'issued' | 'effective'> }> {
  return graph.content.documents
    .map((doc) => ({
      id: doc.id,
      missing: (['issued', 'effective'] as const).filter((field) => !doc.data[field]),
    }))
    .filter((d) => d.missing.length > 0)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
