// Runs in the reader's browser as /pagefind/pagefind.js, in front of Pagefind's own module (the
// engine). Starlight's search box calls this module exactly as it would call Pagefind; queries
// that contain a document number are rewritten to the number keys document pages carry, and fall
// back to the query as typed when the rewrite finds nothing.
import { rewriteQuery, trimQuery } from '../lib/search-text.ts';
// @ts-expect-error Pagefind's module exists only in the built site, next to this file.
import * as engine from './pagefind-js-engine.mjs';

type SearchOptions = Record<string, unknown>;
type Response = { results: unknown[] } | null;

export const { createInstance, destroy, filters, init, mergeIndex } = engine;

/** Search runs on the page itself: the index is small, and a worker would cost another download. */
export function options(opts?: SearchOptions): Promise<void> {
  return engine.options({ ...opts, noWorker: true });
}

async function withRewrite(run: (term: string) => Promise<Response>, typed: string): Promise<Response> {
  const term = typeof typed === 'string' ? trimQuery(typed) : typed;
  const rewritten = typeof term === 'string' ? rewriteQuery(term) : undefined;
  if (rewritten) {
    const found = await run(rewritten);
    if (found === null || found.results.length > 0) return found;
  }
  return run(term);
}

export function search(term: string, opts?: SearchOptions): Promise<Response> {
  return withRewrite((t) => engine.search(t, opts), term);
}

export function debouncedSearch(term: string, opts?: SearchOptions, ms?: number): Promise<Response> {
  return withRewrite((t) => engine.debouncedSearch(t, opts, ms), term);
}

export function preload(term: string, opts?: SearchOptions): Promise<void> {
  const trimmed = typeof term === 'string' ? trimQuery(term) : term;
  return engine.preload(typeof trimmed === 'string' ? (rewriteQuery(trimmed) ?? trimmed) : trimmed, opts);
}
