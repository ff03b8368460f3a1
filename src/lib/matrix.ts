// The responsibility matrix of the 2022 slide: who holds which task, directly or as a member of a
// group, and what an agency holds on a given date once the 2025 mergers are followed. Pure
// functions of the graph, so the matrix page, the agency pages and the tests share one reading.
import { PILLARS, ROLES, type AgencyData, type SlideTaskData, type TaskData } from './schemas.ts';
import {
  SLIDE_DATE,
  currentSuccessors,
  isActive,
  membersOf,
  slideTasks,
  tasksOf,
  type Entry,
  type Graph,
} from './graph.ts';
import type { IsoDate } from './dates.ts';

type Role = (typeof ROLES)[number];

/** The slide's tasks in its own order: pillar by pillar, then by key (A1…A4, L1…L5, I1, I1.1…). */
export function taskColumns(graph: Graph): Entry<SlideTaskData>[] {
  const keyParts = (key: string) => key.slice(1).split('.').map(Number);
  return slideTasks(graph).sort((a, b) => {
    const pillar = PILLARS.indexOf(a.data.pillar) - PILLARS.indexOf(b.data.pillar);
    if (pillar !== 0) return pillar;
    const [a1 = 0, a2 = 0] = keyParts(a.data.key);
    const [b1 = 0, b2 = 0] = keyParts(b.data.key);
    return a1 - b1 || a2 - b2;
  });
}

const byRole = (a: Role, b: Role) => ROLES.indexOf(a) - ROLES.indexOf(b);

/** What one agency holds of one task: roles given to it by name, and roles it holds as a group member. */
interface Cell {
  direct: Role[];
  /** Roles held only through a group; a role it also holds by name is not repeated here. */
  viaGroup: Array<{ role: Role; group: string }>;
}

export interface MatrixRow {
  agency: Entry<AgencyData>;
  isGroup: boolean;
  /** For a group: its members in the slide's year and on the "as of" date (ids). */
  members?: { slideYear: string[]; asOf: string[]; all: string[] };
  /** The groups through which this agency holds tasks. */
  groups: string[];
  /** For an agency that no longer exists on the "as of" date: who carries its duties on. */
  carriedBy: string[];
  /** One entry per column; undefined where the agency holds nothing. */
  cells: Array<Cell | undefined>;
}

interface Matrix {
  columns: Entry<SlideTaskData>[];
  rows: MatrixRow[];
}

/**
 * Rows are the agencies and groups the slide names for at least one task: groups first (each stands
 * for all its members), then single agencies, each in the order the slide first names it.
 */
export function buildMatrix(graph: Graph, asOf: IsoDate): Matrix {
  const columns = taskColumns(graph);
  const named: string[] = [];
  for (const task of columns) {
    for (const a of task.data.assigned)
      if (!named.includes(a.agency) && graph.agencies.has(a.agency)) named.push(a.agency);
  }
  const isGroup = (id: string) => Boolean(graph.agencies.get(id)?.data.memberKinds);
  const ordered = [...named.filter(isGroup), ...named.filter((id) => !isGroup(id))];
  const rows = ordered.map((id): MatrixRow => {
    const agency = graph.agencies.get(id)!;
    const held = tasksOf(graph, id);
    const cells = columns.map((task): Cell | undefined => {
      const here = held.filter((a) => a.task.id === task.id);
      if (here.length === 0) return undefined;
      const direct = [...new Set(here.filter((a) => !a.via).map((a) => a.role))].sort(byRole);
      const viaGroup = here
        .filter((a): a is typeof a & { via: string } => Boolean(a.via) && !direct.includes(a.role))
        .map((a) => ({ role: a.role, group: a.via }))
        .filter((v, i, all) => all.findIndex((w) => w.role === v.role && w.group === v.group) === i)
        .sort((a, b) => byRole(a.role, b.role));
      return { direct, viaGroup };
    });
    const group = isGroup(id);
    return {
      agency,
      isGroup: group,
      members: group
        ? {
            slideYear: membersOf(graph, id, SLIDE_DATE).map((m) => m.id),
            asOf: membersOf(graph, id, asOf).map((m) => m.id),
            all: membersOf(graph, id).map((m) => m.id),
          }
        : undefined,
      groups: [...new Set(held.flatMap((a) => (a.via ? [a.via] : [])))],
      carriedBy: isActive(agency.data, asOf) ? [] : currentSuccessors(graph, id, asOf),
      cells,
    };
  });
  return { columns, rows };
}

/** Agencies merged into this one on or before the date, followed back through every merger. */
export function predecessorsOf(graph: Graph, agencyId: string, on: IsoDate, seen = new Set<string>()): string[] {
  if (seen.has(agencyId)) return [];
  seen.add(agencyId);
  const direct = (graph.agencies.get(agencyId)?.data.successorOf ?? []).filter(
    (s) => s.date <= on && graph.agencies.has(s.id),
  );
  return [...new Set(direct.flatMap((s) => [s.id, ...predecessorsOf(graph, s.id, on, seen)]))];
}

/** One task and role as an agency holds it, with every way it comes to hold it. */
export interface EffectiveAssignment {
  task: Entry<TaskData>;
  role: Role;
  /** Named for it on the slide. */
  direct: boolean;
  /** Held as a member of these groups. */
  viaGroups: string[];
  /** Held because these predecessors, merged into it or handing it this function, held it. */
  inheritedFrom: string[];
  /**
   * Who carries the task on the "as of" date when this agency no longer does (it has ended, or the
   * task's function moved to another agency); empty while the agency still carries it.
   */
  carriedBy: string[];
}

interface AgencyTasks {
  id: string;
  /** Does the agency exist on the "as of" date? */
  active: boolean;
  assignments: EffectiveAssignment[];
  /** For a former agency: who carries its duties on, on the "as of" date. */
  carriedBy: string[];
  /** For a current agency: the agencies merged into it. */
  predecessors: string[];
}

/**
 * The tasks an agency must see to on the "as of" date. A current agency holds its own tasks (by name
 * and through its groups) plus those of its predecessors whose function it carries on (all of a
 * merged unit's, only information security from the former Ministry of Information). A former
 * agency keeps the tasks it held, and each says which current agencies carry it on.
 */
export function effectiveTasks(graph: Graph, agencyId: string, asOf: IsoDate): AgencyTasks {
  const agency = graph.agencies.get(agencyId);
  if (!agency) throw new Error(`Unknown agency ${agencyId}`);
  const active = isActive(agency.data, asOf);
  const predecessors = active ? predecessorsOf(graph, agencyId, asOf) : [];
  const byKey = new Map<string, EffectiveAssignment>();
  const entry = (task: Entry<TaskData>, role: Role) => {
    const key = `${task.id} ${role}`;
    let found = byKey.get(key);
    if (!found) {
      found = { task, role, direct: false, viaGroups: [], inheritedFrom: [], carriedBy: [] };
      byKey.set(key, found);
    }
    return found;
  };
  for (const a of tasksOf(graph, agencyId)) {
    const e = entry(a.task, a.role);
    if (a.via) {
      if (!e.viaGroups.includes(a.via)) e.viaGroups.push(a.via);
    } else e.direct = true;
  }
  for (const p of predecessors) {
    for (const a of tasksOf(graph, p)) {
      if (!currentSuccessors(graph, p, asOf, a.task.data).includes(agencyId)) continue;
      const e = entry(a.task, a.role);
      if (!e.inheritedFrom.includes(p)) e.inheritedFrom.push(p);
    }
  }
  for (const e of byKey.values()) {
    if (!e.direct && e.viaGroups.length === 0) continue;
    const carriers = currentSuccessors(graph, agencyId, asOf, e.task.data);
    if (!carriers.includes(agencyId)) e.carriedBy = carriers;
  }
  // The slide's tasks in its order, then duties from documents by document and id.
  const order = new Map(taskColumns(graph).map((t, i) => [t.id, i] as const));
  const rank = (t: Entry<TaskData>) => order.get(t.id) ?? order.size;
  const origin = (t: Entry<TaskData>) => t.data.origin?.document ?? '';
  const assignments = [...byKey.values()].sort(
    (a, b) =>
      rank(a.task) - rank(b.task) ||
      origin(a.task).localeCompare(origin(b.task)) ||
      a.task.id.localeCompare(b.task.id) ||
      byRole(a.role, b.role),
  );
  return {
    id: agencyId,
    active,
    assignments,
    carriedBy: active ? [] : currentSuccessors(graph, agencyId, asOf),
    predecessors,
  };
}

/** How to describe an assignment in one phrase: the strongest way the agency holds it. */
type Holding = { kind: 'direct' } | { kind: 'group'; groups: string[] } | { kind: 'inherited'; from: string[] };

export function holdingOf(a: EffectiveAssignment): Holding {
  if (a.direct) return { kind: 'direct' };
  if (a.viaGroups.length > 0) return { kind: 'group', groups: a.viaGroups };
  return { kind: 'inherited', from: a.inheritedFrom };
}

/**
 * A key that is equal for two agencies exactly when their task lists read the same, so the page
 * renders each distinct list once and many agencies share it.
 */
export function taskSetKey(assignments: EffectiveAssignment[]): string {
  return assignments
    .map((a) => {
      const h = holdingOf(a);
      const how = h.kind === 'direct' ? 'd' : h.kind === 'group' ? `g:${h.groups.join('+')}` : `p:${h.from.join('+')}`;
      return `${a.task.id}/${a.role}/${how}`;
    })
    .join(' ');
}
