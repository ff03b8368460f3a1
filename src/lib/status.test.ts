import { describe, expect, it } from 'vitest';
import { computeStatus, type Ending } from './status.ts';

const doc = (over: Partial<Parameters<typeof computeStatus>[0]> = {}) => ({
  effective: '2022-10-20',
  expires: undefined,
  inForceConfirmedUntil: undefined,
  unverified: [],
  ...over,
});
const replacedBy = (date: string | undefined, over: Partial<Ending> = {}): Ending => ({
  by: 'newer',
  date,
  partial: false,
  confidence: 'high',
  ...over,
});

describe('computeStatus', () => {
  it('is not yet in force before its effective date, and says when it will be', () => {
    const r = computeStatus(doc(), [], '2022-10-19');
    expect(r.status).toBe('chua-co-hieu-luc');
    expect(r.next).toEqual({ status: 'con-hieu-luc', date: '2022-10-20' });
  });

  it('is in force from its effective date', () => {
    expect(computeStatus(doc(), [], '2022-10-20')).toMatchObject({
      status: 'con-hieu-luc',
      since: '2022-10-20',
      uncertain: false,
    });
  });

  it('announces a known replacement while still in force', () => {
    const r = computeStatus(doc(), [replacedBy('2024-07-01')], '2024-06-30');
    expect(r.status).toBe('con-hieu-luc');
    expect(r.next).toEqual({ status: 'het-hieu-luc', date: '2024-07-01', by: 'newer' });
  });

  it('is no longer in force from the day its replacement takes effect', () => {
    expect(computeStatus(doc(), [replacedBy('2024-07-01')], '2024-07-01')).toMatchObject({
      status: 'het-hieu-luc',
      reason: 'ended-by',
      by: 'newer',
      since: '2024-07-01',
    });
  });

  it('is partly no longer in force when only part is replaced', () => {
    expect(computeStatus(doc(), [replacedBy('2023-01-01', { partial: true })], '2023-06-01').status).toBe(
      'het-hieu-luc-mot-phan',
    );
  });

  it('expires on a date it sets itself', () => {
    expect(computeStatus(doc({ expires: '2023-12-31' }), [], '2024-01-01')).toMatchObject({
      status: 'het-hieu-luc',
      reason: 'expired',
    });
  });

  it('is unverified when no source gives its effective date', () => {
    expect(computeStatus(doc({ effective: undefined }), [], '2024-01-01')).toMatchObject({
      status: 'chua-xac-minh',
      reason: 'effective-unknown',
    });
  });

  it('is still known to be ended even when its own effective date is unknown', () => {
    expect(
      computeStatus(doc({ effective: undefined }), [replacedBy('2025-07-01', { confidence: 'medium' })], '2025-08-01'),
    ).toMatchObject({ status: 'het-hieu-luc', uncertain: true });
  });

  it('is unverified after the last date a source showed it in force', () => {
    const d = doc({ inForceConfirmedUntil: '2025-02-12' });
    expect(computeStatus(d, [], '2025-02-12').status).toBe('con-hieu-luc');
    expect(computeStatus(d, [], '2025-02-13')).toMatchObject({
      status: 'chua-xac-minh',
      reason: 'not-confirmed-since',
      since: '2025-02-12',
    });
  });

  it('does not settle an ending that only a weak source reports', () => {
    expect(computeStatus(doc(), [replacedBy('2025-07-01', { confidence: 'low' })], '2025-08-01')).toMatchObject({
      status: 'chua-xac-minh',
      reason: 'ending-unconfirmed',
    });
  });

  it('marks a status resting on an unverified effective date as uncertain', () => {
    expect(computeStatus(doc({ unverified: ['effective'] }), [], '2023-01-01')).toMatchObject({
      status: 'con-hieu-luc',
      uncertain: true,
    });
  });
});
