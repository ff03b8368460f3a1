import { describe, expect, it } from 'vitest';
import { COLLECTIONS, KIND_NAMES } from './schemas.ts';
import { jsonSchemaOf } from './json-schema.ts';
import { fieldPaths, isUnverified } from './unverified.ts';

describe('isUnverified', () => {
  it('marks a listed field, the parts of a listed field, and a field with a listed part', () => {
    const data = { unverified: ['title', 'deadline.date'] };
    expect(isUnverified(data, 'title')).toBe(true);
    expect(isUnverified(data, 'title.vi')).toBe(true);
    expect(isUnverified(data, 'deadline')).toBe(true);
    expect(isUnverified(data, 'deadline.every')).toBe(false);
    expect(isUnverified(data, 'titles')).toBe(false);
    expect(isUnverified({ unverified: ['title.vi'] }, 'title.en')).toBe(false);
    expect(isUnverified(undefined, 'title')).toBe(false);
  });
});

describe('fieldPaths', () => {
  it('lists the fields of every kind with their parts, and not the provenance fields', () => {
    for (const kind of KIND_NAMES) {
      const paths = fieldPaths(jsonSchemaOf(COLLECTIONS[kind], 'input'));
      expect(paths.length).toBeGreaterThan(0);
      for (const p of ['sources', 'confidence', 'unverified', 'reviewed', 'editorNote']) expect(paths).not.toContain(p);
    }
    const docFields = fieldPaths(jsonSchemaOf(COLLECTIONS.documents, 'input'));
    expect(docFields).toEqual(expect.arrayContaining(['title', 'title.vi', 'issued', 'effective', 'number', 'signer']));
    const taskFields = fieldPaths(jsonSchemaOf(COLLECTIONS.tasks, 'input'));
    expect(taskFields).toEqual(expect.arrayContaining(['origin.document', 'deadline', 'slide', 'deliveredBy']));
  });
});
