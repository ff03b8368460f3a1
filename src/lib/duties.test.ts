// Each state a duty can be in, from made-up duties read on different "as of" dates.
import { describe, expect, it } from 'vitest';
import { dutyState, nextDeadline, STATE_ORDER } from './duties.ts';
import type { TaskData } from './schemas.ts';

const source = { url: 'https://example.org/report', publisher: 'Example' };
const duty = (data: Partial<TaskData>) => ({ assigned: [], ...data }) as TaskData;

describe('the state of a duty with one deadline', () => {
  const d = duty({ deadline: { date: '2025-10-01' } });

  it('is upcoming more than 30 days ahead', () => {
    expect(dutyState(d, '2025-08-31')).toEqual({ kind: 'upcoming', deadline: '2025-10-01' });
  });

  it('is due soon from 30 days before to the day itself', () => {
    expect(dutyState(d, '2025-09-01')).toEqual({ kind: 'due-soon', deadline: '2025-10-01', days: 30 });
    expect(dutyState(d, '2025-10-01')).toEqual({ kind: 'due-soon', deadline: '2025-10-01', days: 0 });
  });

  it('is overdue the day after, while no source reports it done', () => {
    expect(dutyState(d, '2025-10-02')).toEqual({ kind: 'overdue', deadline: '2025-10-01' });
  });

  it('is done, with its source, once a report dated by then says so', () => {
    const reported = duty({ ...d, done: { date: '2025-11-15', sources: [source] } });
    expect(dutyState(reported, '2025-11-14').kind).toBe('overdue');
    expect(dutyState(reported, '2025-11-15')).toEqual({ kind: 'done', date: '2025-11-15', sources: [source] });
    // A report with no date counts whatever the date.
    expect(dutyState(duty({ ...d, done: { sources: [source] } }), '2025-01-01').kind).toBe('done');
  });
});

describe('a duty with no deadline given', () => {
  it('says so, and is never overdue', () => {
    expect(dutyState(duty({}), '2030-01-01')).toEqual({ kind: 'no-deadline' });
  });
});

describe('a superseded duty', () => {
  const d = duty({
    deadline: { date: '2025-10-01' },
    superseded: { date: '2026-01-01', by: 'later-doc', note: { vi: 'Thay thế', en: 'Replaced' } },
  });

  it('is superseded from the date a later document ended it, and not before', () => {
    expect(dutyState(d, '2025-12-31').kind).toBe('overdue');
    expect(dutyState(d, '2026-01-01')).toMatchObject({ kind: 'superseded', date: '2026-01-01', by: 'later-doc' });
  });

  it('is superseded for an agency that passed it to its successor, naming the successor', () => {
    expect(dutyState(duty({ deadline: { date: '2030-01-01' } }), '2026-01-01', ['new-agency'])).toEqual({
      kind: 'superseded',
      passedTo: ['new-agency'],
    });
  });

  it('stays done on the page of an agency that has ended, once reported done', () => {
    const reported = duty({ deadline: { date: '2025-03-01' }, done: { date: '2025-03-01', sources: [source] } });
    expect(dutyState(reported, '2026-01-01', ['new-agency']).kind).toBe('done');
  });
});

describe('a recurring deadline', () => {
  it('yields the next yearly occurrence on or after the date', () => {
    const yearly = { every: 'year', on: '12-15' } as const;
    expect(nextDeadline(yearly, '2026-03-01')).toBe('2026-12-15');
    expect(nextDeadline(yearly, '2026-12-15')).toBe('2026-12-15');
    expect(nextDeadline(yearly, '2026-12-16')).toBe('2027-12-15');
    expect(dutyState(duty({ deadline: yearly }), '2026-12-01')).toMatchObject({ kind: 'due-soon', days: 14 });
    expect(dutyState(duty({ deadline: yearly }), '2026-12-16')).toMatchObject({ kind: 'upcoming' });
  });

  it('yields the next quarter’s day in the quarter’s last month', () => {
    const quarterly = { every: 'quarter', on: '20' } as const;
    expect(nextDeadline(quarterly, '2026-04-01')).toBe('2026-06-20');
    expect(nextDeadline(quarterly, '2026-06-21')).toBe('2026-09-20');
    expect(nextDeadline(quarterly, '2026-12-21')).toBe('2027-03-20');
  });

  it('yields the next monthly day, moved to the month’s end in a short month', () => {
    const monthly = { every: 'month', on: '31' } as const;
    expect(nextDeadline(monthly, '2026-02-10')).toBe('2026-02-28');
    expect(nextDeadline(monthly, '2026-03-01')).toBe('2026-03-31');
  });

  it('starts at `from` and, once `until` has passed, keeps its last occurrence', () => {
    const bounded = { every: 'year', on: '06-30', from: '2026-01-01', until: '2027-12-31' } as const;
    expect(nextDeadline(bounded, '2024-01-01')).toBe('2026-06-30');
    expect(nextDeadline(bounded, '2027-07-01')).toBe('2027-06-30');
    expect(dutyState(duty({ deadline: bounded }), '2028-01-01')).toEqual({ kind: 'overdue', deadline: '2027-06-30' });
  });
});

describe('the order of states', () => {
  it('puts what needs doing first and lists each state once', () => {
    expect(STATE_ORDER[0]).toBe('overdue');
    expect(new Set(STATE_ORDER).size).toBe(STATE_ORDER.length);
  });
});
