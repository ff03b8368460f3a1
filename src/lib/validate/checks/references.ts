// Unknown ids: every data field that names another entry must name one that exists, in the
// collection that field expects; the finding suggests the three nearest known ids.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import type { Finding } from '../types.ts';
import type { DataCollection } from '../../schemas.ts';
import { didYouMean } from '../suggest.ts';

type RefField = { path: (string | '*')[]; target: DataCollection };

/** Which fields of each collection refer to which collection. */
const REFERENCE_FIELDS: Record<DataCollection, RefField[]> = {
  documents: [
    { path: ['issuer'], target: 'agencies' },
    { path: ['relations', '*', 'target'], target: 'documents' },
    { path: ['serves', '*'], target: 'tasks' },
  ],
  agencies: [
    { path: ['partOf'], target: 'agencies' },
    { path: ['successorOf', '*', 'id'], target: 'agencies' },
    { path: ['successorOf', '*', 'basis'], target: 'documents' },
  ],
  tasks: [
    { path: ['parent'], target: 'tasks' },
    { path: ['assigned', '*', 'agency'], target: 'agencies' },
    { path: ['deliveredBy', '*'], target: 'documents' },
    { path: ['legalBasis', '*'], target: 'documents' },
  ],
  benefits: [
    { path: ['pillarItems', '*'], target: 'benefits' },
    { path: ['legalBasis', '*'], target: 'documents' },
  ],
  glossary: [{ path: ['related', '*'], target: 'glossary' }],
};

/** Every (path, value) a field pattern matches in an entry. */
function valuesAt(data: any, pattern: (string | '*')[], prefix: (string | number)[] = []): Array<[(string | number)[], unknown]> {
  if (pattern.length === 0) return data === undefined ? [] : [[prefix, data]];
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (!Array.isArray(data)) return [];
    return data.flatMap((item, i) => valuesAt(item, rest, [...prefix, i]));
  }
  if (data === null || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
}

const NAMES: Record<DataCollection, string> = {
  documents: 'document', agencies: 'agency', tasks: 'task', benefits: 'benefit', glossary: 'glossary term',
};

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

export function checkReferences(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const [collection, fields] of Object.entries(REFERENCE_FIELDS) as [DataCollection, RefField[]][]) {
    for (const entry of ctx.graph.content[collection]) {
      const file = ctx.files.get(`${collection}/${entry.id}`)!;
      for (const field of fields) {
        for (const [path, value] of valuesAt(entry.data, field.path)) {
          if (typeof value !== 'string' || ctx.idsOf(field.target).has(value)) continue;
          const elsewhere = ctx.graph.collectionOf.get(value);
          const message = elsewhere
            ? `"${path.join('.')}" names "${value}", which is ${article(NAMES[elsewhere])}, not ${article(NAMES[field.target])}`
            : `"${path.join('.')}" names an unknown ${NAMES[field.target]} "${value}"`;
          findings.push(at(file, path, 'error', 'unknown-id', message, didYouMean(value, ctx.idsOf(field.target))));
        }
      }
    }
  }
  return findings;
}
