// Schema: every data entry and every page's frontmatter against its Zod schema, each problem at
// the line and column of the offending key.
import { z } from 'astro/zod';
import { COLLECTIONS, ID_PATTERN, pageFrontmatter } from '../../schemas.ts';
import type { PageFile, YamlFile } from '../load.ts';
import { at, atPageFrontmatter } from '../context.ts';
import type { Draft } from '../types.ts';
import { MESSAGES, type MessageKey, type Params } from '../messages.ts';
import { nearest } from '../suggest.ts';

/** A value as an editor would recognise it, short, and safe for self-referencing YAML. */
function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? 'a list that contains itself' : 'a value that contains itself';
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** What `npm run new` writes in a field it cannot fill: the editor has not got to it yet. */
const PLACEHOLDERS = new Set(['TODO', 'YYYY-MM-DD']);

interface Said {
  key: MessageKey;
  params: Params;
}

function describe(issue: z.core.$ZodIssue, input: unknown): Said {
  const field = issue.path.length ? issue.path.join('.') : 'the entry';
  if (typeof input === 'string' && PLACEHOLDERS.has(input)) {
    // "Nearest to TODO" would be noise: list the allowed values only.
    if (issue.code === 'invalid_value')
      return { key: 'schema.placeholder-enum', params: { field, value: input, options: issue.values.join(', ') } };
    return { key: 'schema.placeholder', params: { field, value: input } };
  }
  return explain(issue, input, field);
}

function explain(issue: z.core.$ZodIssue, input: unknown, field: string): Said {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return { key: 'schema.missing', params: { field, key: String(issue.path.at(-1)), expected: issue.expected } };
      return { key: 'schema.type', params: { field, expected: issue.expected, value: show(input) } };
    case 'invalid_value': {
      const options = issue.values.map(String);
      const value = String(input);
      if (options.length <= 3) return { key: 'schema.enum', params: { field, value, options: options.join(', ') } };
      return {
        key: 'schema.enum-near',
        params: { field, value, options: options.join(', '), nearest: nearest(value, options, 1)[0] },
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return issue.path.length
        ? { key: 'schema.unknown-field-in', params: { keys, field } }
        : { key: 'schema.unknown-field', params: { keys } };
    }
    case 'invalid_format':
      if (issue.format === 'url')
        return input === ''
          ? { key: 'schema.url-empty', params: { field } }
          : { key: 'schema.url', params: { field, value: JSON.stringify(input) } };
      if (issue.format === 'regex' && issue.pattern === String(ID_PATTERN))
        return { key: 'schema.id', params: { field, value: JSON.stringify(input) } };
      if (issue.format === 'regex' && issue.message.includes('YYYY-MM-DD'))
        return { key: 'schema.date', params: { field, value: JSON.stringify(input) } };
      return { key: 'schema.other', params: { field, reason: issue.message } };
    case 'too_small':
      return { key: issue.origin === 'array' ? 'schema.empty-list' : 'schema.empty', params: { field } };
    case 'too_big':
      return {
        key: 'schema.too-long',
        params: { field, max: Number(issue.maximum), length: typeof input === 'string' ? input.length : show(input) },
      };
    case 'custom': {
      // The schema's own checks (schemas.ts) name their message in params.message.
      const key = (issue.params as { message?: string } | undefined)?.message;
      if (key && key in MESSAGES)
        return { key: key as MessageKey, params: { field, value: String(input), ...issue.params } };
      return { key: 'schema.other', params: { field, reason: issue.message } };
    }
    default:
      return { key: 'schema.other', params: { field, reason: issue.message } };
  }
}

/** The value the entry holds at a Zod issue's path (Zod 4 does not carry it on the issue). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: any = data;
  for (const step of path) value = value == null ? undefined : value[step as any];
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

export function schemaFindings(file: YamlFile, error: z.ZodError): Draft[] {
  return error.issues.map((issue) => {
    const input = valueAt(file.data, issue.path);
    const { key, params } = describe(issue, input);
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const pointAtKey = issue.code === 'unrecognized_keys' || (issue.code === 'invalid_type' && input === undefined);
    return at(file, path, 'error', key, params, undefined, pointAtKey);
  });
}

/** Parses each entry; returns the valid ones and the findings for the rest. */
export function checkEntrySchemas(entries: readonly YamlFile[]): {
  valid: Map<string, { file: YamlFile; data: any }>;
  findings: Draft[];
} {
  const valid = new Map<string, { file: YamlFile; data: any }>();
  const findings: Draft[] = [];
  for (const file of entries) {
    if (file.data === undefined) continue;
    const result = COLLECTIONS[file.collection].safeParse(file.data);
    if (result.success) valid.set(`${file.collection}/${file.id}`, { file, data: result.data });
    else findings.push(...schemaFindings(file, result.error));
  }
  return { valid, findings };
}

/** Parses each page's frontmatter. */
export function checkPageSchemas(pages: readonly PageFile[]): Draft[] {
  const findings: Draft[] = [];
  for (const page of pages) {
    if (page.frontmatter === undefined) continue;
    // Astro would take a page's address from "slug:", and the validator from its path.
    if (page.frontmatter && typeof page.frontmatter === 'object' && 'slug' in page.frontmatter)
      findings.push(atPageFrontmatter(page, ['slug'], 'error', 'content-file.slug'));
    const result = pageFrontmatter.safeParse(page.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { key, params } = describe(issue, valueAt(page.frontmatter, issue.path));
        findings.push(atPageFrontmatter(page, issue.path, 'error', key, params));
      }
    }
  }
  return findings;
}
