// The fields an entry's `unverified` list may name, and whether a shown value is one of them. Pages,
// link labels and the validator all ask here, so "unverified" means the same thing everywhere.
import type { JsonSchema } from './json-schema.ts';

/** Where a fact came from and how sure we are: these describe the entry, they are not facts of it. */
const PROVENANCE = new Set(['sources', 'confidence', 'unverified', 'reviewed', 'editorNote']);

/**
 * The dotted paths of a kind's fields (`title`, `title.vi`, `origin.document`): every property,
 * and the properties of objects inside it. A list is named as a whole (`deliveredBy`).
 */
export function fieldPaths(schema: JsonSchema, prefix = ''): string[] {
  const objects = [schema, ...(schema.anyOf ?? [])];
  return objects.flatMap((s) =>
    Object.entries(s.properties ?? {}).flatMap(([key, child]) => {
      if (!prefix && PROVENANCE.has(key)) return [];
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...fieldPaths(child, path)];
    }),
  );
}

/**
 * Is this value unconfirmed by any source? A field is unverified when it is listed, when a field it
 * belongs to is listed (`title` covers `title.vi`), or when a part of it is (`deadline.date` makes
 * the deadline shown as a whole doubtful).
 */
export function isUnverified(data: { unverified?: readonly string[] } | undefined, field: string): boolean {
  return (data?.unverified ?? []).some((f) => f === field || field.startsWith(`${f}.`) || f.startsWith(`${field}.`));
}
