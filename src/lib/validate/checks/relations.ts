// Relations: no document relates to itself, no chain of relations loops back, and dates are
// possible (in force after issued; a replacement in force after what it replaces was issued).
// Agency successions obey the same rules.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import type { Draft } from '../types.ts';

function findCycles(edges: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (next === node) continue; // self-references are reported on their own
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

export function checkRelations(ctx: Context): Draft[] {
  const findings: Draft[] = [];
  const docEdges = new Map<string, string[]>();
  for (const doc of ctx.graph.content.documents) {
    const file = ctx.files.get(`documents/${doc.id}`)!;
    const d = doc.data;
    if (d.issued && d.effective && d.effective < d.issued) {
      findings.push(
        at(file, ['effective'], 'error', 'impossible-date.effective', { effective: d.effective, issued: d.issued }),
      );
    }
    if (d.effective && d.expires && d.expires <= d.effective) {
      findings.push(
        at(file, ['expires'], 'error', 'impossible-date.expires', { expires: d.expires, effective: d.effective }),
      );
    }
    d.relations.forEach((rel, i) => {
      if (rel.target === doc.id) {
        findings.push(at(file, ['relations', i, 'target'], 'error', 'self-relation', { type: rel.type }));
        return;
      }
      const list = docEdges.get(doc.id) ?? [];
      list.push(rel.target);
      docEdges.set(doc.id, list);
      const older = ctx.graph.documents.get(rel.target)?.data;
      if (!older) return;
      if (
        (rel.type === 'replaces' || rel.type === 'repeals') &&
        d.effective &&
        older.issued &&
        d.effective < older.issued
      ) {
        findings.push(
          at(file, ['relations', i], 'error', 'impossible-date.replaces', {
            type: rel.type,
            target: rel.target,
            effective: d.effective,
            issued: older.issued,
          }),
        );
      } else if (rel.type !== 'based-on' && d.issued && older.issued && d.issued < older.issued) {
        findings.push(
          at(file, ['relations', i], 'error', 'impossible-date.order', {
            type: rel.type,
            target: rel.target,
            older: older.issued,
            issued: d.issued,
          }),
        );
      }
    });
  }
  for (const cycle of findCycles(docEdges)) {
    const file = ctx.files.get(`documents/${cycle[0]}`)!;
    const i = ctx.graph.documents.get(cycle[0])!.data.relations.findIndex((r) => r.target === cycle[1]);
    findings.push(at(file, ['relations', i], 'error', 'relation-cycle', { cycle: cycle.join(' → ') }));
  }

  const agencyEdges = new Map<string, string[]>();
  for (const agency of ctx.graph.content.agencies) {
    const file = ctx.files.get(`agencies/${agency.id}`)!;
    const { from, until } = agency.data.active;
    if (from && until && until < from)
      findings.push(at(file, ['active', 'until'], 'error', 'impossible-date.active', { until, from }));
    agency.data.successorOf.forEach((s, i) => {
      if (s.id === agency.id) {
        findings.push(at(file, ['successorOf', i, 'id'], 'error', 'self-relation.agency'));
        return;
      }
      agencyEdges.set(agency.id, [...(agencyEdges.get(agency.id) ?? []), s.id]);
      const before = ctx.graph.agencies.get(s.id)?.data;
      if (before?.active.until && s.date <= before.active.until) {
        findings.push(
          at(file, ['successorOf', i, 'date'], 'error', 'impossible-date.succession', {
            id: s.id,
            date: s.date,
            until: before.active.until,
          }),
        );
      }
    });
  }
  for (const cycle of findCycles(agencyEdges)) {
    const file = ctx.files.get(`agencies/${cycle[0]}`)!;
    findings.push(at(file, ['successorOf'], 'error', 'relation-cycle.agency', { cycle: cycle.join(' → ') }));
  }
  return findings;
}
