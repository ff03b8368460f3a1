// The Markdown tree of a page's body, read with the syntax the site's pipeline reads: MDX, and
// custom heading ids {#id}. Kept apart from load.ts so that a worker thread can parse the pages of a
// large site (page-worker.ts) while the main thread reads the YAML entries.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { micromarkHeadingId } from 'micromark-heading-id';
import { mdastHeadingId } from 'mdast-heading-id';
import type { Root } from 'mdast';
import { readFileSync } from 'node:fs';
import { ParseCache, type ParseCacheOptions } from './parse-cache.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** What reading a page's text gives, before its frontmatter is parsed (which load.ts does). */
export interface PageBody {
  /** The YAML between the --- lines, or undefined when the page has none. */
  frontmatter?: string;
  /** Lines before the body starts, to turn body positions into file positions. */
  bodyLineOffset: number;
  tree?: Root;
  /** Why the body does not parse, at its place in the body. */
  error?: { line: number; column: number; reason: string };
}

let markdownExtensions: Parameters<typeof fromMarkdown>[1] | undefined;
function markdownOptions() {
  return (markdownExtensions ??= {
    extensions: [mdxjs(), micromarkHeadingId()],
    mdastExtensions: [mdxFromMarkdown(), mdastHeadingId()],
  });
}

export function parsePageBody(text: string): PageBody {
  const match = FRONTMATTER.exec(text);
  const result: PageBody = { frontmatter: match?.[1], bodyLineOffset: match ? match[0].split('\n').length - 1 : 0 };
  try {
    result.tree = fromMarkdown(match ? text.slice(match[0].length) : text, markdownOptions());
  } catch (error) {
    const e = error as { line?: number; column?: number; place?: { line?: number; column?: number }; reason?: string; message: string };
    result.error = {
      line: e.line ?? e.place?.line ?? 1,
      column: e.column ?? e.place?.column ?? 1,
      reason: (e.reason ?? e.message).split('\n')[0]!,
    };
  }
  return result;
}

/** What a worker thread is given: the pages to read, and where the command keeps their parses. */
export interface PageWork {
  paths: readonly string[];
  cache?: ParseCacheOptions;
}

/** What it answers: every page's body, and how many came from the cache. */
export interface PageAnswer {
  bodies: PageBody[];
  reused: number;
}

/**
 * Every page's body; with a cache, a page unchanged since the last run is taken from it. `save`
 * keeps this run's for the next: the worker calls it after answering, so as not to delay the answer.
 */
export function readPageBodies({ paths, cache: options }: PageWork): { answer: PageAnswer; save: () => void } {
  const cache = options && new ParseCache(options);
  const bodies = paths.map((path) => {
    const kept = cache?.lookup(path);
    if (kept?.found) return kept.value as PageBody;
    const body = parsePageBody(readFileSync(path, 'utf8'));
    if (kept) cache!.keep(kept, body);
    return body;
  });
  return { answer: { bodies, reused: cache?.reused ?? 0 }, save: () => cache?.save() };
}
