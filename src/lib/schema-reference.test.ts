import { describe, expect, it } from 'vitest';
import {
  REFERENCE_KINDS,
  describeField,
  referenceRows,
  undescribedFields,
  unusedDescriptions,
} from './schema-reference.ts';
import { AGENCY_KINDS, COLLECTIONS, DOCUMENT_KINDS, pageFrontmatter } from './schemas.ts';

describe('the schema reference', () => {
  it('describes every field of every schema', () => {
    // A new field in schemas.ts needs a line in schema-descriptions.ts, in both languages.
    expect(undescribedFields()).toEqual([]);
  });

  it('keeps no description of a field that no longer exists', () => {
    expect(unusedDescriptions()).toEqual([]);
  });

  it('lists every top-level field of each collection, and only those', () => {
    for (const [kind, schema] of Object.entries(COLLECTIONS)) {
      const top = referenceRows(kind as keyof typeof COLLECTIONS)
        .filter((r) => r.depth === 0)
        .map((r) => r.path);
      expect(top).toEqual(Object.keys(schema.shape));
    }
  });

  it('reads required fields, allowed values and list items from the schema', () => {
    const rows = new Map(referenceRows('documents').map((r) => [r.path, r]));
    expect(rows.get('number')).toMatchObject({ required: true });
    expect(rows.get('signer')).toMatchObject({ required: false });
    expect(rows.get('kind')?.values).toEqual([...DOCUMENT_KINDS]);
    expect(rows.get('relations[].type')).toMatchObject({ required: true, depth: 1 });
    expect(rows.get('relations[].partial')).toMatchObject({ required: false, default: false });
    expect(rows.get('effective')?.type.en).toBe('date (YYYY-MM-DD)');
    expect(rows.get('title')?.type.vi).toBe('văn bản song ngữ (vi, en)');
    expect(rows.get('sources')).toMatchObject({ required: true, nonEmpty: true });
    const agencies = new Map(referenceRows('agencies').map((r) => [r.path, r]));
    expect(agencies.get('memberKinds')?.values).toEqual([...AGENCY_KINDS]);
    expect(agencies.get('active.until')?.depth).toBe(1);
    expect(referenceRows('tasks').find((r) => r.path === 'key')?.pattern).toBe('^[ALI]\\d(?:\\.\\d)?$');
  });

  it('gives a shared field one description and lets a kind override it', () => {
    expect(describeField('documents', 'reviewed')).toEqual(describeField('tasks', 'reviewed'));
    expect(describeField('glossary', 'sources')).toEqual(describeField('documents', 'sources'));
    expect(describeField('pages', 'reviewed')?.en).toContain('Last reviewed');
    expect(describeField('documents', 'reviewed')?.en).not.toContain('Last reviewed');
  });

  it('covers the page frontmatter too', () => {
    expect(REFERENCE_KINDS).toContain('pages');
    expect(referenceRows('pages').map((r) => r.path)).toEqual(Object.keys(pageFrontmatter.shape));
  });
});
