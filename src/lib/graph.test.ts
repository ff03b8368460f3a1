// Facts the site must get right, pinned against the real content.
import { describe, expect, it } from 'vitest';
import { realContent } from '../../test/real-content.ts';
import type { DocumentData, TaskData } from './schemas.ts';
import {
  addressed,
  assignedOn,
  buildGraph,
  type Content,
  benefitsCiting,
  benefitsOfItem,
  childTasks,
  currentSuccessors,
  documentsForTask,
  documentsIssuedBy,
  followUpsOf,
  groupsOf,
  isActive,
  membersOf,
  relationsTo,
  statusOf,
  successorsOf,
  tasksForDocument,
  tasksOf,
} from './graph.ts';

const { graph } = realContent();

describe('document status in the registry', () => {
  it('ends NĐ 59/2022 on 1 July 2024, replaced by NĐ 69/2024', () => {
    expect(statusOf(graph, 'nd-59-2022', '2024-06-30').status).toBe('con-hieu-luc');
    expect(statusOf(graph, 'nd-59-2022', '2024-07-01')).toMatchObject({ status: 'het-hieu-luc', by: 'nd-69-2024' });
    expect(statusOf(graph, 'nd-69-2024', '2024-07-01').status).toBe('con-hieu-luc');
  });
  it('ends NĐ 13/2023 on 1 January 2026, replaced by NĐ 356/2025', () => {
    expect(statusOf(graph, 'nd-13-2023', '2025-12-31').status).toBe('con-hieu-luc');
    expect(statusOf(graph, 'nd-13-2023', '2026-01-01')).toMatchObject({ status: 'het-hieu-luc', by: 'nd-356-2025' });
  });
  it('replaces the 2014 Citizen Identity Law with the 2023 Identity Law on 1 July 2024', () => {
    expect(statusOf(graph, 'luat-can-cuoc-cong-dan-2014', '2024-07-01')).toMatchObject({
      status: 'het-hieu-luc',
      by: 'luat-26-2023-qh15',
    });
  });
});

describe('the 2025 reorganisation', () => {
  it.each([
    ['ha-giang', 'tuyen-quang'],
    ['quang-nam', 'da-nang'],
  ])('hands the duties of %s to %s', (from, to) => {
    expect(currentSuccessors(graph, from, '2026-01-01')).toEqual([to]);
  });

  it('has 63 provincial units before 1 July 2025 and 34 after, derived from the group', () => {
    expect(membersOf(graph, 'ubnd-cap-tinh', '2025-06-30')).toHaveLength(63);
    expect(membersOf(graph, 'ubnd-cap-tinh', '2025-07-01')).toHaveLength(34);
  });

  it('resolves every former province to exactly one current one', () => {
    const former = graph.content.agencies.filter(
      (a) => ['tinh', 'thanh-pho'].includes(a.data.kind) && a.data.active.until,
    );
    expect(former.length).toBeGreaterThan(0);
    for (const p of former) expect(currentSuccessors(graph, p.id, '2026-01-01'), p.id).toHaveLength(1);
  });

  it('hands every duty of a former agency to current agencies whose succession covers its function', () => {
    const on = '2026-01-01';
    for (const agency of graph.content.agencies) {
      if (isActive(agency.data, on)) continue;
      const dated = successorsOf(graph, agency.id).filter((s) => s.date <= on);
      if (dated.length === 0) continue;
      for (const { task } of tasksOf(graph, agency.id)) {
        const where = `${agency.id} ${task.id}`;
        const carriers = currentSuccessors(graph, agency.id, on, task.data);
        // The document that moved the functions gives duties that are the move itself: they end with it.
        if (dated.some((s) => s.basis !== undefined && s.basis === task.data.origin?.document)) {
          expect(carriers, where).toEqual([]);
          continue;
        }
        const fn = task.data.function;
        const named = dated.filter((s) => fn !== undefined && s.functions.includes(fn));
        // The first step: the successions that name the function, else those that name none.
        const steps = named.length > 0 ? named : dated.filter((s) => s.functions.length === 0);
        if (steps.length === 0) {
          expect(carriers, where).toEqual([]);
          continue;
        }
        expect(carriers.length, where).toBeGreaterThan(0);
        for (const c of carriers) expect(isActive(graph.agencies.get(c)!.data, on), `${where} → ${c}`).toBe(true);
        const reachable = new Set(steps.flatMap((s) => currentSuccessors(graph, s.entry.id, on, task.data)));
        expect([...reachable].sort(), where).toEqual([...carriers].sort());
      }
    }
  });

  it('moves a function away from an agency that still exists to the agency that took it over', () => {
    for (const taker of graph.content.agencies) {
      for (const s of taker.data.successorOf) {
        if (s.functions.length === 0) continue;
        for (const { task } of tasksOf(graph, s.id)) {
          if (!task.data.function || !s.functions.includes(task.data.function)) continue;
          if (s.basis !== undefined && task.data.origin?.document === s.basis) continue;
          const carriers = currentSuccessors(graph, s.id, s.date, task.data);
          expect(carriers, `${s.id} ${task.id}`).not.toContain(s.id);
          // The taker, or what it later became, carries the duty.
          const taken = currentSuccessors(graph, taker.id, s.date, task.data);
          expect(taken.length, `${s.id} ${task.id}`).toBeGreaterThan(0);
          expect(carriers, `${s.id} ${task.id}`).toEqual(expect.arrayContaining(taken));
        }
      }
    }
  });

  it('gives a duty of a group only to the agencies in the group on the day it was given', () => {
    for (const agency of graph.content.agencies) {
      for (const a of tasksOf(graph, agency.id)) {
        if (!a.via) continue;
        const on = assignedOn(graph, a.task.data);
        if (on) expect(isActive(agency.data, on), `${agency.id} ${a.task.id} via ${a.via} on ${on}`).toBe(true);
      }
    }
  });

  it('gives a province the legal tasks 2, 4 and 5 through the provincial group', () => {
    const tasks = tasksOf(graph, 'ha-noi').map((a) => a.task.id);
    expect(tasks).toEqual(expect.arrayContaining(['l2', 'l4', 'l5']));
    expect(tasks).not.toContain('l1');
  });
});

describe('the provincial group, on every date a province starts or ends', () => {
  // Read from the entries, so that a province merged by an editor is checked as the 2025 ones are.
  const group = graph.agencies.get('ubnd-cap-tinh')!;
  const provinces = graph.content.agencies.filter((a) => group.data.memberKinds?.includes(a.data.kind));
  const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const dates = [
    ...new Set(provinces.flatMap((p) => [p.data.active.from, p.data.active.until && dayAfter(p.data.active.until)])),
  ]
    .filter((d): d is string => !!d)
    .sort();

  it('has as members the provinces active that day, and each ended one carried on by exactly one of them', () => {
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) {
      const members = membersOf(graph, 'ubnd-cap-tinh', date).map((a) => a.id);
      expect(members.sort(), date).toEqual(
        provinces
          .filter((p) => isActive(p.data, date))
          .map((p) => p.id)
          .sort(),
      );
      for (const p of provinces.filter((p) => p.data.active.until && p.data.active.until < date)) {
        const successors = currentSuccessors(graph, p.id, date);
        expect(successors, `${p.id} on ${date}`).toHaveLength(1);
        expect(members, `${p.id} on ${date}`).toContain(successors[0]);
      }
    }
  });
});

describe('the reverse index answers as a scan of every entry would', () => {
  // The questions as they were first written: one pass over a whole collection per call.
  const scan = {
    groupsOf: (id: string) =>
      graph.content.agencies.filter((g) => g.data.memberKinds?.includes(graph.agencies.get(id)!.data.kind)),
    membersOf: (id: string, on?: string) => {
      const kinds = graph.agencies.get(id)!.data.memberKinds;
      return kinds
        ? graph.content.agencies.filter((a) => kinds.includes(a.data.kind) && (!on || isActive(a.data, on)))
        : [];
    },
    successorsOf: (id: string) =>
      graph.content.agencies.flatMap((a) =>
        a.data.successorOf
          .filter((s) => s.id === id)
          .map((s) => ({ entry: a, date: s.date, functions: s.functions, confidence: s.confidence, basis: s.basis })),
      ),
    tasksOf: (id: string) => {
      const groups = new Set(scan.groupsOf(id).map((g) => g.id));
      const member = (task: TaskData) => addressed(graph, graph.agencies.get(id)!.data, task);
      return graph.content.tasks.flatMap((task) =>
        task.data.assigned.flatMap((a) =>
          a.agency === id
            ? [{ task, role: a.role }]
            : groups.has(a.agency) && member(task.data)
              ? [{ task, role: a.role, via: a.agency }]
              : [],
        ),
      );
    },
    issued: (id: string) => graph.content.documents.filter((d) => d.data.issuer === id),
    serving: (task: string) => graph.content.documents.filter((d) => d.data.serves.includes(task)).map((d) => d.id),
    tasksForDocument: (doc: string) =>
      [
        ...new Set([
          ...graph.documents.get(doc)!.data.serves,
          ...graph.content.tasks
            .filter((t) => t.data.deliveredBy.includes(doc) || t.data.legalBasis.includes(doc))
            .map((t) => t.id),
        ]),
      ].sort(),
    children: (task: string) => graph.content.tasks.filter((t) => t.data.parent === task),
    benefitsOfItem: (id: string) => graph.content.benefits.filter((b) => b.data.pillarItems.includes(id)),
    benefitsCiting: (doc: string) => graph.content.benefits.filter((b) => b.data.legalBasis.includes(doc)),
  };

  it('for every agency', () => {
    for (const { id } of graph.content.agencies) {
      expect(groupsOf(graph, id), id).toEqual(scan.groupsOf(id));
      expect(successorsOf(graph, id), id).toEqual(scan.successorsOf(id));
      expect(tasksOf(graph, id), id).toEqual(scan.tasksOf(id));
      expect(documentsIssuedBy(graph, id), id).toEqual(scan.issued(id));
      for (const on of [undefined, '2022-12-31', '2026-01-01'])
        expect(membersOf(graph, id, on), `${id} ${on}`).toEqual(scan.membersOf(id, on));
    }
  });

  it('for every task, document and benefit', () => {
    for (const { id } of graph.content.tasks) {
      const listed = new Set([...graph.tasks.get(id)!.data.deliveredBy, ...graph.tasks.get(id)!.data.legalBasis]);
      expect(documentsForTask(graph, id).serving, id).toEqual(scan.serving(id).filter((d) => !listed.has(d)));
      expect(childTasks(graph, id), id).toEqual(scan.children(id));
    }
    for (const { id } of graph.content.documents) {
      expect(tasksForDocument(graph, id), id).toEqual(scan.tasksForDocument(id));
      expect(benefitsCiting(graph, id), id).toEqual(scan.benefitsCiting(id));
    }
    for (const { id } of graph.content.benefits) expect(benefitsOfItem(graph, id), id).toEqual(scan.benefitsOfItem(id));
  });
});

// A made-up reorganisation: "old" ends on 2025-02-28; "sec" takes its information security, "sci"
// everything else; "sec" also takes criminal records from "justice", which goes on existing; "sci"
// merges into "sci2" on 2026-01-01. Fields the functions do not read are left out.
describe('successions by function (made-up graph)', () => {
  const agency = (id: string, data: Record<string, unknown>) => ({
    id,
    data: { kind: 'bo', active: {}, successorOf: [], ...data } as any,
  });
  const g = buildGraph({
    documents: [],
    benefits: [],
    glossary: [],
    tasks: [],
    agencies: [
      agency('old', { active: { until: '2025-02-28' } }),
      agency('justice', {}),
      agency('sec', {
        successorOf: [
          { id: 'old', date: '2025-03-01', functions: ['an-toan-thong-tin'] },
          { id: 'justice', date: '2025-03-01', functions: ['ly-lich-tu-phap'], basis: 'decree' },
        ],
      }),
      agency('sci', {
        active: { until: '2025-12-31' },
        successorOf: [{ id: 'old', date: '2025-03-01', functions: [] }],
      }),
      agency('sci2', {
        active: { from: '2026-01-01' },
        successorOf: [{ id: 'sci', date: '2026-01-01', functions: [] }],
      }),
      agency('split', { active: { until: '2025-02-28' } }),
      agency('only-sec', { successorOf: [{ id: 'split', date: '2025-03-01', functions: ['an-toan-thong-tin'] }] }),
    ] as Content['agencies'],
  });
  const duty = (fn?: string) => ({ function: fn as TaskData['function'] });

  it('sends a duty to the successor that names its function', () => {
    expect(currentSuccessors(g, 'old', '2025-06-01', duty('an-toan-thong-tin'))).toEqual(['sec']);
  });

  it('sends every other duty, and one with no function, to the successor that names none', () => {
    expect(currentSuccessors(g, 'old', '2025-06-01', duty('chuyen-doi-so'))).toEqual(['sci']);
    expect(currentSuccessors(g, 'old', '2025-06-01', duty())).toEqual(['sci']);
  });

  it('follows a later merger with the same function', () => {
    expect(currentSuccessors(g, 'old', '2026-06-01', duty('chuyen-doi-so'))).toEqual(['sci2']);
    expect(currentSuccessors(g, 'old', '2026-06-01', duty('an-toan-thong-tin'))).toEqual(['sec']);
  });

  it('without a duty, names every agency that carries any of them', () => {
    expect(currentSuccessors(g, 'old', '2026-06-01').sort()).toEqual(['sci2', 'sec']);
  });

  it('moves one function away from an agency that still exists, from the day of the transfer', () => {
    expect(currentSuccessors(g, 'justice', '2025-02-28', duty('ly-lich-tu-phap'))).toEqual(['justice']);
    expect(currentSuccessors(g, 'justice', '2025-03-01', duty('ly-lich-tu-phap'))).toEqual(['sec']);
    expect(currentSuccessors(g, 'justice', '2025-03-01', duty('chuyen-doi-so'))).toEqual(['justice']);
    expect(currentSuccessors(g, 'justice', '2025-03-01')).toEqual(['justice']);
  });

  it('does not pass on a duty that the document making the move gives (the hand-over itself)', () => {
    const handOver = { function: 'ly-lich-tu-phap', origin: { document: 'decree' } } as const;
    expect(currentSuccessors(g, 'justice', '2025-06-01', handOver)).toEqual(['justice']);
    expect(currentSuccessors(g, 'justice', '2025-06-01', { ...handOver, origin: { document: 'other' } })).toEqual([
      'sec',
    ]);
  });

  it('keeps the agency itself before any succession', () => {
    expect(currentSuccessors(g, 'old', '2025-01-01', duty('an-toan-thong-tin'))).toEqual(['old']);
  });

  it('leaves a duty with nobody when no succession covers its function', () => {
    expect(currentSuccessors(g, 'split', '2025-06-01', duty('chuyen-doi-so'))).toEqual([]);
    expect(currentSuccessors(g, 'split', '2025-06-01', duty('an-toan-thong-tin'))).toEqual(['only-sec']);
  });
});

// A made-up programme "plan" of 2022, carried on by two directives and a later programme, and
// partly replaced by a decree. Fields the functions do not read are left out.
describe('what carried a document on (made-up graph)', () => {
  const doc = (id: string, issued: string | undefined, relations: Array<[string, string]> = []) => ({
    id,
    data: {
      issued,
      effective: issued,
      unverified: [],
      relations: relations.map(([type, target]) => ({
        type,
        target,
        partial: type === 'replaces',
        confidence: 'high',
      })),
    } as unknown as DocumentData,
  });
  const documents = [
    doc('plan', '2022-01-06'),
    doc('programme', '2026-05-11', [['continues', 'plan']]),
    doc('directive-b', '2025-03-14', [['implements', 'plan']]),
    doc('undated-notice', undefined, [['implements', 'plan']]),
    doc('directive-a', '2023-02-23', [['implements', 'plan']]),
    doc('decree', '2024-07-01', [['replaces', 'plan']]),
  ];
  const g = buildGraph({ documents, agencies: [], tasks: [], benefits: [], glossary: [] });
  const without = buildGraph({
    documents: documents.filter((d) => !['programme', 'directive-a', 'directive-b', 'undated-notice'].includes(d.id)),
    agencies: [],
    tasks: [],
    benefits: [],
    glossary: [],
  });

  it('lists the relations to a document in the order the newer documents were issued, undated last', () => {
    expect(relationsTo(g, 'plan').map((r) => r.from)).toEqual([
      'directive-a',
      'decree',
      'directive-b',
      'programme',
      'undated-notice',
    ]);
  });

  it('counts only what continues or implements it as carrying it on', () => {
    expect(followUpsOf(g, 'plan').map((r) => [r.type, r.from])).toEqual([
      ['implements', 'directive-a'],
      ['implements', 'directive-b'],
      ['continues', 'programme'],
      ['implements', 'undated-notice'],
    ]);
    expect(followUpsOf(g, 'programme')).toEqual([]);
  });

  it('never ends or changes the status of what it carries on', () => {
    for (const asOf of ['2022-06-01', '2024-07-01', '2026-06-01'])
      expect(statusOf(g, 'plan', asOf), asOf).toEqual(statusOf(without, 'plan', asOf));
  });
});
