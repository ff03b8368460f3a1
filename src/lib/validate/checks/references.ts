// Unknown ids: every data field that names another entry must name one that exists, in the
// collection that field expects; the finding suggests the three nearest known ids.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import type { Finding } from '../types.ts';
import type { DataCollection } from '../../schemas.ts';
import { KINDS, REFERENCE_FIELDS, type ReferenceField } from '../../kinds.ts';
import { didYouMean } from '../suggest.ts';

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

const NAMES = (kind: DataCollection) => KINDS[kind].word;

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

export function checkReferences(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const [collection, fields] of Object.entries(REFERENCE_FIELDS) as [DataCollection, ReferenceField[]][]) {
    for (const entry of ctx.graph.content[collection]) {
      const file = ctx.files.get(`${collection}/${entry.id}`)!;
      for (const field of fields) {
        for (const [path, value] of valuesAt(entry.data, field.path)) {
          if (typeof value !== 'string' || ctx.idsOf(field.target).has(value)) continue;
          const elsewhere = ctx.graph.collectionOf.get(value);
          const message = elsewhere
            ? `"${path.join('.')}" names "${value}", which is ${article(NAMES(elsewhere))}, not ${article(NAMES(field.target))}`
            : `"${path.join('.')}" names an unknown ${NAMES(field.target)} "${value}"`;
          findings.push(at(file, path, 'error', 'unknown-id', message, didYouMean(value, ctx.idsOf(field.target))));
        }
      }
    }
  }
  return findings;
}
