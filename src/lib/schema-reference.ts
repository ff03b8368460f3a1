// The schema reference: every field of every kind of entry, read from the Zod schemas through
// JSON Schema, so the page cannot drift from the code. Only the descriptions are written by hand
// (FIELD_DESCRIPTIONS); a test fails when a field has none.
import { COLLECTIONS, ID_PATTERN, pageFrontmatter, type DataCollection, type Locale } from './schemas.ts';
import { isBilingual, jsonSchemaOf, type JsonSchema } from './json-schema.ts';
import { FIELD_DESCRIPTIONS } from './schema-descriptions.ts';
import { bothLocales } from './ui-text.ts';

export type ReferenceKind = DataCollection | 'pages';
export const REFERENCE_KINDS: ReferenceKind[] = ['documents', 'agencies', 'tasks', 'benefits', 'glossary', 'pages'];

interface FieldRow {
  /** Dotted path; `[]` marks the items of a list (`relations[].type`). */
  path: string;
  /** How deep the field sits, for indentation. */
  depth: number;
  type: Record<Locale, string>;
  required: boolean;
  /** Allowed values, for fields that take one of a fixed list. */
  values?: string[];
  default?: unknown;
  /** A format the text must match, other than ids and dates (which the type names). */
  pattern?: string;
  /** Lists that must have at least one item. */
  nonEmpty?: boolean;
}

function schemaOf(kind: ReferenceKind) {
  return kind === 'pages' ? pageFrontmatter : COLLECTIONS[kind];
}

/** What an editor writes: fields with a default are optional. */
function inputSchema(kind: ReferenceKind): JsonSchema {
  return jsonSchemaOf(schemaOf(kind), 'input');
}

const ID = ID_PATTERN.source;

function scalarType(s: JsonSchema): Record<Locale, string> {
  if (s.enum) return bothLocales('reference.type.enum');
  if (s.type === 'boolean') return bothLocales('reference.type.boolean');
  if (s.type === 'number' || s.type === 'integer') return bothLocales('reference.type.number');
  if (s.format === 'date') return bothLocales('reference.type.date');
  if (s.format === 'uri') return bothLocales('reference.type.url');
  if (s.pattern === ID) return bothLocales('reference.type.id');
  if (s.type === 'string') return bothLocales('reference.type.text');
  return bothLocales('reference.type.any');
}

function typeOf(s: JsonSchema): Record<Locale, string> {
  if (isBilingual(s)) {
    return bothLocales(s.properties!.vi.type === 'array' ? 'reference.type.bilingualList' : 'reference.type.bilingual');
  }
  if (s.type === 'array') {
    const item = s.items ?? {};
    if (item.type === 'object' && !isBilingual(item)) return bothLocales('reference.type.items');
    const inner = typeOf(item);
    return bothLocales('reference.type.listOf', (locale) => ({ inner: inner[locale] }));
  }
  if (s.type === 'object') return bothLocales('reference.type.group');
  return scalarType(s);
}

/** The fields of an object schema, depth first, each followed by its own sub-fields. */
function fieldRows(schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const enumSource = field.type === 'array' ? field.items : field;
    const row: FieldRow = {
      path,
      depth,
      type: typeOf(field),
      required: required.has(name),
    };
    if (enumSource?.enum) row.values = enumSource.enum.map(String);
    if (field.default !== undefined) row.default = field.default;
    if (field.type === 'array' && (field.minItems ?? 0) > 0) row.nonEmpty = true;
    const pattern = enumSource?.pattern;
    if (pattern && pattern !== ID && enumSource?.format !== 'date') row.pattern = pattern;
    rows.push(row);
    if (isBilingual(field)) continue;
    if (field.type === 'object') rows.push(...fieldRows(field, path, depth + 1));
    if (field.type === 'array' && field.items?.type === 'object' && !isBilingual(field.items)) {
      rows.push(...fieldRows(field.items, `${path}[]`, depth + 1));
    }
  }
  return rows;
}

export function referenceRows(kind: ReferenceKind): FieldRow[] {
  return fieldRows(inputSchema(kind));
}

/** The description of a field: specific to the kind of entry, else shared by all kinds. */
export function describeField(kind: ReferenceKind, path: string): Record<Locale, string> | undefined {
  // A list of sources means the same wherever it sits (done.sources, say).
  const source = path.replace(/^.*\bsources\[\]\./, 'sources[].');
  return FIELD_DESCRIPTIONS[`${kind}.${path}`] ?? FIELD_DESCRIPTIONS[`*.${path}`] ?? FIELD_DESCRIPTIONS[`*.${source}`];
}

/** Fields that have no description yet: the reference test lists them. */
export function undescribedFields(): string[] {
  return REFERENCE_KINDS.flatMap((kind) =>
    referenceRows(kind)
      .filter((row) => !describeField(kind, row.path))
      .map((row) => `${kind}.${row.path}`),
  );
}

/** Descriptions that name a field no schema has (left over after a field was renamed). */
export function unusedDescriptions(): string[] {
  const used = new Set<string>();
  for (const kind of REFERENCE_KINDS) {
    for (const row of referenceRows(kind)) {
      used.add(`${kind}.${row.path}`);
      used.add(`*.${row.path}`);
    }
  }
  return Object.keys(FIELD_DESCRIPTIONS).filter((key) => !used.has(key));
}
