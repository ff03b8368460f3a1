import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.ts';
import type { DocumentData, TaskData } from './schemas.ts';
import { legalTasks, timingOf, trackLegalTask } from './legal-tracker.ts';
import { realContent } from '../../test/real-content.ts';

type Relation = DocumentData['relations'][number];
const rel = (type: Relation['type'], target: string): Relation => ({
  type,
  target,
  partial: false,
  confidence: 'high',
});

const doc = (id: string, fields: Partial<DocumentData> = {}): { id: string; data: DocumentData } => ({
  id,
  data: {
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
  },
});
const task = (id: string, key: string, fields: Partial<TaskData> = {}) => ({
  id,
  data: {
    key,
    pillar: 'phap-ly',
    slide: { vi: key, en: key },
    implementers: { vi: '-', en: '-' },
    meaning: { vi: '-', en: '-' },
    assigned: [],
    deliveredBy: [],
    legalBasis: [],
    sources: [],
    confidence: 'high',
    unverified: [],
    reviewed: '2026-11-27',
    ...fields,
  } as TaskData,
});

const graph = buildGraph({
  documents: [
    doc('plan', { kind: 'quyet-dinh', issued: '2022-01-06', effective: '2022-01-06', serves: ['t1'] }),
    doc('on-time', { issued: '2022-09-05', effective: '2022-10-20' }),
    doc('late', { issued: '2023-04-17', effective: '2023-07-01' }),
    doc('follow-up', { issued: '2024-06-25', effective: '2024-07-01', relations: [rel('replaces', 'on-time')] }),
    doc('new-law', { kind: 'luat', issued: '2025-06-26', effective: '2026-01-01' }),
    doc('new-decree', {
      issued: '2025-12-31',
      effective: '2026-01-01',
      relations: [rel('replaces', 'late'), rel('details', 'new-law')],
    }),
    doc('self-declared', { issued: '2024-12-24', serves: ['t1'] }),
    doc('fee', {
      issued: '2022-08-03',
      effective: '2022-09-17',
      inForceConfirmedUntil: '2022-09-17',
      unverified: ['issued'],
    }),
  ],
  agencies: [],
  tasks: [
    task('t2', 'L2', { deliveredBy: ['fee'], unverified: ['deliveredBy'] }),
    task('t1', 'L1', { deliveredBy: ['on-time', 'late', 'follow-up', 'new-decree', 'new-law'], legalBasis: ['plan'] }),
    task('t3', 'L3'),
    task('child', 'L1.1', { parent: 't1' }),
    task('other', 'A1', { pillar: 'nhan-thuc' }),
  ],
  benefits: [],
  glossary: [],
});

describe('legalTasks', () => {
  it('lists the top-level legal tasks in slide order', () => {
    expect(legalTasks(graph)).toEqual(['t1', 't2', 't3']);
  });
});

describe('timingOf', () => {
  it('places an issue date against the slide year', () => {
    expect(timingOf('2021-12-31')).toBe('before');
    expect(timingOf('2022-12-31')).toBe('in');
    expect(timingOf('2023-01-01')).toBe('after');
    expect(timingOf(undefined)).toBe('unknown');
  });
});

describe('trackLegalTask', () => {
  const t1 = trackLegalTask(graph, 't1', '2026-11-27');

  it('lists the documents the task names and those that say they serve it, by issue date, keeping the basis apart', () => {
    expect(t1.rows.map((r) => [r.id, r.via])).toEqual([
      ['on-time', 'task'],
      ['late', 'task'],
      ['follow-up', 'task'],
      ['self-declared', 'document'],
      ['new-law', 'task'],
      ['new-decree', 'task'],
    ]);
    expect(t1.basis).toEqual(['plan']);
  });

  it('separates first deliveries by year from later replacements and the laws they carry out', () => {
    expect(t1.firsts).toEqual({ before: [], in: ['on-time'], after: ['late', 'self-declared'], unknown: [] });
    expect(t1.replacements).toEqual(['follow-up', 'new-law', 'new-decree']);
    expect(t1.rows.find((r) => r.id === 'new-law')?.alongside).toBe('new-decree');
  });

  it('computes each status at the given date', () => {
    const status = (id: string, on: string) => trackLegalTask(graph, 't1', on).rows.find((r) => r.id === id)!.status;
    expect(status('on-time', '2024-06-30').status).toBe('con-hieu-luc');
    expect(status('on-time', '2024-07-01')).toMatchObject({ status: 'het-hieu-luc', by: 'follow-up' });
    expect(t1.rows.find((r) => r.id === 'late')!.replacedBy).toEqual(['new-decree']);
  });

  it('states what is unknown: missing dates', () => {
    expect(t1.unknowns).toEqual([{ kind: 'date-unknown', id: 'self-declared', field: 'effective' }]);
  });

  it('states what is unknown: a reading of the link, an unverified date, a status not confirmed since a date', () => {
    expect(trackLegalTask(graph, 't2', '2026-11-27').unknowns).toEqual([
      { kind: 'link-is-reading' },
      { kind: 'date-unverified', id: 'fee', field: 'issued' },
      { kind: 'not-confirmed-since', id: 'fee', since: '2022-09-17' },
    ]);
  });

  it('says so when no document delivered the task', () => {
    expect(trackLegalTask(graph, 't3', '2026-11-27')).toMatchObject({ rows: [], unknowns: [{ kind: 'no-documents' }] });
  });
});

const real = realContent().graph;

describe('the legal tasks in the real registry', () => {
  it('has L1 delivered by NĐ 59/2022 in 2022 and NĐ 13/2023 after it', () => {
    const l1 = trackLegalTask(real, 'l1', '2026-11-27');
    expect(l1.firsts.in).toContain('nd-59-2022');
    expect(l1.firsts.after).toContain('nd-13-2023');
    expect(l1.rows.find((r) => r.id === 'nd-13-2023')?.issued).toBe('2023-04-17');
    expect(l1.replacements).toEqual(expect.arrayContaining(['nd-69-2024', 'nd-356-2025', 'luat-91-2025-qh15']));
  });

  it('has L4 delivered by TT 48/2022/TT-BTC, whose status after its start is unconfirmed', () => {
    const l4 = trackLegalTask(real, 'l4', '2026-11-27');
    expect(l4.rows.map((r) => r.id)).toContain('tt-48-2022-btc');
    expect(l4.unknowns).toContainEqual({ kind: 'not-confirmed-since', id: 'tt-48-2022-btc', since: '2022-09-17' });
  });
});
