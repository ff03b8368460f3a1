// Facts the site must get right, pinned against the real content.
import { describe, expect, it } from 'vitest';
import { realContent } from '../../test/real-content.ts';
import {
  benefitsCiting,
  benefitsOfItem,
  childTasks,
  currentSuccessors,
  documentsForTask,
  documentsIssuedBy,
  groupsOf,
  isActive,
  membersOf,
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
    ['bo-thong-tin-va-truyen-thong', 'bo-khoa-hoc-va-cong-nghe'],
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
          .map((s) => ({ entry: a, date: s.date, confidence: s.confidence })),
      ),
    tasksOf: (id: string) => {
      const groups = new Set(scan.groupsOf(id).map((g) => g.id));
      return graph.content.tasks.flatMap((task) =>
        task.data.assigned.flatMap((a) =>
          a.agency === id
            ? [{ task, role: a.role }]
            : groups.has(a.agency)
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
