// Where each legal task of the 2022 slide (L1…L5) stands: which documents delivered it, when,
// their status today, and what the data leaves unknown. Everything here is derived from the
// entries, so the tracker page never states a date or a status by hand.
import { slideTasks, statusOf, type Graph } from './graph.ts';
import type { IsoDate } from './dates.ts';
import type { StatusResult } from './status.ts';
import { newerDetailed } from './timeline.ts';

/** The slide is "NHIỆM VỤ ĐỀ ÁN 06 NĂM 2022": its tasks were due that year. */
export const SLIDE_YEAR = 2022;

export type Timing = 'before' | 'in' | 'after' | 'unknown';
type DateField = 'issued' | 'effective';

interface TrackerRow {
  id: string;
  /** Who makes the link: the task lists the document, the document says it serves the task, or both. */
  via: 'task' | 'document' | 'both';
  issued?: IsoDate;
  effective?: IsoDate;
  unverifiedDates: DateField[];
  status: StatusResult;
  /** The issue year against the slide's year. */
  timing: Timing;
  /** Documents of the same task that this one replaces. */
  replaces: string[];
  /** Documents anywhere in the registry that replace this one. */
  replacedBy: string[];
  /** A replacing document of the task that details this newer law: the two came as one step. */
  alongside?: string;
}

export type Unknown =
  | { kind: 'no-documents' }
  | { kind: 'link-is-reading' }
  | { kind: 'date-unknown'; id: string; field: DateField }
  | { kind: 'date-unverified'; id: string; field: DateField }
  | { kind: 'not-confirmed-since'; id: string; since: IsoDate }
  | { kind: 'ending-unconfirmed'; id: string; by: string };

interface TaskTrack {
  task: string;
  rows: TrackerRow[];
  /** The task's legal basis (not deliveries). */
  basis: string[];
  /** First deliveries (documents that replace no other document of the task), by timing. */
  firsts: Record<Timing, string[]>;
  /** Later documents that replace an earlier delivery of the same task, and the new laws they carry out. */
  replacements: string[];
  unknowns: Unknown[];
}

/** The legal tasks of the slide, in slide order. */
export function legalTasks(graph: Graph): string[] {
  return slideTasks(graph)
    .filter((t) => t.data.pillar === 'phap-ly' && !t.data.parent)
    .sort((a, b) => a.data.key.localeCompare(b.data.key, 'en', { numeric: true }))
    .map((t) => t.id);
}

export function timingOf(issued: IsoDate | undefined, year = SLIDE_YEAR): Timing {
  if (!issued) return 'unknown';
  const y = Number(issued.slice(0, 4));
  return y < year ? 'before' : y > year ? 'after' : 'in';
}

export function trackLegalTask(graph: Graph, taskId: string, asOf: IsoDate, year = SLIDE_YEAR): TaskTrack {
  const task = graph.tasks.get(taskId);
  if (!task) throw new Error(`Unknown task ${taskId}`);
  const named = task.data.deliveredBy.filter((id) => graph.documents.has(id));
  const basis = task.data.legalBasis.filter((id) => graph.documents.has(id));
  const serving = graph.content.documents.filter((d) => d.data.serves.includes(taskId)).map((d) => d.id);
  // A basis document that also says it serves the task stays a basis, as on the task's own page.
  const ids = [...new Set([...named, ...serving.filter((id) => !basis.includes(id))])];
  const inTask = new Set(ids);

  const rows: TrackerRow[] = ids.map((id) => {
    const data = graph.documents.get(id)!.data;
    return {
      id,
      via: named.includes(id) ? (serving.includes(id) ? 'both' : 'task') : 'document',
      issued: data.issued,
      effective: data.effective,
      unverifiedDates: (['issued', 'effective'] as const).filter((f) => data[f] && data.unverified.includes(f)),
      status: statusOf(graph, id, asOf),
      timing: timingOf(data.issued, year),
      replaces: data.relations.filter((r) => r.type === 'replaces' && inTask.has(r.target)).map((r) => r.target),
      replacedBy: (graph.inverse.get(id) ?? []).filter((r) => r.type === 'replaces').map((r) => r.from),
    };
  });
  rows.sort((a, b) => (a.issued ?? '9999').localeCompare(b.issued ?? '9999') || a.id.localeCompare(b.id));

  for (const row of rows) {
    for (const law of newerDetailed(graph, row.id, row.replaces)) {
      const lawRow = rows.find((r) => r.id === law);
      if (lawRow && lawRow.replaces.length === 0) lawRow.alongside = row.id;
    }
  }
  const firsts: Record<Timing, string[]> = { before: [], in: [], after: [], unknown: [] };
  const replacements: string[] = [];
  for (const row of rows) {
    if (row.replaces.length > 0 || row.alongside) replacements.push(row.id);
    else firsts[row.timing].push(row.id);
  }

  const unknowns: Unknown[] = [];
  if (rows.length === 0) unknowns.push({ kind: 'no-documents' });
  else if (task.data.unverified.includes('deliveredBy')) unknowns.push({ kind: 'link-is-reading' });
  for (const row of rows) {
    for (const field of ['issued', 'effective'] as const) {
      if (!row[field]) unknowns.push({ kind: 'date-unknown', id: row.id, field });
    }
    for (const field of row.unverifiedDates) unknowns.push({ kind: 'date-unverified', id: row.id, field });
    if (row.status.reason === 'not-confirmed-since')
      unknowns.push({ kind: 'not-confirmed-since', id: row.id, since: row.status.since! });
    if (row.status.reason === 'ending-unconfirmed')
      unknowns.push({ kind: 'ending-unconfirmed', id: row.id, by: row.status.by! });
  }

  return { task: taskId, rows, basis, firsts, replacements, unknowns };
}
