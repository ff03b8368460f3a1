import { describe, expect, it } from 'vitest';
import { buildGraph, type Content } from './graph.ts';
import type { DocumentData } from './schemas.ts';
import { eventsByYear, eventsOf, replacementChains, undatedDocuments } from './timeline.ts';
import { realContent } from '../../test/real-content.ts';

type Relation = DocumentData['relations'][number];
const rel = (type: Relation['type'], target: string, extra: Partial<Relation> = {}): Relation => ({
  type,
  target,
  partial: false,
  confidence: 'high',
  ...extra,
});

function doc(id: string, fields: Partial<DocumentData> = {}) {
  const data: DocumentData = {
    number: id,
    kind: 'nghi-dinh',
    issuer: 'chinh-phu',
    title: { vi: id, en: id },
    summary: { vi: id, en: id },
    relations: [],
    serves: [],
    sources: [],
    confidence: 'high',
    unverified: [],
    reviewed: '2026-11-27',
    ...fields,
  };
  return { id, data };
}

function graphOf(...documents: ReturnType<typeof doc>[]) {
  const content: Content = { documents, agencies: [], tasks: [], benefits: [], glossary: [] };
  return buildGraph(content);
}

const ids = (chain: ReturnType<typeof replacementChains>[number]) => chain.stages.map((s) => s.map((m) => m.id));

describe('replacementChains', () => {
  it('follows replaces relations from the oldest document to the newest', () => {
    const graph = graphOf(
      doc('a', { issued: '2014-01-01', effective: '2014-02-01' }),
      doc('b', { issued: '2018-01-01', effective: '2018-02-01', relations: [rel('replaces', 'a')] }),
      doc('c', { issued: '2022-01-01', effective: '2022-02-01', relations: [rel('replaces', 'b')] }),
      doc('unrelated', { issued: '2020-01-01' }),
    );
    const chains = replacementChains(graph);
    expect(chains).toHaveLength(1);
    expect(ids(chains[0])).toEqual([['a'], ['b'], ['c']]);
    expect(chains[0].links.map((l) => `${l.to}→${l.from}`).sort()).toEqual(['a→b', 'b→c']);
  });

  it('puts documents that one newer document replaces together in one stage', () => {
    const graph = graphOf(
      doc('old-1', { issued: '2018-04-23', effective: '2018-06-21' }),
      doc('old-2', { issued: '2021-12-06' }),
      doc('new', {
        issued: '2025-06-09',
        effective: '2025-07-01',
        relations: [rel('replaces', 'old-2', { confidence: 'medium' }), rel('replaces', 'old-1')],
      }),
    );
    const [chain] = replacementChains(graph);
    expect(ids(chain)).toEqual([['old-1', 'old-2'], ['new']]);
    expect(chain.links.find((l) => l.to === 'old-2')?.confidence).toBe('medium');
  });

  it('places a document after the latest of those it replaces', () => {
    const graph = graphOf(
      doc('a', { issued: '2014-01-01' }),
      doc('b', { issued: '2016-01-01', relations: [rel('replaces', 'a')] }),
      doc('c', { issued: '2020-01-01', relations: [rel('replaces', 'a'), rel('replaces', 'b')] }),
    );
    expect(ids(replacementChains(graph)[0])).toEqual([['a'], ['b'], ['c']]);
  });

  it('shows a newer law that the replacing decree details alongside it, but not an older one', () => {
    const graph = graphOf(
      doc('old-law', { kind: 'luat', issued: '2014-11-20' }),
      doc('decree-1', { issued: '2023-04-17', effective: '2023-07-01', relations: [rel('details', 'old-law')] }),
      doc('new-law', { kind: 'luat', issued: '2025-06-26', effective: '2026-01-01' }),
      doc('decree-2', {
        issued: '2025-12-31',
        effective: '2026-01-01',
        relations: [rel('replaces', 'decree-1'), rel('details', 'new-law'), rel('details', 'old-law')],
      }),
    );
    const [chain] = replacementChains(graph);
    expect(chain.stages[1]).toEqual([{ id: 'decree-2', alongside: ['new-law'] }]);
    expect(chain.stages[0]).toEqual([{ id: 'decree-1', alongside: [] }]);
  });

  it('keeps separate chains apart, oldest first, and ignores other relations', () => {
    const graph = graphOf(
      doc('x2', { issued: '2024-01-01', relations: [rel('replaces', 'x1')] }),
      doc('x1', { issued: '2022-01-01' }),
      doc('y2', { issued: '2023-01-01', relations: [rel('replaces', 'y1'), rel('amends', 'x1')] }),
      doc('y1', { issued: '2014-01-01' }),
    );
    expect(replacementChains(graph).map(ids)).toEqual([
      [['y1'], ['y2']],
      [['x1'], ['x2']],
    ]);
  });

  it('ends on a cycle instead of looping', () => {
    const graph = graphOf(
      doc('p', { issued: '2020-01-01', relations: [rel('replaces', 'q')] }),
      doc('q', { issued: '2021-01-01', relations: [rel('replaces', 'p')] }),
    );
    const chains = replacementChains(graph);
    expect(chains).toHaveLength(1);
    expect(
      chains[0].stages
        .flat()
        .map((m) => m.id)
        .sort(),
    ).toEqual(['p', 'q']);
  });
});

const real = realContent().graph;

describe('replacementChains on the real registry', () => {
  const graph = real;
  const chains = replacementChains(graph).map(ids);

  it.each([
    [[['nd-59-2022'], ['nd-69-2024']]],
    [[['nd-13-2023'], ['nd-356-2025']]],
    [[['luat-can-cuoc-cong-dan-2014'], ['luat-26-2023-qh15']]],
    [[['luat-65-2025-qh15'], ['luat-72-2025-qh15']]],
    [[['nd-61-2018', 'nd-107-2021'], ['nd-118-2025']]],
  ])('contains the chain %j', (chain) => {
    expect(chains).toContainEqual(chain);
  });

  it('shows the Personal Data Protection Law with NĐ 356/2025', () => {
    const chain = replacementChains(graph).find((c) => c.stages[0][0].id === 'nd-13-2023')!;
    expect(chain.stages[1][0].alongside).toEqual(['luat-91-2025-qh15']);
  });
});

describe('events by year', () => {
  const graph = graphOf(
    doc('both-days', { issued: '2022-01-06', effective: '2022-01-06', unverified: ['effective'] }),
    doc('two-years', { issued: '2022-12-21', effective: '2023-01-01' }),
    doc('issue-unsure', { issued: '2022-11-04', effective: '2022-12-19', unverified: ['issued'] }),
    doc('no-dates'),
    doc('too-old', { issued: '2010-05-01' }),
  );

  it('makes one event of an issue and an effective date on the same day, saying which date is unverified', () => {
    expect(eventsOf(graph.documents.get('both-days')!)).toEqual([
      { id: 'both-days', kind: 'issued-and-effective', date: '2022-01-06', unverified: ['effective'] },
    ]);
  });

  it('lists every year of the range in order, each with its events by date', () => {
    const { years, outside } = eventsByYear(graph, 2021, 2023);
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023]);
    expect(years[0].events).toEqual([]);
    expect(years[1].events.map((e) => `${e.date} ${e.id} ${e.kind}`)).toEqual([
      '2022-01-06 both-days issued-and-effective',
      '2022-11-04 issue-unsure issued',
      '2022-12-19 issue-unsure effective',
      '2022-12-21 two-years issued',
    ]);
    expect(years[1].events.find((e) => e.kind === 'issued' && e.id === 'issue-unsure')?.unverified).toEqual(['issued']);
    expect(years[2].events.map((e) => e.id)).toEqual(['two-years']);
    expect(outside.map((e) => e.id)).toEqual(['too-old']);
  });

  it('names the documents whose dates are unknown, and which dates', () => {
    expect(undatedDocuments(graph)).toEqual([
      { id: 'no-dates', missing: ['issued', 'effective'] },
      { id: 'too-old', missing: ['effective'] },
    ]);
  });
});
