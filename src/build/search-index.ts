// The search index of a built site: Pagefind over every page, as Starlight would run it. Run by
// scripts/build.ts once Astro has exited (ADR 0006): inside Astro's process, Pagefind would run
// while Astro still holds its whole build in memory. Pagefind's files stay as Pagefind writes
// them; the search box drives them through Pagefind's own API (ADR 0010).
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * How much of the word index goes in one file, in Pagefind's own unit (word positions). A query
 * fetches the file that holds each of its words; with Pagefind's default (20,000) a 9-word query
 * fetched 162 kB, with 5,000 it fetches 109 kB from files a quarter the size (measured with
 * `npm run eval:search`, ADR 5). Pagefind reads it from an environment variable it calls unstable:
 * if a later Pagefind ignores it, the index is only larger per query, never wrong.
 */
const INDEX_CHUNK_SIZE = '5000';

function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
}

/** Indexes every page under `dir` into `dir`/pagefind/. */
export async function buildSearchIndex(
  dir: string,
  log: (line: string) => void = () => {},
): Promise<{ pages: number }> {
  const bundle = join(dir, 'pagefind');
  let pages: number;
  // Pagefind's service inherits this process's environment; a value set outside wins.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  try {
    const { index } = check(await pagefind.createIndex());
    if (!index) throw new Error('Pagefind did not create an index');
    pages = check(await index.addDirectory({ path: dir })).page_count;
    check(await index.writeFiles({ outputPath: bundle }));
  } finally {
    await pagefind.close();
  }
  log(`Pagefind indexed ${pages} pages into ${bundle}`);
  return { pages };
}
