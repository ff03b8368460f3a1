// The content model: one Zod schema per data collection. Astro's content config, the validator,
// the open-data exports and the tests all import these, so a field exists in one place only.
import { z } from 'astro/zod';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Ids are file names: ASCII, lower case, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The kinds of data entry, each a folder of content/; what else each kind has is in kinds.ts. */
export const KIND_NAMES = ['documents', 'agencies', 'tasks', 'benefits', 'glossary'] as const;
export type DataCollection = (typeof KIND_NAMES)[number];

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

/**
 * Relations between documents, stored once on the newer document. The first five are the legal
 * relations of vbpl's "Lược đồ" and ELI. The last two carry a policy on: `continues`, a later
 * programme for the period after the older one's; `implements`, a directive or guidance on how the
 * older one is carried out.
 */
export const RELATIONS = ['replaces', 'amends', 'details', 'repeals', 'based-on', 'continues', 'implements'] as const;

/** The relations that carry a document on. Unlike `replaces` and `repeals`, they never end it. */
export const FOLLOW_UP_RELATIONS = ['continues', 'implements'] as const satisfies readonly (typeof RELATIONS)[number][];
export const isFollowUp = (type: string): boolean => (FOLLOW_UP_RELATIONS as readonly string[]).includes(type);

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

/**
 * Functions of the state that moved between ministries on their own in 2025 (information security
 * went to Bộ Công an while the rest of Bộ TTTT went to Bộ KH&CN). A task names its function, and a
 * successor names the functions it took over, so each duty passes to the right successor.
 */
export const FUNCTIONS = [
  'an-toan-thong-tin',
  'chuyen-doi-so',
  'ly-lich-tu-phap',
  'giay-phep-lai-xe',
  'dan-cu-dinh-danh',
  'dich-vu-cong',
  'bao-hiem',
  'lao-dong-viec-lam',
  'bao-tro-xa-hoi',
  'giao-duc-nghe-nghiep',
  // Bộ Công an took these two from Bộ GTVT and Bộ LĐTBXH on 01/03/2025 while the rest went elsewhere.
  'an-ninh-hang-khong',
  'cai-nghien-ma-tuy',
] as const;

export type FunctionName = (typeof FUNCTIONS)[number];

/** How often a recurring deadline comes back. */
export const RECURRENCES = ['year', 'quarter', 'month'] as const;

export const PILLARS = ['nhan-thuc', 'phap-ly', 'ha-tang', 'niem-tin'] as const;

export const AUDIENCES = ['cong-dan', 'nguoi-nuoc-ngoai', 'doanh-nghiep', 'co-quan'] as const;

/**
 * Length limits, far above what any entry needs (the longest summary is about 1,100 characters):
 * a text pasted whole from a source, or a runaway file, stops at the validator instead of being
 * published whole on a page and in the open data.
 */
export const TEXT_MAX = 5000;
const LINE_MAX = 500;
const URL_MAX = 2000;
/** Prose and notes: several paragraphs at most. */
const text = (min = 1) => z.string().min(min).max(TEXT_MAX);
/** A name, a number, a publisher: one line. */
const line = () => z.string().min(1).max(LINE_MAX);

const id = z.string().regex(ID_PATTERN, 'must be lower-case ASCII words joined by hyphens');
/**
 * The id of an entry of another kind. The kind it names is metadata of the schema, so the
 * validator, the open-data schemas and the reference page all read it from here (kinds.ts).
 */
const ref = (kind: DataCollection) => id.meta({ references: kind });
/** Text held in both languages in the same entry, so a translation can never lose an entry. */
/** Trimmed first, so that text of spaces alone is empty. */
const prose = () => z.string().trim().min(1).max(TEXT_MAX);
export const bilingual = z.strictObject({ vi: prose(), en: prose() });
const bilingualList = z.strictObject({ vi: z.array(text()).min(1), en: z.array(text()).min(1) });
/** YAML dates (2022-01-06) arrive as Date objects from Astro's loader and as strings from ours. */
const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const parsed = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({
        code: 'custom',
        message: `${text} is not a real calendar date`,
        params: { message: 'schema.not-a-date' },
      });
      return z.NEVER;
    }
    return text;
  });

export const source = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(URL_MAX),
  publisher: line(),
  /** The day the source was read, where known. */
  read: isoDate.optional(),
  /** What the source supports, for readers, in both languages. */
  note: bilingual.optional(),
  /** For editors only (how it was found, how weak it is): never shown on a page or in the open data. */
  editorNote: text(0).optional(),
});

/** Every data entry says where its facts came from and how sure we are. */
const provenance = {
  sources: z.array(source).min(1),
  confidence: z.enum(CONFIDENCE),
  /** Fields (dotted paths) that no source confirms; pages show them as "chưa xác minh". */
  unverified: z
    .array(line())
    .default([])
    .describe(
      'Fields of this entry, as dotted paths (title.vi, effective), that no source confirms; the site marks these values "unverified" wherever it shows them.',
    ),
  /** The content date an editor last checked the entry against its sources. */
  reviewed: isoDate,
  /** Remarks for editors only: never shown on a page or in the open data. */
  editorNote: text(0).optional(),
};

/** Why the site infers a value that no source states (who leads a slide task, say); pages mark it. */
const inferred = bilingual.optional();

export const relation = z.strictObject({
  type: z.enum(RELATIONS),
  target: ref('documents'),
  /** Only part of the target is affected (some articles replaced or repealed). */
  partial: z.boolean().default(false),
  confidence: z.enum(CONFIDENCE).default('high'),
  note: bilingual.optional(),
});

export const documentSchema = z.strictObject({
  number: line(),
  kind: z.enum(DOCUMENT_KINDS),
  issuer: ref('agencies'),
  signer: line().optional(),
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
  serves: z.array(ref('tasks')).default([]),
  summary: bilingual,
  ...provenance,
});

export const agencySchema = z.strictObject({
  name: bilingual,
  short: bilingual.optional(),
  kind: z.enum(AGENCY_KINDS),
  /** For groups: the kinds whose agencies are its members on a given date (derived, not listed). */
  memberKinds: z.array(z.enum(AGENCY_KINDS)).optional(),
  partOf: ref('agencies').optional(),
  active: z.strictObject({ from: isoDate.optional(), until: isoDate.optional() }).default({}),
  successorOf: z
    .array(
      z.strictObject({
        id: ref('agencies'),
        date: isoDate,
        /** The functions it took over from that unit; none listed: all those no other successor took. */
        functions: z.array(z.enum(FUNCTIONS)).default([]),
        confidence: z.enum(CONFIDENCE).default('high'),
        basis: ref('documents').optional(),
      }),
    )
    .default([]),
  summary: bilingual,
  ...provenance,
});

export const taskSchema = z
  .strictObject({
    /** The key on the slide (A1, L2, I1.3), for the slide's tasks; a duty from a document has none. */
    key: z
      .string()
      .regex(/^[ALI]\d(?:\.\d)?$/)
      .optional(),
    /** The document (and article or point) that assigns a duty; the slide's tasks have none. */
    origin: z.strictObject({ document: ref('documents'), article: bilingual.optional() }).optional(),
    pillar: z.enum(PILLARS).optional(),
    parent: ref('tasks').optional(),
    /** A short name of a duty from a document; a slide task's name is its slide wording. */
    title: bilingual.optional(),
    /** The slide's own wording, quoted exactly, and our translation. */
    slide: bilingual.optional(),
    /** The slide's "who implements" line for this item's pillar. */
    implementers: bilingual.optional(),
    meaning: bilingual,
    assigned: z
      .array(z.strictObject({ agency: ref('agencies'), role: z.enum(ROLES), note: bilingual.optional(), inferred }))
      .default([]),
    /** The function of the state the duty belongs to: an ended agency's duty passes to its successor for it. */
    function: z.enum(FUNCTIONS).optional(),
    /** A day, or a day that comes back; none: no deadline given. */
    deadline: z
      .strictObject({
        date: isoDate.optional(),
        every: z.enum(RECURRENCES).optional(),
        /** For a recurring deadline: the month and day (MM-DD) in the year, or the day of the month or quarter's last month. */
        on: z
          .string()
          .regex(/^(\d{2}-\d{2}|\d{1,2})$/)
          .optional(),
        from: isoDate.optional(),
        until: isoDate.optional(),
        inferred,
      })
      .optional(),
    /** A source reports the duty done. */
    done: z.strictObject({ date: isoDate.optional(), sources: z.array(source).min(1) }).optional(),
    /** A later document or a change of agency ended the duty. */
    superseded: z
      .strictObject({ date: isoDate, by: ref('documents').optional(), note: bilingual.optional() })
      .optional(),
    deliveredBy: z.array(ref('documents')).default([]),
    legalBasis: z.array(ref('documents')).default([]),
    timeframe: bilingual.optional(),
    ...provenance,
  })
  .superRefine((task, ctx) => {
    // The slide's tasks and duties from documents share one kind; each needs its own fields.
    // params.message names the validator's message for it (src/lib/validate/messages.ts).
    const need = (field: keyof typeof task, why: string, message: string) => {
      if (task[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `"${field}" is missing: ${why}`, params: { message } });
    };
    if (task.origin) need('title', 'a duty from a document needs a short name', 'schema.duty-title');
    else
      for (const field of ['key', 'pillar', 'slide', 'implementers'] as const)
        need(
          field,
          'a task of the slide needs it (or give "origin:" for a duty from a document)',
          'schema.slide-field',
        );
    const d = task.deadline;
    if (d && (d.date === undefined) === (d.every === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'a deadline is either one day ("date:") or a recurring one ("every:" with "on:")',
        params: { message: 'schema.deadline' },
      });
    }
  });

export const benefitSchema = z.strictObject({
  /** The key on the slide (B1…B5); concrete benefits have none. */
  key: z.string().regex(/^B\d$/).optional(),
  /** Slide wording, for the five slide items. */
  slide: bilingual.optional(),
  title: bilingual,
  /** The slide items (b1…b5) a concrete benefit belongs to. */
  pillarItems: z.array(ref('benefits')).default([]),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  summary: bilingual,
  forWhom: bilingual.optional(),
  needs: bilingualList.optional(),
  steps: bilingualList.optional(),
  since: isoDate.optional(),
  /** The everyday guide (a page under huong-dan/) that says step by step how to use it. */
  guide: z
    .string()
    .regex(/^huong-dan\/[a-z0-9-]+$/)
    .optional(),
  legalBasis: z.array(ref('documents')).default([]),
  ...provenance,
});

export const glossarySchema = z.strictObject({
  term: bilingual,
  /** The abbreviation as written in Vietnamese texts (DVC, TTHC). */
  abbr: line().optional(),
  definition: bilingual,
  related: z.array(ref('glossary')).default([]),
  ...provenance,
});

export const COLLECTIONS = {
  documents: documentSchema,
  agencies: agencySchema,
  tasks: taskSchema,
  benefits: benefitSchema,
  glossary: glossarySchema,
} as const satisfies Record<DataCollection, z.ZodType>;

export type DocumentData = z.output<typeof documentSchema>;
export type AgencyData = z.output<typeof agencySchema>;
export type TaskData = z.output<typeof taskSchema>;
export type BenefitData = z.output<typeof benefitSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
export type Bilingual = z.output<typeof bilingual>;
export type Source = z.output<typeof source>;

/** A task of the 2022 slide, with its key, pillar and wording; a duty from a later document has an origin instead. */
export type SlideTaskData = TaskData & Required<Pick<TaskData, 'key' | 'pillar' | 'slide' | 'implementers'>>;
export const isSlideTask = (task: TaskData): task is SlideTaskData => task.origin === undefined;

/** Fields our Starlight pages add to the frontmatter. */
export const pageExtension = z.object({
  /** The content date an editor last checked the page (not a git date). */
  reviewed: isoDate.optional(),
  /** Entries the page relies on; a change of their status after `reviewed` is flagged. */
  cites: z.array(ref('documents')).default([]),
  /**
   * Everyday words readers may search with that the page does not use ("máy bay", "CMND"):
   * searchable, never shown.
   */
  keywords: z.array(line()).default([]),
});

/** The page frontmatter fields the validator checks and the schema reference lists; Starlight adds its own optional ones. */
export const pageFrontmatter = z.object({ title: line(), description: text(0).optional() }).extend(pageExtension.shape);
