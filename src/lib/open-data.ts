// Open data: the four data collections as JSON, CSV and JSON Schema, and an Atom feed of entries
// by review date. Each file is built from the same graph the pages read, and each JSON Schema from
// the same Zod schemas the validator uses, so the exports say exactly what the site says.
import { z } from 'astro/zod';
import { COLLECTIONS, CONFIDENCE, ID_PATTERN, KIND_NAMES, RELATIONS, ROLES, type Locale } from './schemas.ts';
import {
  benefitsOfItem,
  childTasks,
  currentSuccessors,
  documentsForTask,
  membersOf,
  statusOf,
  successorsOf,
  tasksForDocument,
  taskTitle,
  tasksOf,
  type Graph,
} from './graph.ts';
import { STATUSES } from './status.ts';
import { agencyDuties, dutyState, nextDeadline, STATE_ORDER } from './duties.ts';
import { bothLocales, uiText } from './ui-text.ts';
import { entryUrl } from './routes.ts';
import { labelOf } from './content-index.ts';
import { DATE_PATTERN, isBilingual, jsonSchemaOf, type JsonSchema } from './json-schema.ts';
import type { IsoDate } from './dates.ts';

/** Every kind of entry is published. */
export const OPEN_DATA = KIND_NAMES;
export type OpenDataName = (typeof OPEN_DATA)[number];

const id = z.string().regex(ID_PATTERN);
const date = z.string().regex(new RegExp(DATE_PATTERN));
const bilingual = z.strictObject({ vi: z.string(), en: z.string() });

/** Facts the site derives from the entries, exported so that nobody has to derive them again. */
const DERIVED = {
  documents: z.strictObject({
    status: z.enum(STATUSES).describe('The status computed as of the file’s asOf date.'),
    statusLabel: bilingual,
    statusUncertain: z.boolean().describe('The status rests on a fact that no strong source confirms.'),
    statusSince: date.optional(),
    inverseRelations: z
      .array(
        z.strictObject({ type: z.enum(RELATIONS), from: id, partial: z.boolean(), confidence: z.enum(CONFIDENCE) }),
      )
      .describe('Relations written on newer documents that point at this one.'),
    tasks: z.array(id).describe('Project 06 tasks this document serves, from either side.'),
  }),
  agencies: z.strictObject({
    successors: z.array(z.strictObject({ id, date })).describe('Agencies formed from this one.'),
    carriedBy: z.array(id).describe('The agencies that carry its duties on the asOf date (itself while active).'),
    members: z.array(id).describe('For groups: the member agencies on the asOf date.'),
    tasks: z
      .array(z.strictObject({ task: id, role: z.enum(ROLES), via: id.optional() }))
      .describe('Tasks it holds, directly or through a group (via).'),
    duties: z
      .array(
        z.strictObject({
          task: id,
          state: z.enum(STATE_ORDER),
          inheritedFrom: z.array(id).describe('Former agencies it took the duty over from.'),
          carriedBy: z.array(id).describe('When it no longer carries the duty: the agencies that do.'),
        }),
      )
      .describe('Its duties as its page lists them on the asOf date, each once: held, inherited or passed on.'),
  }),
  tasks: z.strictObject({
    children: z.array(id),
    relatedDocuments: z.array(id).describe('Documents that say they serve the task and are not listed on it.'),
    state: z
      .enum(STATE_ORDER)
      .describe('The state of the duty on the asOf date, from its deadline, done and superseded fields.'),
    stateLabel: bilingual,
    nextDeadline: date
      .optional()
      .describe('The deadline that matters on the asOf date: the date, or the next one of a recurring deadline.'),
  }),
  benefits: z.strictObject({
    concreteBenefits: z.array(id).describe('For slide items b1…b5: the concrete benefits that belong to it.'),
  }),
  glossary: z.strictObject({}),
} satisfies Record<OpenDataName, z.ZodType>;

function entrySchema(name: OpenDataName) {
  return z.strictObject({
    id,
    url: z.strictObject({ vi: z.url(), en: z.url() }),
    data: COLLECTIONS[name],
    derived: DERIVED[name],
  });
}

/** The whole JSON file of a collection. */
function fileSchema(name: OpenDataName) {
  return z.strictObject({
    name: z.literal(name),
    asOf: date.describe('The date derived statuses and memberships are computed at (the build date).'),
    count: z.number().int(),
    entries: z.array(entrySchema(name)),
  });
}

/** The published /data/<name>.schema.json: what the exported file holds (defaults filled in). */
export function publishedJsonSchema(name: OpenDataName, site: string): JsonSchema {
  return {
    $id: new URL(`/data/${name}.schema.json`, site).href,
    ...publicSchema(jsonSchemaOf(fileSchema(name), 'output')),
  };
}

/** Notes meant for editors stay in content/: the published data and its schema leave them out. */
export function withoutEditorNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEditorNotes) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'editorNote')
      .map(([key, v]) => [
        key,
        key === 'required' && Array.isArray(v) ? v.filter((k) => k !== 'editorNote') : withoutEditorNotes(v),
      ]),
  ) as T;
}

/** The published schema: no editor notes, and the kind an id names said in standard JSON Schema. */
function publicSchema(schema: JsonSchema): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const { references, ...rest } = node as JsonSchema;
    const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, walk(v)]));
    return typeof references === 'string'
      ? { ...out, $comment: `The id of an entry of /data/${references}.json` }
      : out;
  };
  return walk(withoutEditorNotes(schema)) as JsonSchema;
}

type OpenDataEntry = z.output<ReturnType<typeof entrySchema>>;
export interface OpenDataFile {
  name: OpenDataName;
  asOf: IsoDate;
  count: number;
  entries: OpenDataEntry[];
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

function derivedOf(graph: Graph, name: OpenDataName, entryId: string, asOf: IsoDate): any {
  switch (name) {
    case 'documents': {
      const s = statusOf(graph, entryId, asOf);
      return {
        status: s.status,
        statusLabel: bothLocales(`status.${s.status}`),
        statusUncertain: s.uncertain,
        ...(s.since ? { statusSince: s.since } : {}),
        inverseRelations: (graph.inverse.get(entryId) ?? []).map((r) => ({
          type: r.type,
          from: r.from,
          partial: r.partial,
          confidence: r.confidence,
        })),
        tasks: tasksForDocument(graph, entryId),
      };
    }
    case 'agencies':
      return {
        successors: successorsOf(graph, entryId).map((s) => ({ id: s.entry.id, date: s.date })),
        carriedBy: currentSuccessors(graph, entryId, asOf),
        members: membersOf(graph, entryId, asOf).map((m) => m.id),
        tasks: tasksOf(graph, entryId).map((a) => ({
          task: a.task.id,
          role: a.role,
          ...(a.via ? { via: a.via } : {}),
        })),
        duties: agencyDuties(graph, entryId, asOf).map((r) => ({
          task: r.task.id,
          state: r.state.kind,
          inheritedFrom: [...new Set(r.holdings.flatMap((h) => h.inheritedFrom))],
          carriedBy: r.carriedBy,
        })),
      };
    case 'tasks': {
      const task = graph.tasks.get(entryId)!.data;
      const state = dutyState(task, asOf).kind;
      const next = task.deadline && nextDeadline(task.deadline, asOf);
      return {
        children: childTasks(graph, entryId).map((t) => t.id),
        relatedDocuments: documentsForTask(graph, entryId).serving,
        state,
        stateLabel: bothLocales(`dutyTable.stateName.${state}`),
        ...(next ? { nextDeadline: next } : {}),
      };
    }
    case 'benefits':
      return { concreteBenefits: benefitsOfItem(graph, entryId).map((b) => b.id) };
    case 'glossary':
      return {};
  }
}

export function openDataFile(graph: Graph, name: OpenDataName, asOf: IsoDate, site: string): OpenDataFile {
  const entries = [...graph.content[name]].sort(byId).map((entry) => ({
    id: entry.id,
    url: {
      vi: new URL(entryUrl(name, entry.id, 'vi'), site).href,
      en: new URL(entryUrl(name, entry.id, 'en'), site).href,
    },
    data: withoutEditorNotes(entry.data),
    derived: derivedOf(graph, name, entry.id, asOf),
  })) as OpenDataEntry[];
  return { name, asOf, count: entries.length, entries };
}

// ---- CSV --------------------------------------------------------------------------------------

interface CsvColumn {
  name: string;
  /** Where the value sits in an entry; lists met on the way are mapped over. */
  path: string[];
}

/**
 * One column per leaf field of the entry's JSON Schema: text in both languages becomes _vi and
 * _en columns; groups and the fields of list items become name_part columns.
 */
export function csvColumns(name: OpenDataName): CsvColumn[] {
  const schema = publicSchema(jsonSchemaOf(entrySchema(name), 'output'));
  const walk = (s: JsonSchema, prefix: string[]): CsvColumn[] => {
    const out: CsvColumn[] = [];
    for (const [key, field] of Object.entries(s.properties ?? {})) {
      const path = [...prefix, key];
      if (isBilingual(field)) out.push(...(['vi', 'en'] as const).map((l) => ({ name: '', path: [...path, l] })));
      else if (field.type === 'object') out.push(...walk(field, path));
      else if (field.type === 'array' && field.items?.type === 'object' && !isBilingual(field.items))
        out.push(...walk(field.items, path));
      else out.push({ name: '', path });
    }
    return out;
  };
  const top = schema.properties!;
  // The wrapper (data, derived) is left out of the names: columns read id, title_vi, status…
  const columns = [
    ...walk({ properties: { id: top.id, url: top.url } }, []),
    ...walk(top.data, ['data']),
    ...walk(top.derived, ['derived']),
  ].map((c) => ({ ...c, name: c.path.filter((p, i) => !(i === 0 && (p === 'data' || p === 'derived'))).join('_') }));
  const names = new Set<string>();
  for (const c of columns) {
    if (names.has(c.name)) throw new Error(`Two CSV columns named ${c.name} in ${name}`);
    names.add(c.name);
  }
  return columns;
}

const LIST_SEPARATOR = '; ';
/** A list inside an item of a list (the successors of one duty) is joined apart, so items stay aligned. */
const INNER_SEPARATOR = ' + ';

function cell(value: unknown, path: string[], inItem = false): string {
  if (path.length === 0) {
    if (value === undefined || value === null) return '';
    if (Array.isArray(value)) return value.map((v) => cell(v, [])).join(inItem ? INNER_SEPARATOR : LIST_SEPARATOR);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a leaf of parsed YAML: a string, number or boolean
    return String(value);
  }
  if (Array.isArray(value)) {
    // One place per item keeps parallel columns aligned (the 2nd target, the 2nd type…); a field
    // that no item has stays empty rather than a row of separators.
    const parts = value.map((item) => cell(item, path, true));
    return parts.every((p) => p === '') ? '' : parts.join(LIST_SEPARATOR);
  }
  if (value === null || typeof value !== 'object') return '';
  const [head, ...rest] = path;
  return cell((value as Record<string, unknown>)[head], rest, inItem);
}

export function csvRows(file: OpenDataFile): string[][] {
  const columns = csvColumns(file.name);
  return [columns.map((c) => c.name), ...file.entries.map((entry) => columns.map((c) => cell(entry, c.path)))];
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, lines end CRLF. */
export function toCsv(rows: string[][]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The inverse of toCsv, for tests and for anyone checking a download. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"' && value === '') quoted = true;
    else if (ch === ',') {
      row.push(value);
      value = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
      i++;
    } else if (ch === '\n') {
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += ch;
  }
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}

/** Excel reads a CSV as UTF-8 (and shows Vietnamese correctly) only when it starts with a BOM. */
export const CSV_BOM = '\uFEFF';

// ---- Atom -------------------------------------------------------------------------------------

function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

export interface FeedItem {
  id: string;
  collection: OpenDataName;
  title: string;
  url: string;
  updated: IsoDate;
  summary: string;
}

export function feedItems(graph: Graph, site: string, locale: Locale = 'vi'): FeedItem[] {
  const t = uiText(locale);
  const items: FeedItem[] = [];
  for (const name of OPEN_DATA) {
    for (const entry of graph.content[name]) {
      const data = entry.data as any;
      const label = labelOf(name, data)[locale];
      const title =
        name === 'documents'
          ? `${label}: ${data.title[locale]}`
          : name === 'tasks'
            ? `${data.key ? `${data.key}: ` : ''}${taskTitle(data)[locale]}`
            : label || entry.id;
      items.push({
        id: entry.id,
        collection: name,
        title: `${t(`collection.${name}`)} — ${title}`,
        url: new URL(entryUrl(name, entry.id, locale), site).href,
        updated: data.reviewed,
        summary: (data.summary ?? data.meaning)?.[locale] ?? title,
      });
    }
  }
  // Newest review first; entries reviewed the same day keep a stable order.
  return items.sort(
    (a, b) =>
      b.updated.localeCompare(a.updated) || a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id),
  );
}

/** The feed is in Vietnamese, the site's first language. */
export function atomFeed(items: FeedItem[], site: string): string {
  const t = uiText('vi');
  const self = new URL('/data/feed.xml', site).href;
  const updated = items.reduce((max, i) => (i.updated > max ? i.updated : max), '1970-01-01');
  const entry = (i: FeedItem) =>
    [
      '  <entry>',
      `    <id>${escapeXml(i.url)}</id>`,
      `    <title>${escapeXml(i.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(i.url)}"/>`,
      `    <updated>${i.updated}T00:00:00Z</updated>`,
      `    <category term="${i.collection}"/>`,
      `    <summary>${escapeXml(i.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(t('feed.title'))}</title>`,
    `  <subtitle>${escapeXml(t('feed.subtitle'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(new URL('/', site).href)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${escapeXml(t('site.title'))}</name></author>`,
    ...items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
