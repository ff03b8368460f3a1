// Unknown ids: every data field that names another entry must name one that exists, in the
// collection that field expects; the finding suggests the three nearest known ids.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import type { Draft } from '../types.ts';
import type { DataCollection } from '../../schemas.ts';
import { KIND_LIST, REFERENCE_FIELDS, type ReferenceField } from '../../kinds.ts';
import { jsonSchemaOf, type JsonSchema } from '../../json-schema.ts';
import { KIND_WORDS } from '../messages.ts';
import { nearest } from '../suggest.ts';

/** Every (path, value) a field pattern matches in an entry. */
function valuesAt(
  data: any,
  pattern: string[],
  prefix: (string | number)[] = [],
): Array<[(string | number)[], unknown]> {
  if (pattern.length === 0) return data === undefined ? [] : [[prefix, data]];
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (!Array.isArray(data)) return [];
    return data.flatMap((item, i) => valuesAt(item, rest, [...prefix, i]));
  }
  if (data === null || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head], rest, [...prefix, head]);
}

/** Every field path an entry of a kind can have (`deadline.date`, `title.vi`): what "unverified" may name. */
function fieldPaths(schema: JsonSchema, prefix = ''): string[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, s]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(s, path), ...(s.items ? fieldPaths(s.items, path) : [])];
  });
  return [...own, ...(schema.anyOf ?? []).flatMap((s) => fieldPaths(s, prefix))];
}
const FIELDS = Object.fromEntries(
  KIND_LIST.map((k) => [k.name, new Set(fieldPaths(jsonSchemaOf(k.schema, 'input')))]),
) as Record<DataCollection, Set<string>>;

export function checkReferences(ctx: Context): Draft[] {
  const findings: Draft[] = [];
  for (const [collection, fields] of Object.entries(REFERENCE_FIELDS) as [DataCollection, ReferenceField[]][]) {
    for (const entry of ctx.graph.content[collection]) {
      const file = ctx.files.get(`${collection}/${entry.id}`)!;
      for (const field of fields) {
        for (const [path, value] of valuesAt(entry.data, field.path)) {
          if (typeof value !== 'string' || ctx.idsOf(field.target).has(value)) continue;
          const elsewhere = ctx.graph.collectionOf.get(value) ?? ctx.broken.get(value)?.collection;
          const words = KIND_WORDS[field.target];
          const params = { field: path.join('.'), value, ...words };
          const near = nearest(value, ctx.idsOf(field.target));
          findings.push(
            elsewhere
              ? at(file, path, 'error', 'unknown-id.kind', { ...params, aOther: KIND_WORDS[elsewhere].aKind }, near)
              : at(file, path, 'error', 'unknown-id', params, near),
          );
        }
      }
    }
  }
  // A doubt written on a field the entry does not have is a doubt no page shows.
  for (const collection of KIND_LIST.map((k) => k.name)) {
    for (const entry of ctx.graph.content[collection] as Array<{ id: string; data: { unverified: string[] } }>) {
      const file = ctx.files.get(`${collection}/${entry.id}`)!;
      entry.data.unverified.forEach((name, i) => {
        if (FIELDS[collection].has(name)) return;
        const params = { name, ...KIND_WORDS[collection] };
        findings.push(
          at(file, ['unverified', i], 'error', 'unverified-field', params, nearest(name, FIELDS[collection])),
        );
      });
    }
  }
  return findings;
}
