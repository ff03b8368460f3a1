// Schema: every data entry and every page's frontmatter against its Zod schema, each problem at
// the line and column of the offending key.
import { z } from 'astro/zod';
import { COLLECTIONS, ID_PATTERN, pageFrontmatter } from '../../schemas.ts';
import type { PageFile, YamlFile } from '../load.ts';
import { at, atPageFrontmatter } from '../context.ts';
import type { Finding } from '../types.ts';
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

function describe(issue: z.core.$ZodIssue, input: unknown): { message: string; hint?: string } {
  const field = issue.path.length ? issue.path.join('.') : 'the entry';
  const found = explain(issue, input, field);
  if (typeof input === 'string' && PLACEHOLDERS.has(input)) {
    // "Nearest to TODO" would be noise: list the allowed values only.
    return {
      message: `"${field}" is not filled in yet (${input})`,
      hint: found.hint?.replace(/ \(nearest: [^)]*\)$/, ''),
    };
  }
  return found;
}

function explain(issue: z.core.$ZodIssue, input: unknown, field: string): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return { message: `"${field}" is missing`, hint: `add "${String(issue.path.at(-1))}:" (${issue.expected})` };
      return { message: `"${field}" should be ${issue.expected}, not ${show(input)}` };
    case 'invalid_value': {
      const options = issue.values.map(String);
      const got = String(input);
      return {
        message: `"${field}" has the value "${got}", which is not allowed`,
        hint: `use one of: ${options.join(', ')}${options.length > 3 ? ` (nearest: ${nearest(got, options, 1)[0]})` : ''}`,
      };
    }
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${issue.path.length ? ` in "${field}"` : ''}`,
        hint: 'check the spelling against the schema reference; remove fields the schema does not have',
      };
    case 'invalid_format':
      if (issue.format === 'url') {
        return {
          message: input === '' ? `"${field}" is empty` : `"${field}" is not a web address: ${JSON.stringify(input)}`,
          hint: 'write the full address, starting with https://',
        };
      }
      if (issue.format === 'regex' && issue.pattern === String(ID_PATTERN)) {
        return {
          message: `"${field}": ${issue.message}, not ${JSON.stringify(input)}`,
          hint: 'write the id of an entry: its file name without .yaml',
        };
      }
      if (issue.format === 'regex' && issue.message.includes('YYYY-MM-DD')) {
        return {
          message: `"${field}": ${issue.message}, not ${JSON.stringify(input)}`,
          hint: 'write the day as YYYY-MM-DD, for example 2022-09-05',
        };
      }
      return { message: `"${field}": ${issue.message}` };
    case 'too_small':
      return {
        message: `"${field}" is empty or too short`,
        hint: issue.origin === 'array' ? 'add at least one item' : 'fill it in',
      };
    case 'custom': {
      // A name in `unverified` that is not a field of the kind (schemas.ts lists the allowed ones).
      const allowed = (issue.params as { allowed?: string[] } | undefined)?.allowed;
      if (allowed)
        return {
          message: `"${field}": ${issue.message}`,
          hint: `name a field of this kind (nearest: ${nearest(String(input), allowed, 1)[0]}); allowed: ${allowed.join(', ')}`,
        };
      return { message: `"${field}": ${issue.message}` };
    }
    default:
      return { message: `"${field}": ${issue.message}` };
  }
}

/** The value the entry holds at a Zod issue's path (Zod 4 does not carry it on the issue). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: any = data;
  for (const step of path) value = value == null ? undefined : value[step as any];
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

export function schemaFindings(file: YamlFile, error: z.ZodError): Finding[] {
  return error.issues.map((issue) => {
    const input = valueAt(file.data, issue.path);
    const { message, hint } = describe(issue, input);
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const pointAtKey = issue.code === 'unrecognized_keys' || (issue.code === 'invalid_type' && input === undefined);
    return at(file, path, 'error', 'schema', message, hint, pointAtKey);
  });
}

/** Parses each entry; returns the valid ones and the findings for the rest. */
export function checkEntrySchemas(entries: readonly YamlFile[]): {
  valid: Map<string, { file: YamlFile; data: any }>;
  findings: Finding[];
} {
  const valid = new Map<string, { file: YamlFile; data: any }>();
  const findings: Finding[] = [];
  for (const file of entries) {
    if (file.data === undefined) continue;
    const result = COLLECTIONS[file.collection].safeParse(file.data);
    if (result.success) valid.set(`${file.collection}/${file.id}`, { file, data: result.data });
    else findings.push(...schemaFindings(file, result.error));
  }
  return { valid, findings };
}

/** Parses each page's frontmatter. */
export function checkPageSchemas(pages: readonly PageFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    if (page.frontmatter === undefined) continue;
    const result = pageFrontmatter.safeParse(page.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { message, hint } = describe(issue, valueAt(page.frontmatter, issue.path));
        findings.push(atPageFrontmatter(page, issue.path, 'error', 'schema', message, hint));
      }
    }
  }
  return findings;
}
