// Relations: no document relates to itself, no chain of relations loops back, and dates are
// possible (in force after issued; a replacement in force after what it replaces was issued).
// Agency successions obey the same rules.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import type { Finding } from '../types.ts';

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

export function checkRelations(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const docEdges = new Map<string, string[]>();
  for (const doc of ctx.graph.content.documents) {
    const file = ctx.files.get(`documents/${doc.id}`)!;
    const d = doc.data;
    if (d.issued && d.effective && d.effective < d.issued) {
      findings.push(
        at(
          file,
          ['effective'],
          'error',
          'impossible-date',
          `in force (${d.effective}) before it was issued (${d.issued})`,
          'check both dates against the source',
        ),
      );
    }
    if (d.effective && d.expires && d.expires <= d.effective) {
      findings.push(
        at(
          file,
          ['expires'],
          'error',
          'impossible-date',
          `expires (${d.expires}) before it takes effect (${d.effective})`,
        ),
      );
    }
    d.relations.forEach((rel, i) => {
      if (rel.target === doc.id) {
        findings.push(
          at(
            file,
            ['relations', i, 'target'],
            'error',
            'self-relation',
            `the document "${rel.type}" itself`,
            'a relation names another document',
          ),
        );
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
          at(
            file,
            ['relations', i],
            'error',
            'impossible-date',
            `${rel.type} ${rel.target}, yet takes effect (${d.effective}) before ${rel.target} was issued (${older.issued})`,
            'check the dates, or the direction of the relation: it is written on the newer document',
          ),
        );
      } else if (rel.type !== 'based-on' && d.issued && older.issued && d.issued < older.issued) {
        findings.push(
          at(
            file,
            ['relations', i],
            'error',
            'impossible-date',
            `${rel.type} ${rel.target}, which was issued later (${older.issued} > ${d.issued})`,
            'relations are written on the newer document; move it to the other file',
          ),
        );
      }
    });
  }
  for (const cycle of findCycles(docEdges)) {
    const file = ctx.files.get(`documents/${cycle[0]}`)!;
    const i = ctx.graph.documents.get(cycle[0])!.data.relations.findIndex((r) => r.target === cycle[1]);
    findings.push(
      at(
        file,
        ['relations', i],
        'error',
        'relation-cycle',
        `relations loop back: ${cycle.join(' → ')}`,
        'a document cannot replace, amend or detail one that (through others) does the same to it',
      ),
    );
  }

  const agencyEdges = new Map<string, string[]>();
  for (const agency of ctx.graph.content.agencies) {
    const file = ctx.files.get(`agencies/${agency.id}`)!;
    const { from, until } = agency.data.active;
    if (from && until && until < from)
      findings.push(
        at(file, ['active', 'until'], 'error', 'impossible-date', `active until ${until}, before it began (${from})`),
      );
    agency.data.successorOf.forEach((s, i) => {
      if (s.id === agency.id) {
        findings.push(at(file, ['successorOf', i, 'id'], 'error', 'self-relation', 'the agency succeeds itself'));
        return;
      }
      agencyEdges.set(agency.id, [...(agencyEdges.get(agency.id) ?? []), s.id]);
      const before = ctx.graph.agencies.get(s.id)?.data;
      if (before?.active.until && s.date <= before.active.until) {
        findings.push(
          at(
            file,
            ['successorOf', i, 'date'],
            'error',
            'impossible-date',
            `takes over from ${s.id} on ${s.date}, but ${s.id} is active until ${before.active.until}`,
            `the succession date is the day after "active.until" of ${s.id}`,
          ),
        );
      }
    });
  }
  for (const cycle of findCycles(agencyEdges)) {
    const file = ctx.files.get(`agencies/${cycle[0]}`)!;
    findings.push(at(file, ['successorOf'], 'error', 'relation-cycle', `successions loop back: ${cycle.join(' → ')}`));
  }
  return findings;
}
