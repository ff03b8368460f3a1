// A document's validity status is computed from its dates and from the newer documents that
// replace or repeal it, at an "as of" date. Nothing here is typed by an editor.
import type { DocumentData } from './schemas.ts';
import type { IsoDate } from './dates.ts';

export const STATUSES = [
  'chua-co-hieu-luc',
  'con-hieu-luc',
  'het-hieu-luc-mot-phan',
  'het-hieu-luc',
  'chua-xac-minh',
] as const;
export type Status = (typeof STATUSES)[number];

/** An event that ends all or part of a document: a newer one replaces or repeals it. */
export interface Ending {
  by: string;
  /** The day the newer document takes effect; undefined when no source gives it. */
  date?: IsoDate;
  partial: boolean;
  confidence: 'high' | 'medium' | 'low' | 'unconfirmed';
}

type StatusReason =
  | 'not-yet-effective'
  | 'in-force'
  | 'ended-by'
  | 'partly-ended-by'
  | 'expired'
  | 'effective-unknown'
  | 'not-confirmed-since'
  | 'ending-unconfirmed';

export interface StatusResult {
  status: Status;
  reason: StatusReason;
  /** The date the status began, where known. */
  since?: IsoDate;
  /** The document that caused the status, for endings. */
  by?: string;
  /** The status rests on a fact that no strong source confirms. */
  uncertain: boolean;
  /** A known future change (replacement or expiry) after the as-of date. */
  next?: { status: Status; date: IsoDate; by?: string };
}

type StatusInput = Pick<DocumentData, 'effective' | 'expires' | 'inForceConfirmedUntil' | 'unverified'>;

const weak = (c: Ending['confidence']) => c === 'low' || c === 'unconfirmed';

export function computeStatus(doc: StatusInput, endings: Ending[], asOf: IsoDate): StatusResult {
  const unverified = new Set(doc.unverified ?? []);
  const effective = doc.effective;
  const effectiveUncertain = unverified.has('effective');

  const happened = endings.filter((e) => e.date !== undefined && e.date <= asOf);
  const upcoming = endings
    .filter((e) => e.date !== undefined && e.date > asOf)
    .sort((a, b) => a.date!.localeCompare(b.date!));
  const next = upcoming[0]
    ? {
        status: (upcoming[0].partial ? 'het-hieu-luc-mot-phan' : 'het-hieu-luc') as Status,
        date: upcoming[0].date!,
        by: upcoming[0].by,
      }
    : doc.expires && doc.expires > asOf
      ? { status: 'het-hieu-luc' as Status, date: doc.expires }
      : undefined;

  if (effective && asOf < effective) {
    return {
      status: 'chua-co-hieu-luc',
      reason: 'not-yet-effective',
      since: undefined,
      uncertain: effectiveUncertain,
      next: { status: 'con-hieu-luc', date: effective },
    };
  }

  const full = happened.filter((e) => !e.partial).sort((a, b) => a.date!.localeCompare(b.date!))[0];
  if (full) {
    if (weak(full.confidence)) {
      return { status: 'chua-xac-minh', reason: 'ending-unconfirmed', since: full.date, by: full.by, uncertain: true };
    }
    return {
      status: 'het-hieu-luc',
      reason: 'ended-by',
      since: full.date,
      by: full.by,
      uncertain: full.confidence !== 'high',
    };
  }
  if (doc.expires && doc.expires <= asOf) {
    return { status: 'het-hieu-luc', reason: 'expired', since: doc.expires, uncertain: unverified.has('expires') };
  }
  if (!effective) {
    return { status: 'chua-xac-minh', reason: 'effective-unknown', uncertain: true, next };
  }
  const partial = happened.filter((e) => e.partial).sort((a, b) => a.date!.localeCompare(b.date!))[0];
  if (partial) {
    return {
      status: weak(partial.confidence) ? 'chua-xac-minh' : 'het-hieu-luc-mot-phan',
      reason: weak(partial.confidence) ? 'ending-unconfirmed' : 'partly-ended-by',
      since: partial.date,
      by: partial.by,
      uncertain: partial.confidence !== 'high',
      next,
    };
  }
  if (doc.inForceConfirmedUntil && asOf > doc.inForceConfirmedUntil) {
    return {
      status: 'chua-xac-minh',
      reason: 'not-confirmed-since',
      since: doc.inForceConfirmedUntil,
      uncertain: true,
      next,
    };
  }
  return { status: 'con-hieu-luc', reason: 'in-force', since: effective, uncertain: effectiveUncertain, next };
}
