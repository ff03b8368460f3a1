// The knowledge graph derived from the data collections: every "other direction" of a stored
// relation, group memberships and successions. Pages and the validator both read it, so a
// derived fact is computed by one rule only.
import type {
  AgencyData,
  BenefitData,
  DataCollection,
  DocumentData,
  GlossaryData,
  TaskData,
} from './schemas.ts';
import type { IsoDate } from './dates.ts';
import { computeStatus, type Ending, type StatusResult } from './status.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface Content {
  documents: Entry<DocumentData>[];
  agencies: Entry<AgencyData>[];
  tasks: Entry<TaskData>[];
  benefits: Entry<BenefitData>[];
  glossary: Entry<GlossaryData>[];
}

export type RelationType = DocumentData['relations'][number]['type'];

export interface InverseRelation {
  type: RelationType;
  /** The newer document, on which the relation is written. */
  from: string;
  partial: boolean;
  confidence: Ending['confidence'];
}

export interface Graph {
  content: Content;
  collectionOf: Map<string, DataCollection>;
  documents: Map<string, Entry<DocumentData>>;
  agencies: Map<string, Entry<AgencyData>>;
  tasks: Map<string, Entry<TaskData>>;
  benefits: Map<string, Entry<BenefitData>>;
  glossary: Map<string, Entry<GlossaryData>>;
  /** target id → relations written on newer documents that point at it */
  inverse: Map<string, InverseRelation[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(content: Content): Graph {
  const collectionOf = new Map<string, DataCollection>();
  for (const name of Object.keys(content) as DataCollection[]) {
    for (const entry of content[name]) if (!collectionOf.has(entry.id)) collectionOf.set(entry.id, name);
  }
  const inverse = new Map<string, InverseRelation[]>();
  for (const doc of content.documents) {
    for (const rel of doc.data.relations) {
      push(inverse, rel.target, { type: rel.type, from: doc.id, partial: rel.partial, confidence: rel.confidence });
    }
  }
  const index = <T>(list: Entry<T>[]) => new Map(list.map((e) => [e.id, e] as const));
  return {
    content,
    collectionOf,
    documents: index(content.documents),
    agencies: index(content.agencies),
    tasks: index(content.tasks),
    benefits: index(content.benefits),
    glossary: index(content.glossary),
    inverse,
  };
}

/** Newer documents that replace or repeal this one, each dated by when the newer one takes effect. */
export function endingsOf(graph: Graph, docId: string): Ending[] {
  return (graph.inverse.get(docId) ?? [])
    .filter((r) => r.type === 'replaces' || r.type === 'repeals')
    .map((r) => {
      const newer = graph.documents.get(r.from)?.data;
      const dateKnown = newer?.effective && !newer.unverified.includes('effective');
      return {
        by: r.from,
        date: newer?.effective,
        partial: r.partial,
        confidence: dateKnown ? r.confidence : r.confidence === 'high' ? 'medium' : r.confidence,
      };
    });
}

export function statusOf(graph: Graph, docId: string, asOf: IsoDate): StatusResult {
  const doc = graph.documents.get(docId);
  if (!doc) throw new Error(`Unknown document ${docId}`);
  return computeStatus(doc.data, endingsOf(graph, docId), asOf);
}

/** Is the agency in existence on this date? */
export function isActive(agency: AgencyData, on: IsoDate): boolean {
  const { from, until } = agency.active;
  return (!from || from <= on) && (!until || on <= until);
}

/** Members of a group are derived from their kind and the date, never listed by hand. */
export function membersOf(graph: Graph, groupId: string, on?: IsoDate): Entry<AgencyData>[] {
  const kinds = graph.agencies.get(groupId)?.data.memberKinds;
  if (!kinds) return [];
  return graph.content.agencies.filter(
    (a) => kinds.includes(a.data.kind) && (!on || isActive(a.data, on)),
  );
}

export function groupsOf(graph: Graph, agencyId: string): Entry<AgencyData>[] {
  const kind = graph.agencies.get(agencyId)?.data.kind;
  return graph.content.agencies.filter((g) => kind && g.data.memberKinds?.includes(kind));
}

/** Agencies formed from this one (the inverse of `successorOf`). */
export function successorsOf(graph: Graph, agencyId: string): Array<{ entry: Entry<AgencyData>; date: IsoDate; confidence: Ending['confidence'] }> {
  const out = [];
  for (const a of graph.content.agencies) {
    for (const s of a.data.successorOf) if (s.id === agencyId) out.push({ entry: a, date: s.date, confidence: s.confidence });
  }
  return out;
}

/** Follows successions to the agencies that carry this one's duties on the given date. */
export function currentSuccessors(graph: Graph, agencyId: string, on: IsoDate, seen = new Set<string>()): string[] {
  const agency = graph.agencies.get(agencyId);
  if (!agency || seen.has(agencyId)) return [];
  seen.add(agencyId);
  if (isActive(agency.data, on)) return [agencyId];
  const next = successorsOf(graph, agencyId).filter((s) => s.date <= on);
  return [...new Set(next.flatMap((s) => currentSuccessors(graph, s.entry.id, on, seen)))];
}

export interface Assignment {
  task: Entry<TaskData>;
  role: TaskData['assigned'][number]['role'];
  /** Set when the agency holds the task as a member of this group. */
  via?: string;
}

/** Tasks an agency holds, directly and through the groups it belongs to. */
export function tasksOf(graph: Graph, agencyId: string): Assignment[] {
  const groups = new Set(groupsOf(graph, agencyId).map((g) => g.id));
  const out: Assignment[] = [];
  for (const task of graph.content.tasks) {
    for (const a of task.data.assigned) {
      if (a.agency === agencyId) out.push({ task, role: a.role });
      else if (groups.has(a.agency)) out.push({ task, role: a.role, via: a.agency });
    }
  }
  return out;
}

export function documentsIssuedBy(graph: Graph, agencyId: string): Entry<DocumentData>[] {
  return graph.content.documents.filter((d) => d.data.issuer === agencyId);
}

/** Documents tied to a task: those it lists, and those that say they serve it. */
export function documentsForTask(graph: Graph, taskId: string): { delivered: string[]; basis: string[]; serving: string[] } {
  const task = graph.tasks.get(taskId)?.data;
  const delivered = task?.deliveredBy ?? [];
  const basis = task?.legalBasis ?? [];
  const listed = new Set([...delivered, ...basis]);
  const serving = graph.content.documents
    .filter((d) => d.data.serves.includes(taskId) && !listed.has(d.id))
    .map((d) => d.id);
  return { delivered, basis, serving };
}

/** Tasks a document serves: its own `serves` list, and tasks that name it. */
export function tasksForDocument(graph: Graph, docId: string): string[] {
  const ids = new Set(graph.documents.get(docId)?.data.serves ?? []);
  for (const t of graph.content.tasks) {
    if (t.data.deliveredBy.includes(docId) || t.data.legalBasis.includes(docId)) ids.add(t.id);
  }
  return [...ids].sort();
}

export function childTasks(graph: Graph, taskId: string): Entry<TaskData>[] {
  return graph.content.tasks.filter((t) => t.data.parent === taskId);
}

export function benefitsOfItem(graph: Graph, itemId: string): Entry<BenefitData>[] {
  return graph.content.benefits.filter((b) => b.data.pillarItems.includes(itemId));
}

export function benefitsCiting(graph: Graph, docId: string): Entry<BenefitData>[] {
  return graph.content.benefits.filter((b) => b.data.legalBasis.includes(docId));
}
