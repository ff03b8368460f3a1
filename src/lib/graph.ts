// The knowledge graph derived from the data collections: every "other direction" of a stored
// relation, group memberships and successions. Pages and the validator both read it, so a
// derived fact is computed by one rule only.
import {
  isFollowUp,
  KIND_NAMES,
  isSlideTask,
  type SlideTaskData,
  type AgencyData,
  type Bilingual,
  type BenefitData,
  type DataCollection,
  type DocumentData,
  type GlossaryData,
  type TaskData,
  type FunctionName,
} from './schemas.ts';
import type { IsoDate } from './dates.ts';
import { computeStatus, type Ending, type StatusResult } from './status.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

/** The data of an entry of each kind. */
export interface KindData {
  documents: DocumentData;
  agencies: AgencyData;
  tasks: TaskData;
  benefits: BenefitData;
  glossary: GlossaryData;
}

/** Every entry, by kind, in the order of its folder. */
export type Content = { [K in DataCollection]: Entry<KindData[K]>[] };

/** Every entry by id, one map per kind. */
type ById = { [K in DataCollection]: Map<string, Entry<KindData[K]>> };

export type RelationType = DocumentData['relations'][number]['type'];

export interface InverseRelation {
  type: RelationType;
  /** The newer document, on which the relation is written. */
  from: string;
  partial: boolean;
  confidence: Ending['confidence'];
  /** Why the relation is read so, where no source states it outright. */
  note?: Bilingual;
}

export interface Graph extends ById {
  content: Content;
  collectionOf: Map<string, DataCollection>;
  /** target id → relations written on newer documents that point at it */
  inverse: Map<string, InverseRelation[]>;
  /**
   * The other direction of every reference between entries, computed once: pages ask these
   * questions once per entry, and a scan of every entry per question makes a build quadratic.
   */
  reverse: ReverseIndex;
}

/** Each list keeps the order of the collection it is drawn from. */
export interface ReverseIndex {
  /** agency kind → the groups whose `memberKinds` include it */
  groupsByKind: Map<string, Entry<AgencyData>[]>;
  /** agency → its place in the collection */
  agencyOrder: Map<Entry<AgencyData>, number>;
  /** agency kind → agencies of that kind */
  agenciesByKind: Map<string, Entry<AgencyData>[]>;
  /** agency id → agencies that are part of it (`partOf`) */
  parts: Map<string, Entry<AgencyData>[]>;
  /** predecessor id → agencies whose `successorOf` names it */
  successors: Map<string, Succession[]>;
  /** agency id → where tasks name it, as [task index, assignment index] */
  assignments: Map<string, Array<[number, number]>>;
  /** agency id → documents it issued */
  issued: Map<string, Entry<DocumentData>[]>;
  /** task id → documents whose `serves` names it */
  serving: Map<string, Entry<DocumentData>[]>;
  /** document id → tasks that list it as delivery or legal basis */
  namingTasks: Map<string, string[]>;
  /** task id → its child tasks */
  children: Map<string, Entry<TaskData>[]>;
  /** slide benefit id → concrete benefits that belong to it */
  benefitsOfItem: Map<string, Entry<BenefitData>[]>;
  /** document id → benefits whose legal basis names it */
  benefitsCiting: Map<string, Entry<BenefitData>[]>;
}

/** One agency taking over (some functions of) another, read from the taker's `successorOf`. */
export interface Succession {
  entry: Entry<AgencyData>;
  date: IsoDate;
  /** The functions it took over; empty: every function no other successor took. */
  functions: FunctionName[];
  confidence: Ending['confidence'];
  /** The document that made the succession. */
  basis?: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(content: Content): Graph {
  const collectionOf = new Map<string, DataCollection>();
  for (const name of KIND_NAMES) {
    for (const entry of content[name]) if (!collectionOf.has(entry.id)) collectionOf.set(entry.id, name);
  }
  const inverse = new Map<string, InverseRelation[]>();
  for (const doc of content.documents) {
    for (const rel of doc.data.relations) {
      push(inverse, rel.target, {
        type: rel.type,
        from: doc.id,
        partial: rel.partial,
        confidence: rel.confidence,
        note: rel.note,
      });
    }
  }
  const byId = Object.fromEntries(
    KIND_NAMES.map((name) => [name, new Map(content[name].map((e) => [e.id, e] as const))]),
  ) as ById;
  return {
    ...byId,
    content,
    collectionOf,
    inverse,
    reverse: reverseIndex(content),
  };
}

function reverseIndex(content: Content): ReverseIndex {
  const r: ReverseIndex = {
    groupsByKind: new Map(),
    agencyOrder: new Map(content.agencies.map((a, i) => [a, i] as const)),
    agenciesByKind: new Map(),
    parts: new Map(),
    successors: new Map(),
    assignments: new Map(),
    issued: new Map(),
    serving: new Map(),
    namingTasks: new Map(),
    children: new Map(),
    benefitsOfItem: new Map(),
    benefitsCiting: new Map(),
  };
  // Hand-made graphs in tests leave out fields a question does not need: read every list as
  // possibly absent.
  const list = <T>(value: T[] | undefined): T[] => value ?? [];
  for (const a of content.agencies) {
    push(r.agenciesByKind, a.data.kind, a);
    if (a.data.partOf) push(r.parts, a.data.partOf, a);
    // A kind listed twice in one group still makes it one group of that kind.
    for (const kind of new Set(list(a.data.memberKinds))) push(r.groupsByKind, kind, a);
    for (const s of list(a.data.successorOf))
      push(r.successors, s.id, {
        entry: a,
        date: s.date,
        functions: list(s.functions),
        confidence: s.confidence,
        basis: s.basis,
      });
  }
  content.tasks.forEach((task, t) => {
    list(task.data.assigned).forEach((a, i) => push(r.assignments, a.agency, [t, i] as [number, number]));
    for (const doc of new Set([...list(task.data.deliveredBy), ...list(task.data.legalBasis)]))
      push(r.namingTasks, doc, task.id);
    if (task.data.parent) push(r.children, task.data.parent, task);
  });
  for (const doc of content.documents) {
    push(r.issued, doc.data.issuer, doc);
    for (const task of new Set(list(doc.data.serves))) push(r.serving, task, doc);
  }
  for (const b of content.benefits) {
    for (const item of new Set(list(b.data.pillarItems))) push(r.benefitsOfItem, item, b);
    for (const doc of new Set(list(b.data.legalBasis))) push(r.benefitsCiting, doc, b);
  }
  return r;
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

/** The relations newer documents write to this one, in the order they were issued (undated last). */
export function relationsTo(graph: Graph, docId: string): InverseRelation[] {
  const issued = (id: string) => graph.documents.get(id)?.data.issued ?? '9999';
  return (graph.inverse.get(docId) ?? []).toSorted(
    (a, b) => issued(a.from).localeCompare(issued(b.from)) || a.from.localeCompare(b.from),
  );
}

/** What carried this document on: programmes that continue it and documents that implement it, oldest first. */
export function followUpsOf(graph: Graph, docId: string): InverseRelation[] {
  return relationsTo(graph, docId).filter((r) => isFollowUp(r.type));
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
  const lists = [...new Set(kinds)].map((k) => graph.reverse.agenciesByKind.get(k) ?? []);
  // One kind: already in collection order. Several: merged back into collection order.
  const order = graph.reverse.agencyOrder;
  const all = lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => order.get(a)! - order.get(b)!);
  return on ? all.filter((a) => isActive(a.data, on)) : [...all];
}

export function groupsOf(graph: Graph, agencyId: string): Entry<AgencyData>[] {
  const kind = graph.agencies.get(agencyId)?.data.kind;
  return kind ? [...(graph.reverse.groupsByKind.get(kind) ?? [])] : [];
}

/** Agencies formed from this one, or that took over some of its functions (the inverse of `successorOf`). */
export function successorsOf(graph: Graph, agencyId: string): Succession[] {
  return [...(graph.reverse.successors.get(agencyId) ?? [])];
}

/**
 * Follows successions to the agencies that carry this one's duties on the given date. With a duty,
 * only the successions that carry the duty's function: one that names the function takes it
 * (even from an agency that still exists, as criminal records left the Ministry of Justice), and
 * one that names no function takes everything no other succession names. A duty with no function
 * follows those general successions only. Without a duty: every agency that carries any of them.
 */
export function currentSuccessors(
  graph: Graph,
  agencyId: string,
  on: IsoDate,
  duty?: Pick<TaskData, 'function' | 'origin'>,
  seen = new Set<string>(),
): string[] {
  const agency = graph.agencies.get(agencyId);
  if (!agency || seen.has(agencyId)) return [];
  seen.add(agencyId);
  const dated = successorsOf(graph, agencyId).filter((s) => s.date <= on);
  const active = isActive(agency.data, on);
  // A duty given by the very document that moves this agency's functions is the move itself (hand
  // over, take over): it ends with the move instead of passing on.
  const origin = duty?.origin?.document;
  if (origin && dated.some((s) => s.basis === origin)) return active ? [agencyId] : [];
  let next: Succession[];
  if (duty) {
    const fn = duty.function;
    const specific = fn ? dated.filter((s) => s.functions.includes(fn)) : [];
    next = specific.length > 0 ? specific : active ? [] : dated.filter((s) => s.functions.length === 0);
  } else next = active ? [] : dated;
  if (next.length === 0) return active ? [agencyId] : [];
  return [...new Set(next.flatMap((s) => currentSuccessors(graph, s.entry.id, on, duty, new Set(seen))))];
}

export interface Assignment {
  task: Entry<TaskData>;
  role: TaskData['assigned'][number]['role'];
  /** Set when the agency holds the task as a member of this group. */
  via?: string;
}

/**
 * A day inside the year the slide plans. Group members on this day are the ones the slide
 * addressed ("63 UBND"), whatever has merged since.
 */
export const SLIDE_DATE: IsoDate = '2022-12-31';

/** When a task was given: its document's date, or the slide's year; unknown for an undated document. */
export function assignedOn(graph: Graph, task: TaskData): IsoDate | undefined {
  return task.origin ? graph.documents.get(task.origin.document)?.data.issued : SLIDE_DATE;
}

/** Was the agency one of those a task given to its group addressed? */
export function addressed(graph: Graph, agency: AgencyData, task: TaskData): boolean {
  const on = assignedOn(graph, task);
  if (on) return isActive(agency, on);
  // An undated document is no older than the body that issued it: one that had ended by then was not addressed.
  const issuer = task.origin && graph.documents.get(task.origin.document)?.data.issuer;
  const from = issuer ? graph.agencies.get(issuer)?.data.active.from : undefined;
  return !(from && agency.active.until && agency.active.until < from);
}

/**
 * Tasks an agency holds, directly and through the groups it belonged to when each was given: a
 * ministry that had ended holds nothing of a later directive to "the ministries", and a province
 * formed later holds the slide's tasks only as its predecessors' successor.
 */
export function tasksOf(graph: Graph, agencyId: string): Assignment[] {
  const agency = graph.agencies.get(agencyId)?.data;
  const groups = new Set(groupsOf(graph, agencyId).map((g) => g.id));
  // Where the agency and its groups are named, in the order of the tasks and of their assignments.
  const places = [agencyId, ...[...groups].filter((g) => g !== agencyId)]
    .flatMap((id) => graph.reverse.assignments.get(id) ?? [])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return places.flatMap(([t, i]): Assignment[] => {
    const task = graph.content.tasks[t];
    const a = task.data.assigned[i];
    if (a.agency === agencyId) return [{ task, role: a.role }];
    return agency && !addressed(graph, agency, task.data) ? [] : [{ task, role: a.role, via: a.agency }];
  });
}

export function documentsIssuedBy(graph: Graph, agencyId: string): Entry<DocumentData>[] {
  return [...(graph.reverse.issued.get(agencyId) ?? [])];
}

/** Documents tied to a task: those it lists, and those that say they serve it. */
export function documentsForTask(
  graph: Graph,
  taskId: string,
): { delivered: string[]; basis: string[]; serving: string[] } {
  const task = graph.tasks.get(taskId)?.data;
  const delivered = task?.deliveredBy ?? [];
  const basis = task?.legalBasis ?? [];
  const listed = new Set([...delivered, ...basis]);
  const serving = (graph.reverse.serving.get(taskId) ?? []).filter((d) => !listed.has(d.id)).map((d) => d.id);
  return { delivered, basis, serving };
}

/** Tasks a document serves: its own `serves` list, and tasks that name it. */
export function tasksForDocument(graph: Graph, docId: string): string[] {
  const ids = new Set(graph.documents.get(docId)?.data.serves ?? []);
  for (const t of graph.reverse.namingTasks.get(docId) ?? []) ids.add(t);
  return [...ids].sort();
}

/** A task's name: a duty's short title, or the slide's own wording for a task of the slide. */
export function taskTitle(task: TaskData): Bilingual {
  return task.title ?? task.slide ?? { vi: task.meaning.vi, en: task.meaning.en };
}

/** The field `taskTitle` shows, so its "unverified" mark can follow it. */
export function taskTitleField(task: TaskData): 'title' | 'slide' | 'meaning' {
  return task.title ? 'title' : task.slide ? 'slide' : 'meaning';
}

/**
 * Why the site gives one of these agencies this role in the task when no source states it; undefined
 * when a source states it. The agencies are the one shown and the groups or units it holds it through.
 */
export function inferredRole(
  task: TaskData,
  role: TaskData['assigned'][number]['role'],
  agencies: readonly string[],
): Bilingual | undefined {
  return task.assigned.find((a) => a.role === role && agencies.includes(a.agency) && a.inferred)?.inferred;
}

/** Slide order of keys (I1 before I1.1 before I2); duties without a key go last, by id. */
export function byKey(a: Entry<TaskData>, b: Entry<TaskData>): number {
  return (a.data.key ?? '~').localeCompare(b.data.key ?? '~', 'en', { numeric: true }) || a.id.localeCompare(b.id);
}

/** The tasks of the 2022 slide (the others are duties from later documents). */
export function slideTasks(graph: Graph): Entry<SlideTaskData>[] {
  return graph.content.tasks.filter((t): t is Entry<SlideTaskData> => isSlideTask(t.data));
}

export function childTasks(graph: Graph, taskId: string): Entry<TaskData>[] {
  return [...(graph.reverse.children.get(taskId) ?? [])];
}

export function benefitsOfItem(graph: Graph, itemId: string): Entry<BenefitData>[] {
  return [...(graph.reverse.benefitsOfItem.get(itemId) ?? [])];
}

export function benefitsCiting(graph: Graph, docId: string): Entry<BenefitData>[] {
  return [...(graph.reverse.benefitsCiting.get(docId) ?? [])];
}
