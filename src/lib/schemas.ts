// The content model: one Zod schema per data collection. Astro's content config, the validator,
// the open-data exports and the tests all import these, so a field exists in one place only.
import { z } from 'astro/zod';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Ids are file names: ASCII, lower case, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DOCUMENT_KINDS = [
  'luat',
  'nghi-quyet',
  'nghi-dinh',
  'quyet-dinh',
  'thong-tu',
  'chi-thi',
  'cong-van',
  'cong-dien',
  'thong-bao',
] as const;

export const CONFIDENCE = ['high', 'medium', 'low', 'unconfirmed'] as const;

/** Legal relations, stored once on the newer document (vbpl "Lược đồ", ELI). */
export const RELATIONS = ['replaces', 'amends', 'details', 'repeals', 'based-on'] as const;

export const AGENCY_KINDS = [
  'quoc-hoi',
  'chinh-phu',
  'thu-tuong',
  'bo',
  'co-quan-ngang-bo',
  'co-quan-thuoc-chinh-phu',
  'don-vi-truc-thuoc',
  'tinh',
  'thanh-pho',
  'ban-chi-dao',
  'to-cong-tac',
  'nhom',
] as const;

export const ROLES = ['chu-tri', 'phoi-hop', 'thuc-hien'] as const;

export const PILLARS = ['nhan-thuc', 'phap-ly', 'ha-tang', 'niem-tin'] as const;

export const AUDIENCES = ['cong-dan', 'nguoi-nuoc-ngoai', 'doanh-nghiep', 'co-quan'] as const;

const id = z.string().regex(ID_PATTERN, 'must be lower-case ASCII words joined by hyphens');
/** Text held in both languages in the same entry, so a translation can never lose an entry. */
export const bilingual = z.strictObject({ vi: z.string().trim().min(1), en: z.string().trim().min(1) });
const bilingualList = z.strictObject({ vi: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) });
/** YAML dates (2022-01-06) arrive as Date objects from Astro's loader and as strings from ours. */
const isoDate = z.union([
  z.date(),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const parsed = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `${text} is not a real calendar date` });
    return z.NEVER;
  }
  return text;
});

export const source = z.strictObject({
  url: z.url(),
  publisher: z.string().min(1),
  /** The day the source was read, where known. */
  read: isoDate.optional(),
  note: z.string().optional(),
});

/** Every data entry says where its facts came from and how sure we are. */
const provenance = {
  sources: z.array(source).min(1),
  confidence: z.enum(CONFIDENCE),
  /** Fields (dotted paths) that no source confirms; pages show them as "chưa xác minh". */
  unverified: z.array(z.string()).default([]),
  /** The content date an editor last checked the entry against its sources. */
  reviewed: isoDate,
};

export const relation = z.strictObject({
  type: z.enum(RELATIONS),
  target: id,
  /** Only part of the target is affected (some articles replaced or repealed). */
  partial: z.boolean().default(false),
  confidence: z.enum(CONFIDENCE).default('high'),
  note: bilingual.optional(),
});

export const documentSchema = z.strictObject({
  number: z.string().min(1),
  kind: z.enum(DOCUMENT_KINDS),
  issuer: id,
  signer: z.string().min(1).optional(),
  title: bilingual,
  /** A short name people use ("Luật Căn cước 2023"). */
  shortName: bilingual.optional(),
  issued: isoDate.optional(),
  effective: isoDate.optional(),
  /** An end date the document itself sets; ends caused by newer documents are derived. */
  expires: isoDate.optional(),
  /** The last date a source shows the document in force; after it, the status is unverified. */
  inForceConfirmedUntil: isoDate.optional(),
  relations: z.array(relation).default([]),
  /** Seed tasks (l1…l5, i…) this document delivers or underpins. */
  serves: z.array(id).default([]),
  summary: bilingual,
  ...provenance,
});

export const agencySchema = z.strictObject({
  name: bilingual,
  short: bilingual.optional(),
  kind: z.enum(AGENCY_KINDS),
  /** For groups: the kinds whose agencies are its members on a given date (derived, not listed). */
  memberKinds: z.array(z.enum(AGENCY_KINDS)).optional(),
  partOf: id.optional(),
  active: z
    .strictObject({ from: isoDate.optional(), until: isoDate.optional() })
    .default({}),
  successorOf: z
    .array(
      z.strictObject({
        id,
        date: isoDate,
        confidence: z.enum(CONFIDENCE).default('high'),
        basis: id.optional(),
      }),
    )
    .default([]),
  summary: bilingual,
  ...provenance,
});

export const taskSchema = z.strictObject({
  /** The key on the slide (A1, L2, I1.3). */
  key: z.string().regex(/^[ALI]\d(?:\.\d)?$/),
  pillar: z.enum(PILLARS),
  parent: id.optional(),
  /** The slide's own wording, quoted exactly, and our translation. */
  slide: bilingual,
  /** The slide's "who implements" line for this item's pillar. */
  implementers: bilingual,
  meaning: bilingual,
  assigned: z
    .array(z.strictObject({ agency: id, role: z.enum(ROLES), note: bilingual.optional() }))
    .default([]),
  deliveredBy: z.array(id).default([]),
  legalBasis: z.array(id).default([]),
  timeframe: bilingual.optional(),
  ...provenance,
});

export const benefitSchema = z.strictObject({
  /** The key on the slide (B1…B5); concrete benefits have none. */
  key: z.string().regex(/^B\d$/).optional(),
  /** Slide wording, for the five slide items. */
  slide: bilingual.optional(),
  title: bilingual,
  /** The slide items (b1…b5) a concrete benefit belongs to. */
  pillarItems: z.array(id).default([]),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  summary: bilingual,
  forWhom: bilingual.optional(),
  needs: bilingualList.optional(),
  steps: bilingualList.optional(),
  since: isoDate.optional(),
  legalBasis: z.array(id).default([]),
  ...provenance,
});

export const glossarySchema = z.strictObject({
  term: bilingual,
  /** The abbreviation as written in Vietnamese texts (DVC, TTHC). */
  abbr: z.string().optional(),
  definition: bilingual,
  related: z.array(id).default([]),
  sources: z.array(source).default([]),
});

export const COLLECTIONS = {
  documents: documentSchema,
  agencies: agencySchema,
  tasks: taskSchema,
  benefits: benefitSchema,
  glossary: glossarySchema,
} as const;
export type DataCollection = keyof typeof COLLECTIONS;

export type DocumentData = z.output<typeof documentSchema>;
export type AgencyData = z.output<typeof agencySchema>;
export type TaskData = z.output<typeof taskSchema>;
export type BenefitData = z.output<typeof benefitSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
export type Bilingual = z.output<typeof bilingual>;

/** Fields our Starlight pages add to the frontmatter. */
export const pageExtension = z.object({
  /** The content date an editor last checked the page (not a git date). */
  reviewed: isoDate.optional(),
  /** Entries the page relies on; a change of their status after `reviewed` is flagged. */
  cites: z.array(id).default([]),
  /**
   * Everyday words readers may search with that the page does not use ("máy bay", "CMND"):
   * searchable, never shown.
   */
  keywords: z.array(z.string().min(1)).default([]),
});
