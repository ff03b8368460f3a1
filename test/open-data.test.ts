// The open-data files as a re-user downloads them from the built site: each JSON file valid
// against its published JSON Schema, the schema exactly what the Zod schemas give, every entry
// equal to its YAML file, each CSV the same rows and values as its JSON, and a well-formed Atom feed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import sax from 'sax';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS } from '../src/lib/schemas.ts';
import {
  OPEN_DATA,
  parseCsv,
  publishedJsonSchema,
  withoutEditorNotes,
  type OpenDataFile,
} from '../src/lib/open-data.ts';
import { ROOT, SITE_DIR, SITE_AS_OF, hasPage } from './site.ts';

const read = (file: string) => readFileSync(join(SITE_DIR, 'data', file), 'utf8');
const json = (file: string) => JSON.parse(read(file));
const yamlFiles = (name: string) => readdirSync(join(ROOT, 'content', name)).filter((f) => f.endsWith('.yaml'));

describe.each(OPEN_DATA)('/data/%s', (name) => {
  const file: OpenDataFile = json(`${name}.json`);
  const schema = json(`${name}.schema.json`);

  it('has one entry per YAML file in content/, sorted by id', () => {
    const ids = yamlFiles(name)
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort((a, b) => a.localeCompare(b));
    expect(file.count).toBe(ids.length);
    expect(file.entries.map((e) => e.id)).toEqual(ids);
    expect(file.asOf).toBe(SITE_AS_OF);
  });

  it('.json is valid against .schema.json (Ajv, JSON Schema 2020-12)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
    const valid = ajv.validate(schema, file);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('.schema.json is what z.toJSONSchema makes of the Zod schemas', () => {
    expect(schema).toEqual(publishedJsonSchema(name, new URL(schema.$id).origin));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('holds each entry exactly as its YAML file reads through the Zod schema', () => {
    for (const entry of file.entries) {
      const fromYaml = COLLECTIONS[name].parse(
        parseYaml(readFileSync(join(ROOT, 'content', name, `${entry.id}.yaml`), 'utf8')),
      );
      expect(entry.data, entry.id).toEqual(JSON.parse(JSON.stringify(withoutEditorNotes(fromYaml))));
      expect(COLLECTIONS[name].safeParse(entry.data).success, entry.id).toBe(true);
    }
  });

  it('links each entry to its page in both languages', () => {
    for (const entry of file.entries) {
      expect(hasPage(new URL(entry.url.vi).pathname), entry.url.vi).toBe(true);
      expect(hasPage(new URL(entry.url.en).pathname), entry.url.en).toBe(true);
    }
  });

  it('.csv has the same rows, ids and values as the JSON file', () => {
    const text = read(`${name}.csv`);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(rows).toHaveLength(file.entries.length);
    expect(rows.map((r) => r[0])).toEqual(file.entries.map((e) => e.id));
    // A column's name is its path: title_vi is data.title.vi; a list is joined with "; ",
    // and a field of list items (relations_target) lists that field of every item.
    // Each item of a list keeps its place (empty when it lacks the field), so that parallel
    // columns stay aligned; a field no item has is an empty cell. A list inside an item (the
    // agencies that carry one duty on) is joined with " + ".
    const resolve = (value: unknown, path: string[], inItem = false): string => {
      if (Array.isArray(value)) {
        if (path.length === 0) return value.map((v) => resolve(v, [])).join(inItem ? ' + ' : '; ');
        const parts = value.map((v) => resolve(v, path, true));
        return parts.every((p) => p === '') ? '' : parts.join('; ');
      }
      if (path.length === 0)
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a leaf of the JSON: a string, number or boolean
        return value === undefined || value === null ? '' : String(value);
      if (value === null || typeof value !== 'object') return '';
      return resolve((value as Record<string, unknown>)[path[0]], path.slice(1), inItem);
    };
    file.entries.forEach((entry, i) => {
      header.forEach((column, j) => {
        const path = column.split('_');
        const from = path[0] in entry ? entry : path[0] in entry.data ? entry.data : entry.derived;
        const expected = resolve((from as Record<string, unknown>)[path[0]], path.slice(1));
        expect(rows[i][j], `${entry.id} ${column}`).toBe(expected);
      });
      // Every field the entry has is somewhere in the CSV.
      for (const key of [...Object.keys(entry.data), ...Object.keys(entry.derived)]) {
        expect(
          header.some((c) => c === key || c.startsWith(`${key}_`)),
          `${name}.${key}`,
        ).toBe(true);
      }
    });
  });
});

describe('/data/documents.json', () => {
  it('gives computed statuses and the relations written on newer documents', () => {
    const file: OpenDataFile = json('documents.json');
    const nd59 = file.entries.find((e) => e.id === 'nd-59-2022')!;
    expect(nd59.derived).toMatchObject({
      status: 'het-hieu-luc',
      statusLabel: { vi: 'Hết hiệu lực', en: 'No longer in force' },
    });
    expect((nd59.derived as any).inverseRelations).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'replaces', from: 'nd-69-2024' })]),
    );
  });
});

describe('/data/feed.xml', () => {
  const xml = read('feed.xml');

  it('is well-formed Atom with one entry per data entry', () => {
    const parser = sax.parser(true, { xmlns: true });
    const entries: Record<string, string>[] = [];
    const feed: Record<string, string> = {};
    const stack: string[] = [];
    let current: Record<string, string> | undefined;
    let rootNs = '';
    const errors: Error[] = [];
    parser.onerror = (e) => errors.push(e);
    parser.onopentag = (tag) => {
      if (stack.length === 0) rootNs = (tag as sax.QualifiedTag).uri;
      stack.push(tag.name);
      if (tag.name === 'entry') current = {};
      if (tag.name === 'link' && current) current.href = String((tag.attributes.href as sax.QualifiedAttribute).value);
    };
    parser.ontext = (t) => {
      const target = current ?? feed;
      const name = stack.at(-1)!;
      target[name] = (target[name] ?? '') + t;
    };
    parser.onclosetag = (name) => {
      stack.pop();
      if (name === 'entry' && current) {
        entries.push(current);
        current = undefined;
      }
    };
    parser.write(xml).close();
    expect(errors).toEqual([]);
    expect(rootNs).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    const total = OPEN_DATA.reduce((n, name) => n + yamlFiles(name).length, 0);
    expect(entries).toHaveLength(total);
    expect(new Set(entries.map((e) => e.id)).size).toBe(total);
    for (const e of entries) {
      expect(e.title).toBeTruthy();
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(hasPage(new URL(e.href).pathname), e.href).toBe(true);
    }
    // Newest review first.
    const dates = entries.map((e) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('the open-data page', () => {
  it.each(['/du-lieu-mo/', '/en/du-lieu-mo/'])('%s links every file', (url) => {
    const html = readFileSync(join(SITE_DIR, url, 'index.html'), 'utf8');
    for (const name of OPEN_DATA) {
      for (const ext of ['json', 'csv', 'schema.json']) {
        expect(html).toContain(`href="/data/${name}.${ext}"`);
        expect(existsSync(join(SITE_DIR, 'data', `${name}.${ext}`))).toBe(true);
      }
    }
    expect(html).toContain('href="/data/feed.xml"');
  });
});
