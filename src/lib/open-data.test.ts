// The export functions on their own: RFC 4180 quoting both ways, the columns a collection gets,
// and an Atom feed whose text is escaped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA, atomFeed, csvColumns, parseCsv, publishedJsonSchema, toCsv, type FeedItem } from './open-data.ts';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and ends lines with CRLF (RFC 4180)', () => {
    expect(
      toCsv([
        ['id', 'title_vi'],
        ['nd-59-2022', 'Quy định "định danh", xác thực\nđiện tử'],
      ]),
    ).toBe('id,title_vi\r\nnd-59-2022,"Quy định ""định danh"", xác thực\nđiện tử"\r\n');
    expect(
      toCsv([
        ['a', ''],
        ['', 'b'],
      ]),
    ).toBe('a,\r\n,b\r\n');
  });

  it('reads back exactly what it wrote, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // A row of one empty field is an empty line, which RFC 4180 readers skip or keep alike.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          const width = rows[0].length;
          const square = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          expect(parseCsv(toCsv(square))).toEqual(square);
        },
      ),
    );
  });

  it('skips the byte-order mark that lets Excel read UTF-8', () => {
    expect(parseCsv('\uFEFFid,tên\r\na,ă\r\n')).toEqual([
      ['id', 'tên'],
      ['a', 'ă'],
    ]);
  });

  it('splits text in both languages into _vi and _en columns, and list items into their fields', () => {
    const names = csvColumns('documents').map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['id', 'url_vi', 'url_en']);
    expect(names).toEqual(
      expect.arrayContaining([
        'title_vi',
        'title_en',
        'relations_type',
        'relations_target',
        'sources_url',
        'status',
        'inverseRelations_from',
        'serves',
      ]),
    );
    expect(csvColumns('agencies').map((c) => c.name)).toEqual(
      expect.arrayContaining(['active_from', 'active_until', 'successorOf_id', 'members', 'carriedBy']),
    );
    expect(csvColumns('benefits').map((c) => c.name)).toEqual(expect.arrayContaining(['needs_vi', 'steps_en']));
  });
});

describe('Atom', () => {
  const item: FeedItem = {
    id: 'x',
    collection: 'documents',
    title: 'Văn bản — 1/2022 <"A & B">',
    url: 'https://example.org/van-ban/x/',
    updated: '2026-11-27',
    summary: 'a < b & c\u0001',
  };

  it('escapes text and drops characters XML does not allow', () => {
    const xml = atomFeed([item], 'https://example.org/');
    expect(xml).toContain('<title>Văn bản — 1/2022 &lt;&quot;A &amp; B&quot;&gt;</title>');
    expect(xml).toContain('<summary>a &lt; b &amp; c</summary>');
    expect(xml).toContain('<updated>2026-11-27T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/data/feed.xml"/>');
  });

  it('is updated when its newest entry was reviewed', () => {
    const xml = atomFeed(
      [
        { ...item, updated: '2025-01-02' },
        { ...item, id: 'y', updated: '2026-03-04' },
      ],
      'https://example.org/',
    );
    expect(xml).toMatch(/<\/author>\n {2}<entry>/);
    expect(xml.split('<entry>')[0]).toContain('<updated>2026-03-04T00:00:00Z</updated>');
  });
});

describe('doubts in the open data', () => {
  it('keeps each entry’s unverified fields, and the published schema says what they mean', () => {
    for (const name of OPEN_DATA) {
      const data = publishedJsonSchema(name, 'https://example.org').properties!.entries.items!.properties!.data;
      expect(data.properties!.unverified.description, name).toMatch(/no source confirms/);
    }
  });
});
