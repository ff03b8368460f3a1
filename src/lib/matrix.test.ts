// The matrix and an agency's effective tasks: pinned against the real content (the facts the issue
// names) and against a small made-up graph for the cases the real content does not have yet.
import { describe, expect, it } from 'vitest';
import { realContent } from '../../test/real-content.ts';
import { PILLARS } from './schemas.ts';
import { buildGraph, currentSuccessors, isActive, membersOf, slideTasks, tasksOf, type Content } from './graph.ts';
import { buildMatrix, effectiveTasks, holdingOf, predecessorsOf } from './matrix.ts';

const { graph } = realContent();
const AS_OF = '2026-11-27';

describe('the matrix of the real content', () => {
  const matrix = buildMatrix(graph, AS_OF);
  const row = (id: string) => matrix.rows.find((r) => r.agency.id === id)!;
  const keysOf = (id: string) => matrix.columns.filter((_, i) => row(id).cells[i]).map((t) => t.data.key);

  it('has one column per task of the slide, pillar by pillar and by key, and none for other duties', () => {
    const ids = matrix.columns.map((t) => t.id);
    expect([...ids].sort()).toEqual(
      slideTasks(graph)
        .map((t) => t.id)
        .sort(),
    );
    const place = (t: (typeof matrix.columns)[number]) =>
      [PILLARS.indexOf(t.data.pillar), ...t.data.key.slice(1).split('.').map(Number), 0].slice(0, 3);
    for (let i = 1; i < matrix.columns.length; i++) {
      const [a, b] = [place(matrix.columns[i - 1]), place(matrix.columns[i])];
      const cmp = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
      expect(cmp, `${matrix.columns[i - 1].id} before ${matrix.columns[i].id}`).toBeLessThan(0);
    }
  });

  it('has a row for each group and agency the slide names, groups first, and no province rows', () => {
    const ids = matrix.rows.map((r) => r.agency.id);
    expect(ids.slice(0, 2).sort()).toEqual(['cac-bo', 'ubnd-cap-tinh']);
    expect(ids).toEqual(
      expect.arrayContaining(['bo-cong-an', 'bhxh-viet-nam', 'bo-tai-chinh', 'van-phong-chinh-phu', 'chinh-phu']),
    );
    expect(ids).not.toContain('ha-giang');
    expect(matrix.rows.length).toBeLessThan(15);
    for (const r of matrix.rows) expect(r.cells.some(Boolean), r.agency.id).toBe(true);
  });

  it('gives the provincial group the legal tasks L2, L4 and L5 but not L1 or L3', () => {
    const legal = keysOf('ubnd-cap-tinh').filter((k) => k.startsWith('L'));
    expect(legal).toEqual(['L2', 'L4', 'L5']);
    const l2 = row('ubnd-cap-tinh').cells[matrix.columns.findIndex((t) => t.id === 'l2')];
    expect(l2).toEqual({ direct: ['thuc-hien'], viaGroup: [] });
  });

  it('counts the provincial group’s members: 63 in the slide’s year, 34 on the “as of” date', () => {
    const members = row('ubnd-cap-tinh').members!;
    expect(members.slideYear).toHaveLength(63);
    expect(members.asOf).toHaveLength(34);
    expect(members.all.length).toBeGreaterThan(63);
    expect(members.asOf).toContain('tuyen-quang');
    expect(members.slideYear).toContain('ha-giang');
  });

  it('keeps the lead role of the Ministry of Public Security apart from what it does as a ministry', () => {
    const a1 = row('bo-cong-an').cells[0]!;
    expect(a1.direct).toEqual(['chu-tri']);
    expect(a1.viaGroup).toEqual([{ role: 'thuc-hien', group: 'cac-bo' }]);
    // Named to implement L2 and also a ministry: the group role is not repeated.
    const l2 = row('bo-cong-an').cells[matrix.columns.findIndex((t) => t.id === 'l2')]!;
    expect(l2).toEqual({ direct: ['thuc-hien'], viaGroup: [] });
    expect(row('bo-cong-an').groups).toEqual(['cac-bo']);
  });

  it('names only current agencies as carrying on a former agency’s row', () => {
    for (const r of matrix.rows)
      for (const c of r.carriedBy)
        expect(isActive(graph.agencies.get(c)!.data, AS_OF), `${r.agency.id} → ${c}`).toBe(true);
  });
});

describe('an agency’s effective tasks in the real content', () => {
  it('resolves a former province through the provincial group and names its successor', () => {
    const hg = effectiveTasks(graph, 'ha-giang', AS_OF);
    expect(hg.active).toBe(false);
    expect(hg.carriedBy).toEqual(['tuyen-quang']);
    const keys = hg.assignments.map((a) => a.task.data.key);
    expect(keys).toEqual(expect.arrayContaining(['A1', 'L2', 'L4', 'L5', 'I1']));
    expect(keys).not.toContain('L1');
    expect(keys).not.toContain('L3');
    for (const a of hg.assignments) expect(holdingOf(a)).toEqual({ kind: 'group', groups: ['ubnd-cap-tinh'] });
  });

  it('gives a new province the tasks of the units merged into it', () => {
    const tq = effectiveTasks(graph, 'tuyen-quang', AS_OF);
    expect(tq.active).toBe(true);
    expect(tq.predecessors.sort()).toEqual(['ha-giang', 'tuyen-quang-truoc-2025']);
    const l2 = tq.assignments.find((a) => a.task.id === 'l2')!;
    // The slide addressed the 63 provinces of 2022: the new province holds it as their successor.
    expect(l2.viaGroups).toEqual([]);
    expect(l2.inheritedFrom.sort()).toEqual(['ha-giang', 'tuyen-quang-truoc-2025']);
  });

  it('lists a ministry’s own roles before its group roles on the same task', () => {
    const a1 = effectiveTasks(graph, 'bo-cong-an', AS_OF).assignments.filter((a) => a.task.id === 'a1');
    expect(a1.map((a) => [a.role, holdingOf(a).kind])).toEqual([
      ['chu-tri', 'direct'],
      ['thuc-hien', 'group'],
    ]);
  });

  it('gives each current agency exactly the duties of its predecessors whose function it carries on', () => {
    for (const agency of graph.content.agencies) {
      if (!isActive(agency.data, AS_OF)) continue;
      const mine = effectiveTasks(graph, agency.id, AS_OF);
      const inherited = new Set(
        mine.assignments.flatMap((a) => a.inheritedFrom.map((p) => `${p} ${a.task.id} ${a.role}`)),
      );
      for (const p of mine.predecessors)
        for (const a of tasksOf(graph, p)) {
          const carries = currentSuccessors(graph, p, AS_OF, a.task.data).includes(agency.id);
          expect(inherited.has(`${p} ${a.task.id} ${a.role}`), `${agency.id} from ${p}: ${a.task.id}`).toBe(carries);
        }
    }
  });

  it('points every duty of a former agency to the current agencies that carry its function', () => {
    for (const agency of graph.content.agencies) {
      if (isActive(agency.data, AS_OF)) continue;
      const former = effectiveTasks(graph, agency.id, AS_OF);
      for (const a of former.assignments) {
        expect(a.carriedBy, `${agency.id} ${a.task.id}`).toEqual(
          currentSuccessors(graph, agency.id, AS_OF, a.task.data),
        );
        for (const c of a.carriedBy) {
          expect(former.carriedBy, `${agency.id} ${a.task.id}`).toContain(c);
          const inheritor = effectiveTasks(graph, c, AS_OF).assignments.find(
            (b) => b.task.id === a.task.id && b.role === a.role,
          );
          expect(inheritor, `${c} carries ${agency.id}’s ${a.task.id}`).toBeDefined();
        }
      }
    }
  });

  it('before the merger the old province is still the one that holds the tasks', () => {
    const hg = effectiveTasks(graph, 'ha-giang', '2025-06-30');
    expect(hg.active).toBe(true);
    expect(hg.carriedBy).toEqual([]);
    expect(effectiveTasks(graph, 'tuyen-quang', '2025-06-30').active).toBe(false);
  });

  it('gives every current province each duty of the provincial group, as a member or as a successor', () => {
    const provinces = membersOf(graph, 'ubnd-cap-tinh', AS_OF);
    expect(provinces.length).toBeGreaterThan(1);
    const ofGroup = graph.content.tasks.flatMap((task) =>
      task.data.assigned.filter((a) => a.agency === 'ubnd-cap-tinh').map((a) => ({ task, role: a.role })),
    );
    for (const p of provinces) {
      const held = effectiveTasks(graph, p.id, AS_OF).assignments;
      for (const { task, role } of ofGroup) {
        const h = held.find((a) => a.task.id === task.id && a.role === role);
        // A duty that ended with the merger itself is not handed on.
        if (!h && p.data.successorOf.some((s) => s.basis && s.basis === task.data.origin?.document)) continue;
        expect(h && (h.viaGroups.includes('ubnd-cap-tinh') || h.inheritedFrom.length > 0), `${p.id} ${task.id}`).toBe(
          true,
        );
      }
    }
  });

  it('holds nothing for a body the slide does not name', () => {
    expect(effectiveTasks(graph, 'quoc-hoi', AS_OF).assignments).toEqual([]);
  });
});

// A made-up graph: A and B merge into AB (2025-03-01), AB merges into ABC (2026-01-01); only A
// was named for task t2. Fields the functions do not read are left out.
function made(): ReturnType<typeof buildGraph> {
  const agency = (id: string, data: Record<string, unknown>) => ({
    id,
    data: { kind: 'bo', active: {}, successorOf: [], ...data } as any,
  });
  const task = (id: string, key: string, assigned: Array<{ agency: string; role: string }>) => ({
    id,
    data: { key, pillar: 'phap-ly', assigned } as any,
  });
  const content: Content = {
    documents: [],
    benefits: [],
    glossary: [],
    agencies: [
      agency('group', { kind: 'nhom', memberKinds: ['bo'] }),
      agency('a', { active: { until: '2025-02-28' } }),
      agency('b', { active: { until: '2025-02-28' } }),
      agency('ab', {
        active: { from: '2025-03-01', until: '2025-12-31' },
        successorOf: [
          { id: 'a', date: '2025-03-01' },
          { id: 'b', date: '2025-03-01' },
        ],
      }),
      agency('abc', { active: { from: '2026-01-01' }, successorOf: [{ id: 'ab', date: '2026-01-01' }] }),
      agency('other', {}),
    ],
    tasks: [
      task('t2', 'L2', [{ agency: 'a', role: 'chu-tri' }]),
      task('t1', 'L1', [
        { agency: 'group', role: 'thuc-hien' },
        { agency: 'other', role: 'phoi-hop' },
      ]),
    ],
  };
  return buildGraph(content);
}

describe('an agency’s effective tasks through mergers (made-up graph)', () => {
  const g = made();

  it('follows mergers back through every step, but only those dated by then', () => {
    expect(predecessorsOf(g, 'abc', '2026-06-01').sort()).toEqual(['a', 'ab', 'b']);
    expect(predecessorsOf(g, 'ab', '2025-06-01').sort()).toEqual(['a', 'b']);
    expect(predecessorsOf(g, 'other', '2026-06-01')).toEqual([]);
  });

  it('hands a task named for a predecessor only to the agency that now exists', () => {
    const abc = effectiveTasks(g, 'abc', '2026-06-01');
    const t2 = abc.assignments.find((a) => a.task.id === 't2')!;
    expect(t2).toMatchObject({ role: 'chu-tri', direct: false, viaGroups: [], inheritedFrom: ['a'] });
    expect(holdingOf(t2)).toEqual({ kind: 'inherited', from: ['a'] });
    expect(effectiveTasks(g, 'a', '2026-06-01').carriedBy).toEqual(['abc']);
    expect(effectiveTasks(g, 'a', '2025-06-01').carriedBy).toEqual(['ab']);
  });

  it('orders the list by the slide, whatever the file order', () => {
    expect(effectiveTasks(g, 'abc', '2026-06-01').assignments.map((a) => a.task.data.key)).toEqual(['L1', 'L2']);
    expect(buildMatrix(g, '2026-06-01').columns.map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('makes rows of named agencies only, the group first, with its members by date', () => {
    const m = buildMatrix(g, '2026-06-01');
    // "other" comes before "a": L1, where the slide names it, comes before L2.
    expect(m.rows.map((r) => r.agency.id)).toEqual(['group', 'other', 'a']);
    expect(m.rows[0].members!.asOf.sort()).toEqual(['abc', 'other']);
    expect(m.rows[2].carriedBy).toEqual(['abc']);
    expect(m.rows[2].cells).toEqual([
      { direct: [], viaGroup: [{ role: 'thuc-hien', group: 'group' }] },
      { direct: ['chu-tri'], viaGroup: [] },
    ]);
  });

  it('rejects an unknown agency instead of answering “no tasks”', () => {
    expect(() => effectiveTasks(g, 'nope', '2026-06-01')).toThrow(/Unknown agency/);
  });
});

// A made-up split: "old" ends on 2025-02-28; "sec" takes its information security and the criminal
// records of "justice" (which goes on existing), "sci" the rest of "old".
describe('an agency’s effective tasks when functions move (made-up graph)', () => {
  const agency = (id: string, data: Record<string, unknown>) => ({
    id,
    data: { kind: 'bo', active: {}, successorOf: [], ...data } as any,
  });
  const duty = (id: string, fn: string | undefined, agencyId: string) => ({
    id,
    data: { origin: { document: 'd' }, function: fn, assigned: [{ agency: agencyId, role: 'chu-tri' }] } as any,
  });
  const g = buildGraph({
    documents: [],
    benefits: [],
    glossary: [],
    agencies: [
      agency('old', { active: { until: '2025-02-28' } }),
      agency('justice', {}),
      agency('sec', {
        successorOf: [
          { id: 'old', date: '2025-03-01', functions: ['an-toan-thong-tin'] },
          { id: 'justice', date: '2025-03-01', functions: ['ly-lich-tu-phap'] },
        ],
      }),
      agency('sci', { successorOf: [{ id: 'old', date: '2025-03-01', functions: [] }] }),
    ],
    tasks: [
      duty('security', 'an-toan-thong-tin', 'old'),
      duty('digital', 'chuyen-doi-so', 'old'),
      duty('plain', undefined, 'old'),
      duty('records', 'ly-lich-tu-phap', 'justice'),
      duty('laws', undefined, 'justice'),
    ],
  });
  const ids = (id: string, on: string) =>
    effectiveTasks(g, id, on)
      .assignments.map((a) => a.task.id)
      .sort();

  it('gives each successor only the duties of the functions it took over', () => {
    expect(ids('sec', '2025-06-01')).toEqual(['records', 'security']);
    expect(ids('sci', '2025-06-01')).toEqual(['digital', 'plain']);
    const security = effectiveTasks(g, 'sec', '2025-06-01').assignments.find((a) => a.task.id === 'security')!;
    expect(holdingOf(security)).toEqual({ kind: 'inherited', from: ['old'] });
  });

  it('keeps a former agency’s duties on its page, each pointing to the agency that carries it', () => {
    const old = effectiveTasks(g, 'old', '2025-06-01');
    expect(Object.fromEntries(old.assignments.map((a) => [a.task.id, a.carriedBy]))).toEqual({
      security: ['sec'],
      digital: ['sci'],
      plain: ['sci'],
    });
    expect(old.carriedBy.sort()).toEqual(['sci', 'sec']);
  });

  it('marks the moved duty of an agency that still exists as carried by the taker, from the day of the move', () => {
    const carried = (on: string) =>
      Object.fromEntries(effectiveTasks(g, 'justice', on).assignments.map((a) => [a.task.id, a.carriedBy]));
    expect(carried('2025-02-28')).toEqual({ records: [], laws: [] });
    expect(carried('2025-03-01')).toEqual({ records: ['sec'], laws: [] });
    expect(ids('sec', '2025-02-28')).toEqual([]);
  });
});
