// Reads all of content/ once: YAML entries with their source positions, MDX pages with their
// frontmatter and Markdown tree. It only reads; nothing here writes to content/.
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import { quickData } from '../yaml-fast.ts';
import { cacheFiles, type CacheSetting, type Lookup, type ParseCache, type ParseCacheOptions } from './parse-cache.ts';
import type { Root } from 'mdast';
import type { PageAnswer, PageBody, PageWork } from './page-body.ts';
import { COLLECTIONS, type DataCollection } from '../schemas.ts';
import type { Finding, Position } from './types.ts';

export interface YamlFile {
  file: string;
  id: string;
  collection: DataCollection;
  doc: Document;
  lines: LineCounter;
  /** The plain data, or undefined when the YAML itself does not parse. */
  data: unknown;
  /**
   * Set when `data` is what the entry's schema gave at an earlier run of the command, the file
   * unchanged since (parse-cache.ts): the schema need not run on it again.
   */
  validated?: boolean;
}

export interface PageFile {
  file: string;
  /** The docs id: path under content/docs without extension (`en/van-ban/index`). */
  id: string;
  frontmatter: unknown;
  frontmatterDoc?: Document;
  frontmatterLines?: LineCounter;
  /** Lines before the body starts, to turn body positions into file positions. */
  bodyLineOffset: number;
  tree?: Root;
}

export interface ContentTree {
  root: string;
  data: YamlFile[];
  pages: PageFile[];
  /** Problems found while reading: YAML or MDX that does not parse. */
  findings: Finding[];
}

const posix = sep === '/' ? (p: string) => p : (p: string) => p.split(sep).join('/');
/** A path under `dir` as seen from `dir`, with forward slashes: a slice, not a path.relative() call. */
const under = (dir: string, abs: string) => posix(abs.slice(dir.length + 1));

/** Files under `dir` whose names match, sorted. (Node's own recursive listing is ten times slower here.) */
function listFiles(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(join(folder, e.name));
      else if (e.isFile() && pattern.test(e.name) && !e.name.startsWith('_')) found.push(join(folder, e.name));
    }
  };
  walk(dir);
  return found.sort();
}

function yamlErrorFindings(file: string, doc: Document, lines: LineCounter): Finding[] {
  return doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return {
      file, line: pos.line, column: pos.col, severity: 'error', code: 'yaml-syntax',
      message: `the YAML does not parse: ${e.message.split('\n')[0]}`,
      hint: 'check indentation and quote values that contain ":" or "#"',
    };
  });
}

/**
 * The plain data of a parsed document. Some YAML parses yet cannot become data (an alias `*x`
 * with no anchor `&x`): that is a syntax finding too, not a crash.
 */
function toPlain(file: string, doc: Document): { value: unknown } | { finding: Finding } {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return {
      finding: {
        file, line: 1, column: 1, severity: 'error', code: 'yaml-syntax',
        message: `the YAML does not parse: ${(error as Error).message.split('\n')[0]}`,
        hint: 'a value starting with "*" or "&" must be quoted; every alias (*name) needs an anchor (&name) above it',
      },
    };
  }
}

function fullParse(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
}

/**
 * An entry read the fast way. Positions are needed only for a finding, so the file is read again
 * and parsed with positions only then: keeping ten thousand texts alive instead costs more in
 * garbage collection than reading a few files twice.
 */
class LazyYamlFile implements YamlFile {
  readonly file: string;
  readonly id: string;
  readonly collection: DataCollection;
  readonly data: unknown;
  readonly validated: boolean;
  readonly #path: string;
  #parsed?: { doc: Document; lines: LineCounter };

  constructor(file: string, id: string, collection: DataCollection, data: unknown, path: string, validated = false) {
    this.file = file;
    this.id = id;
    this.collection = collection;
    this.data = data;
    this.#path = path;
    this.validated = validated;
  }

  get doc(): Document {
    return this.#positions().doc;
  }

  get lines(): LineCounter {
    return this.#positions().lines;
  }

  #positions() {
    if (this.#parsed) return this.#parsed;
    // A file deleted since it was read has no positions left to give: its findings go to line 1.
    let text = '';
    try {
      text = readFileSync(this.#path, 'utf8');
    } catch {}
    return (this.#parsed = fullParse(text));
  }
}

export { quickData };

export interface LoadOptions {
  /**
   * Parse the pages in a worker thread while this one reads the entries. 'auto' (the default)
   * does so on a machine with more than one core for a large registry, where it saved about a
   * tenth of the time here (the two threads slow each other down); for a few hundred files,
   * starting a worker costs more than it saves.
   */
  parallel?: boolean | 'auto';
  /** Keep what reading gave between runs (parse-cache.ts): the command line does, tests and the build do not. */
  cache?: CacheSetting;
}

/** From this many entries on, 'auto' parses the pages in a worker thread. */
export const PARALLEL_FROM_ENTRIES = 2000;

interface Bodies extends PageAnswer {
  /** Whether a worker thread parsed them (it may fail to start; then this thread does). */
  inWorker: boolean;
}

/** The worker sits beside this module: page-worker.ts in the sources, page-worker.mjs in the bundle (scripts/validate.ts). */
const OWN_EXTENSION = import.meta.url.slice(import.meta.url.lastIndexOf('.'));

/** Reads and parses the pages in a worker thread, or here if a worker cannot run. */
function pageBodies(paths: string[], parallel: boolean, cache: ParseCacheOptions | undefined): Promise<Bodies> {
  const work: PageWork = { paths, cache };
  const here = async () => {
    const { answer, save } = (await import('./page-body.ts')).readPageBodies(work);
    save();
    return { ...answer, inWorker: false };
  };
  if (!parallel || paths.length === 0) return here();
  return new Promise((done, fail) => {
    let answered = false;
    const fallBack = () => {
      if (!answered) {
        answered = true;
        here().then(done, fail);
      }
    };
    try {
      const worker = new Worker(new URL(`./page-worker${OWN_EXTENSION}`, import.meta.url), { workerData: work });
      worker.once('message', (answer: PageAnswer) => {
        answered = true;
        done({ ...answer, inWorker: true });
      });
      worker.once('error', fallBack);
      worker.once('exit', fallBack);
    } catch {
      fallBack();
    }
  });
}

/** The files content/ holds: YAML entries by collection, and MDX pages. */
export interface ContentListing {
  root: string;
  entries: Array<{ collection: DataCollection; files: string[] }>;
  pages: string[];
}

export function listContent(root: string): ContentListing {
  const contentDir = join(root, 'content');
  const entries = (Object.keys(COLLECTIONS) as DataCollection[]).map((collection) => ({
    collection,
    files: listFiles(join(contentDir, collection), /\.ya?ml$/),
  }));
  return { root, entries, pages: listFiles(join(contentDir, 'docs'), /\.mdx?$/) };
}

/** What reading the entries gave. */
export interface ReadEntries {
  data: YamlFile[];
  findings: Finding[];
  /** Entries read now that the cache may keep once their schema has passed (see keepValid). */
  toKeep: Map<YamlFile, Lookup & { found: false }>;
}

/**
 * Reads every YAML entry, the fast way where it can (yaml-fast.ts). With a cache, an entry
 * unchanged since the last run is not read: it comes as its schema last gave it.
 */
export function readEntries({ root, entries }: ContentListing, cache?: ParseCache): ReadEntries {
  const findings: Finding[] = [];
  const data: YamlFile[] = [];
  const toKeep: ReadEntries['toKeep'] = new Map();
  const contentDir = join(root, 'content');
  for (const { collection, files } of entries) {
    // Read one after another: for thousands of small files, a promise per file costs more than the reading.
    for (const abs of files) {
      const file = `content/${under(contentDir, abs)}`;
      const id = abs.slice(abs.lastIndexOf(sep) + 1).replace(/\.ya?ml$/, '');
      const kept = cache?.lookup(abs);
      if (kept?.found) {
        data.push(new LazyYamlFile(file, id, collection, kept.value, abs, true));
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      const quick = quickData(text);
      if (quick) {
        const entry = new LazyYamlFile(file, id, collection, quick.value, abs);
        // Only what the fast reader reads is kept: the rest has findings to place, from its text.
        if (kept) toKeep.set(entry, kept);
        data.push(entry);
        continue;
      }
      const { doc, lines } = fullParse(text);
      if (doc.errors.length > 0) {
        findings.push(...yamlErrorFindings(file, doc, lines));
        data.push({ file, id, collection, doc, lines, data: undefined });
        continue;
      }
      const js = toPlain(file, doc);
      if ('finding' in js) findings.push(js.finding);
      data.push({ file, id, collection, doc, lines, data: 'finding' in js ? undefined : js.value });
    }
  }
  return { data, findings, toKeep };
}

/** Keeps, for the next run, what the schema gave for each entry read now that passed it. */
export function keepValid(cache: ParseCache, toKeep: ReadEntries['toKeep'], valid: Iterable<{ file: YamlFile; data: unknown }>) {
  for (const { file, data } of valid) {
    const miss = toKeep.get(file);
    if (miss) cache.keep(miss, data);
  }
  cache.save();
}

/**
 * Reads and parses every page. With `parallel` ('auto': for a large registry on more than one
 * core) the worker thread starts before this returns, so the caller can read the entries while
 * the pages are parsed.
 */
export async function readPages(listing: ContentListing, { parallel = 'auto', cache }: LoadOptions = {}): Promise<{ pages: PageFile[]; findings: Finding[]; inWorker: boolean; reused: number }> {
  const entryCount = listing.entries.reduce((n, l) => n + l.files.length, 0);
  const useWorker = parallel === true || (parallel === 'auto' && entryCount >= PARALLEL_FROM_ENTRIES && availableParallelism() > 1);
  const docsDir = join(listing.root, 'content', 'docs');
  // pageBodies starts the worker before this function first awaits, so before it returns.
  const { bodies, inWorker, reused } = await pageBodies(listing.pages, useWorker, cache && cacheFiles(cache, listing.root).pages);
  const findings: Finding[] = [];
  const pages = listing.pages.map((abs, i) =>
    pageFile(`content/docs/${under(docsDir, abs)}`, under(docsDir, abs).replace(/\.mdx?$/, ''), bodies[i]!, findings),
  );
  return { pages, findings, inWorker, reused };
}

/** A page whose frontmatter was read the fast way: its positions are parsed only for a finding. */
function lazyFrontmatter(page: PageFile, frontmatter: string) {
  let parsed: { doc: Document; lines: LineCounter } | undefined;
  const parse = () => (parsed ??= fullParse(frontmatter));
  Object.defineProperties(page, {
    frontmatterDoc: { get: () => parse().doc, enumerable: false },
    frontmatterLines: { get: () => parse().lines, enumerable: false },
  });
}

/** A page from its parsed body: its frontmatter read, and every problem reported. */
function pageFile(file: string, id: string, body: PageBody, findings: Finding[]): PageFile {
  const page: PageFile = { file, id, frontmatter: undefined, bodyLineOffset: body.bodyLineOffset, tree: body.tree };
  const text = body.frontmatter;
  const quick = text === undefined ? undefined : quickData(text);
  if (text === undefined) {
    findings.push({ file, line: 1, column: 1, severity: 'error', code: 'frontmatter', message: 'the page has no frontmatter', hint: 'start the file with ---, a line "title: …", and ---' });
  } else if (quick) {
    page.frontmatter = quick.value;
    lazyFrontmatter(page, text);
  } else {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    page.frontmatterDoc = doc;
    page.frontmatterLines = lines;
    if (doc.errors.length > 0) {
      for (const f of yamlErrorFindings(file, doc, lines)) findings.push({ ...f, line: f.line + 1 });
    } else {
      const js = toPlain(file, doc);
      if ('finding' in js) findings.push({ ...js.finding, line: js.finding.line + 1 });
      else page.frontmatter = js.value;
    }
  }
  if (body.error) {
    findings.push({
      file, line: body.error.line + body.bodyLineOffset, column: body.error.column, severity: 'error', code: 'mdx-syntax',
      message: `the MDX does not parse: ${body.error.reason}`,
      hint: 'a "{" or "<" in text must be escaped as \\{ or \\<; every JSX tag must be closed',
    });
  }
  return page;
}

/** The position of a value (or of its key, when `key` is set) at a path inside a YAML document. */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key = false): Position {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  let last: Node | undefined = doc.contents ?? undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      keyNode = undefined;
    } else {
      break;
    }
    if (node && typeof node === 'object' && 'range' in (node as Node)) last = node as Node;
    else if (keyNode) last = keyNode;
  }
  const target = key && keyNode ? keyNode : last;
  const offset = target?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
