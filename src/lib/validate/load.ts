// Reads all of content/ once: YAML entries with their source positions, MDX pages with their
// frontmatter and Markdown tree. It only reads; nothing here writes to content/.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { micromarkHeadingId } from 'micromark-heading-id';
import { mdastHeadingId } from 'mdast-heading-id';
import type { Root } from 'mdast';
import { quickData } from '../yaml-fast.ts';
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
  /** The YAML entries, each with its data and the positions to place a finding at. */
  entries: YamlFile[];
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
      file,
      line: pos.line,
      column: pos.col,
      severity: 'error',
      code: 'yaml-syntax',
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
        file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'yaml-syntax',
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
  readonly #path: string;
  #parsed?: { doc: Document; lines: LineCounter };

  constructor(file: string, id: string, collection: DataCollection, data: unknown, path: string) {
    this.file = file;
    this.id = id;
    this.collection = collection;
    this.data = data;
    this.#path = path;
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

/** The files content/ holds: YAML entries by collection, and MDX pages. */
interface ContentListing {
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

/**
 * Reads every YAML entry, the fast way where it can (yaml-fast.ts), one file after another: for
 * thousands of small files, a promise per file costs more than the reading.
 */
export function readEntries({ root, entries: listed }: ContentListing): { entries: YamlFile[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const entries: YamlFile[] = [];
  const contentDir = join(root, 'content');
  for (const { collection, files } of listed) {
    for (const abs of files) {
      const file = `content/${under(contentDir, abs)}`;
      const id = abs.slice(abs.lastIndexOf(sep) + 1).replace(/\.ya?ml$/, '');
      const text = readFileSync(abs, 'utf8');
      const quick = quickData(text);
      if (quick) {
        entries.push(new LazyYamlFile(file, id, collection, quick.value, abs));
        continue;
      }
      const { doc, lines } = fullParse(text);
      if (doc.errors.length > 0) {
        findings.push(...yamlErrorFindings(file, doc, lines));
        entries.push({ file, id, collection, doc, lines, data: undefined });
        continue;
      }
      const js = toPlain(file, doc);
      if ('finding' in js) findings.push(js.finding);
      entries.push({ file, id, collection, doc, lines, data: 'finding' in js ? undefined : js.value });
    }
  }
  return { entries, findings };
}

/** Reads and parses every page. */
export function readPages(listing: ContentListing): { pages: PageFile[]; findings: Finding[] } {
  const docsDir = join(listing.root, 'content', 'docs');
  const findings: Finding[] = [];
  const pages = listing.pages.map((abs) =>
    pageFile(
      `content/docs/${under(docsDir, abs)}`,
      under(docsDir, abs).replace(/\.mdx?$/, ''),
      readFileSync(abs, 'utf8'),
      findings,
    ),
  );
  return { pages, findings };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
let markdownExtensions: Parameters<typeof fromMarkdown>[1] | undefined;
/** The syntax the site's pipeline reads: MDX, and custom heading ids {#id}. */
function markdownOptions() {
  return (markdownExtensions ??= {
    extensions: [mdxjs(), micromarkHeadingId()],
    mdastExtensions: [mdxFromMarkdown(), mdastHeadingId()],
  });
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

/** A page from its text: its frontmatter read, its body parsed, and every problem reported. */
function pageFile(file: string, id: string, source: string, findings: Finding[]): PageFile {
  const match = FRONTMATTER.exec(source);
  const page: PageFile = {
    file,
    id,
    frontmatter: undefined,
    bodyLineOffset: match ? match[0].split('\n').length - 1 : 0,
  };
  const text = match?.[1];
  const quick = text === undefined ? undefined : quickData(text);
  if (text === undefined) {
    findings.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'frontmatter',
      message: 'the page has no frontmatter',
      hint: 'start the file with ---, a line "title: …", and ---',
    });
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
  try {
    page.tree = fromMarkdown(match ? source.slice(match[0].length) : source, markdownOptions());
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      place?: { line?: number; column?: number };
      reason?: string;
      message: string;
    };
    findings.push({
      file,
      line: (e.line ?? e.place?.line ?? 1) + page.bodyLineOffset,
      column: e.column ?? e.place?.column ?? 1,
      severity: 'error',
      code: 'mdx-syntax',
      message: `the MDX does not parse: ${(e.reason ?? e.message).split('\n')[0]}`,
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
