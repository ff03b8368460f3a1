// The search index of a built site: Pagefind over every page (as Starlight would run it), then
// the site's query adapter put in front of Pagefind's module (src/search/adapter.ts). Run by
// scripts/build.ts once Astro has exited (ADR 0006): inside Astro's process, Pagefind would run
// while Astro still holds its whole build in memory.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';

/**
 * Pagefind's module moves to pagefind-js-engine.mjs (the name keeps "pagefind" + one character +
 * "js", which Pagefind's module needs in its own URL to find its folder) and the adapter takes
 * its place as pagefind.js, so the search box loads it unchanged.
 */
export const ENGINE_FILE = 'pagefind-js-engine.mjs';

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

/** Indexes every page under `dir` into `dir`/pagefind/ and installs the query adapter. */
export async function buildSearchIndex(dir: string, log: (line: string) => void = () => {}): Promise<{ pages: number }> {
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

  const engine = join(bundle, 'pagefind.js');
  if (!existsSync(engine)) throw new Error(`Pagefind wrote no ${engine}`);
  renameSync(engine, join(bundle, ENGINE_FILE));
  await build({
    entryPoints: [fileURLToPath(new URL('../search/adapter.ts', import.meta.url))],
    outfile: engine,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    external: [`./${ENGINE_FILE}`],
    logLevel: 'silent',
  });
  log(`search adapter installed in front of ${ENGINE_FILE}`);
  return { pages };
}
