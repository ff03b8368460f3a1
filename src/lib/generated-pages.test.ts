// Prose may link to the generated pages and files; the link checker knows them, with their anchors.
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from './validate/index.ts';
import { writeTree } from '../../test/fixtures/content-tree.ts';
import { DATA_FILES, generatedRoutes } from './generated-pages.ts';
import { OPEN_DATA } from './open-data.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function findingsFor(viBody: string, enBody: string) {
  const tree = writeTree({
    'docs/trang.mdx': `---\ntitle: Trang\n---\n\n${viBody}\n`,
    'docs/en/trang.mdx': `---\ntitle: Page\n---\n\n${enBody}\n`,
  });
  cleanup = tree.cleanup;
  return (await validate({ root: tree.root, asOf: '2026-11-27' })).findings;
}

describe('links to generated pages and files', () => {
  it('accepts the schema reference, its sections and the open-data files, from either language', async () => {
    const findings = await findingsFor(
      'Xem [tham chiếu](/tham-chieu-du-lieu/#van-ban), [CSV](/data/documents.csv) và [bản tin](/data/feed.xml).',
      'See [the reference](/en/tham-chieu-du-lieu/#trang) and [JSON](/data/agencies.json).',
    );
    expect(findings).toEqual([]);
  });

  it('still finds a file that does not exist and a section the reference does not have', async () => {
    const findings = await findingsFor('[x](/data/khong-co.json) và [y](/tham-chieu-du-lieu/#khong-co)', 'None.');
    expect(findings.map((f) => f.code).sort()).toEqual(['broken-link', 'unknown-anchor']);
  });

  it('lists the JSON, CSV and schema of every open-data set, and the feed', () => {
    expect(DATA_FILES).toHaveLength(OPEN_DATA.length * 3 + 1);
    expect(generatedRoutes().get('/en/tham-chieu-du-lieu/')).toContain('van-ban');
  });
});
