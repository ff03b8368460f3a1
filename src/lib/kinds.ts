// The kinds of data entry, each declared once: its folder, schema, route, page anchors, the word
// for it in messages, and its short label. The content config, the graph, the validator, the
// routes, the open data, the search facets and the scaffolder all derive what they need from here.
// Adding a kind: a schema in schemas.ts, an entry here, and its page under src/pages/.
import type { z } from 'astro/zod';
import { COLLECTIONS, KIND_NAMES, type DataCollection, type Locale } from './schemas.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';
import { bothLocales } from './ui-text.ts';

export interface Kind {
  /** The folder under content/ and the collection's name. */
  name: DataCollection;
  schema: z.ZodType;
  /** The URL section, Vietnamese without diacritics, the same in both languages. */
  section: string;
  /** Entries with a page of their own; the others are anchors on the section's page. */
  paged: boolean;
  /** Short ASCII ids of the headings of an entry's page: stable when a heading's wording changes. */
  anchors: readonly string[];
  /** The English word for one entry, in the validator's messages. */
  word: string;
  /** `npm run new <command>` writes a new entry of this kind. */
  command: string;
  /** A short label of an entry, as a link to it reads. */
  label: (data: any) => Record<Locale, string>;
  /** The field the label shows in a language, so a link can carry its "unverified" mark. */
  labelField: (data: any, locale: Locale) => string;
}

const pick = (v: any): Record<Locale, string> | undefined =>
  v && typeof v === 'object' && typeof v.vi === 'string' ? { vi: v.vi, en: v.en ?? v.vi } : undefined;
const same = (text: string | number | undefined): Record<Locale, string> => ({
  vi: String(text ?? ''),
  en: String(text ?? ''),
});

export const KINDS: Record<DataCollection, Kind> = {
  documents: {
    name: 'documents',
    schema: COLLECTIONS.documents,
    section: 'van-ban',
    paged: true,
    anchors: ['thong-tin', 'hieu-luc', 'quan-he', 'nhiem-vu', 'nguon'],
    word: 'document',
    command: 'document',
    label: (data) => same(data?.number),
    labelField: () => 'number',
  },
  agencies: {
    name: 'agencies',
    schema: COLLECTIONS.agencies,
    section: 'co-quan',
    paged: true,
    anchors: ['thong-tin', 'nhiem-vu', 'van-ban', 'ke-thua', 'thanh-vien', 'nguon'],
    word: 'agency',
    command: 'agency',
    label: (data) => {
      const name = pick(data?.name) ?? same('');
      // A former unit can share its name with the unit that replaced it: say which one it is.
      const until = data?.active?.until;
      const year =
        typeof until === 'string'
          ? until.slice(0, 4)
          : until instanceof Date
            ? String(until.getUTCFullYear())
            : undefined;
      return year ? bothLocales('agency.until', (locale) => ({ name: name[locale], year })) : name;
    },
    labelField: (_, locale) => `name.${locale}`,
  },
  tasks: {
    name: 'tasks',
    schema: COLLECTIONS.tasks,
    section: 'nhiem-vu',
    paged: true,
    anchors: ['noi-dung', 'y-nghia', 'trach-nhiem', 'van-ban', 'nguon'],
    word: 'task',
    command: 'task',
    label: (data) => pick(data?.title) ?? same(data?.key),
    labelField: (data, locale) => (data?.title ? `title.${locale}` : 'key'),
  },
  benefits: {
    name: 'benefits',
    schema: COLLECTIONS.benefits,
    section: 'quyen-loi',
    paged: true,
    anchors: ['noi-dung', 'doi-tuong', 'can-gi', 'cac-buoc', 'co-so-phap-ly', 'nguon'],
    word: 'benefit',
    command: 'benefit',
    label: (data) => pick(data?.title) ?? same(data?.key),
    labelField: (data, locale) => (data?.title ? `title.${locale}` : 'key'),
  },
  glossary: {
    name: 'glossary',
    schema: COLLECTIONS.glossary,
    section: 'thuat-ngu',
    paged: false,
    anchors: [],
    word: 'glossary term',
    command: 'glossary',
    label: (data) => (data?.abbr ? same(data.abbr) : (pick(data?.term) ?? same(''))),
    labelField: (data, locale) => (data?.abbr ? 'abbr' : `term.${locale}`),
  },
};

export const KIND_LIST: readonly Kind[] = KIND_NAMES.map((name) => KINDS[name]);

/** A field that names an entry of another kind: its path (`*` for each item of a list) and that kind. */
export interface ReferenceField {
  path: string[];
  target: DataCollection;
}

/** The fields that name other entries, read from the schema (schemas.ts marks them with ref()). */
function referenceFieldsOf(schema: JsonSchema, path: string[] = []): ReferenceField[] {
  if (typeof schema.references === 'string') return [{ path, target: schema.references as DataCollection }];
  const inner = [
    ...Object.entries(schema.properties ?? {}).flatMap(([key, s]) => referenceFieldsOf(s, [...path, key])),
    ...(schema.items ? referenceFieldsOf(schema.items, [...path, '*']) : []),
    ...(schema.anyOf ?? []).flatMap((s) => referenceFieldsOf(s, path)),
  ];
  return inner;
}

export const REFERENCE_FIELDS: Record<DataCollection, ReferenceField[]> = Object.fromEntries(
  KIND_LIST.map((k) => [k.name, referenceFieldsOf(jsonSchemaOf(k.schema, 'input'))]),
) as Record<DataCollection, ReferenceField[]>;
