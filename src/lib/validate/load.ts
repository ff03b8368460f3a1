// Reads all of content/ once: YAML entries with their source positions, MDX pages with their
// frontmatter and Markdown tree. It only reads; nothing here writes to content/.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Document, LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { micromarkHeadingId } from 'micromark-heading-id';
import { mdastHeadingId } from 'mdast-heading-id';
import type { Root } from 'mdast';
import { quickData } from '../yaml-fast.ts';
import { KIND_NAMES, LOCALES, type DataCollection } from '../schemas.ts';
import { draft, type Draft, type Position } from './types.ts';
import type { Params } from './messages.ts';
import { foldVietnamese } from '../numbers.ts';
import {
  ENTRY_EXTENSION,
  MAX_CHARS,
  PAGE_EXTENSION,
  PAGES_FOLDER,
  UI_TEXT_FOLDER,
  classify,
  isSkipped,
  withoutBom,
  type ContentRule,
} from '../content-files.ts';

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
  /** Problems found while reading: files that are not content, YAML or MDX that does not parse. */
  findings: Draft[];
}

const posix = sep === '/' ? (p: string) => p : (p: string) => p.split(sep).join('/');
/** A path under `dir` as seen from `dir`, with forward slashes: a slice, not a path.relative() call. */
const under = (dir: string, abs: string) => posix(abs.slice(dir.length + 1));

/** A file name made into an id: "Nghị Định 59.yaml" → "nghi-dinh-59". */
const idLike = (name: string) =>
  foldVietnamese(name.replace(/\.[^.]*$/, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const FOLDERS = [...KIND_NAMES, PAGES_FOLDER, UI_TEXT_FOLDER].map((f) => `${f}/`).join(', ');

function notContent(file: string, rule: ContentRule): Draft {
  const parts = file.split('/');
  const name = parts.at(-1)!;
  const folder = parts[1] ?? '';
  const params: Params = {
    folder,
    folders: FOLDERS,
    name: rule === 'yml' ? name.replace(/\.yml$/, '') : name,
    expected: folder === PAGES_FOLDER ? PAGE_EXTENSION : ENTRY_EXTENSION,
    suggestion: `${idLike(name) || 'ten-moi'}${folder === PAGES_FOLDER ? PAGE_EXTENSION : ENTRY_EXTENSION}`,
    files: LOCALES.map((l) => `${l}.json`).join(', '),
  };
  if (rule === 'folder') return draft(`content/${folder}/`, 0, 0, 'error', 'content-file.folder', params);
  return draft(file, 0, 0, 'error', `content-file.${rule}`, params);
}

/**
 * Every file under content/, sorted, sorted into entries and pages by the one definition of
 * content (src/lib/content-files.ts); every other file is a finding. (Node's own recursive listing
 * is ten times slower here.)
 */
export function listContent(root: string): ContentListing {
  const contentDir = join(root, 'content');
  const byCollection = new Map<DataCollection, string[]>(KIND_NAMES.map((c) => [c, []]));
  const pages: string[] = [];
  const findings: Draft[] = [];
  const badFolders = new Set<string>();
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    // Two names that differ only in case are one file on some systems and two on others.
    const lower = new Map<string, string>();
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (isSkipped(e.name)) continue;
      const abs = join(folder, e.name);
      const rel = under(contentDir, abs);
      const other = lower.get(e.name.toLowerCase());
      if (other !== undefined)
        findings.push(
          draft(`content/${rel}`, 0, 0, 'error', 'duplicate-id.case', {
            name: e.name,
            other: `content/${under(contentDir, join(folder, other))}`,
          }),
        );
      else lower.set(e.name.toLowerCase(), e.name);
      if (e.isDirectory()) {
        walk(abs);
        continue;
      }
      if (!e.isFile()) continue;
      const what = classify(rel);
      if (what.kind === 'entry') byCollection.get(what.collection)!.push(abs);
      else if (what.kind === 'page') pages.push(abs);
      else if (what.kind === 'not-content') {
        if (what.rule !== 'folder') findings.push(notContent(`content/${rel}`, what.rule));
        else if (!badFolders.has(rel.split('/')[0])) {
          badFolders.add(rel.split('/')[0]);
          findings.push(notContent(`content/${rel}`, what.rule));
        }
      }
    }
  };
  walk(contentDir);
  const entries = KIND_NAMES.map((collection) => ({ collection, files: byCollection.get(collection)! }));
  return { root, entries, pages, findings };
}

function yamlErrorFindings(file: string, doc: Document, lines: LineCounter): Draft[] {
  return doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return draft(file, pos.line, pos.col, 'error', 'yaml-syntax', { reason: e.message.split('\n')[0] });
  });
}

/**
 * The plain data of a parsed document. Some YAML parses yet cannot become data (an alias `*x`
 * with no anchor `&x`): that is a syntax finding too, not a crash.
 */
function toPlain(file: string, doc: Document): { value: unknown } | { finding: Draft } {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return {
      finding: draft(file, 1, 1, 'error', 'yaml-syntax.alias', { reason: (error as Error).message.split('\n')[0] }),
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
      text = withoutBom(readFileSync(this.#path, 'utf8'));
    } catch {}
    return (this.#parsed = fullParse(text));
  }
}

/** The files content/ holds: YAML entries by collection, MDX pages, and what is not content. */
interface ContentListing {
  root: string;
  entries: Array<{ collection: DataCollection; files: string[] }>;
  pages: string[];
  findings: Draft[];
}

/**
 * Reads every YAML entry, the fast way where it can (yaml-fast.ts), one file after another: for
 * thousands of small files, a promise per file costs more than the reading.
 */
export function readEntries({ root, entries: listed }: ContentListing): { entries: YamlFile[]; findings: Draft[] } {
  const findings: Draft[] = [];
  const entries: YamlFile[] = [];
  const contentDir = join(root, 'content');
  for (const { collection, files } of listed) {
    for (const abs of files) {
      const file = `content/${under(contentDir, abs)}`;
      const id = abs.slice(abs.lastIndexOf(sep) + 1, -ENTRY_EXTENSION.length);
      const text = withoutBom(readFileSync(abs, 'utf8'));
      if (text.length > MAX_CHARS.entry) {
        findings.push(tooBig(file, text.length, MAX_CHARS.entry));
        entries.push({ file, id, collection, doc: new Document(), lines: new LineCounter(), data: undefined });
        continue;
      }
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

const tooBig = (file: string, size: number, max: number) =>
  draft(file, 0, 0, 'error', 'content-file.too-big', { size, max });

/** Reads and parses every page. */
export function readPages(listing: ContentListing): { pages: PageFile[]; findings: Draft[] } {
  const docsDir = join(listing.root, 'content', 'docs');
  const findings: Draft[] = [];
  const pages = listing.pages.map((abs) =>
    pageFile(
      `content/docs/${under(docsDir, abs)}`,
      under(docsDir, abs).slice(0, -PAGE_EXTENSION.length),
      withoutBom(readFileSync(abs, 'utf8')),
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
function pageFile(file: string, id: string, source: string, findings: Draft[]): PageFile {
  if (source.length > MAX_CHARS.page) {
    findings.push(tooBig(file, source.length, MAX_CHARS.page));
    return { file, id, frontmatter: undefined, bodyLineOffset: 0 };
  }
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
    findings.push(draft(file, 1, 1, 'error', 'frontmatter'));
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
    type Point = { line?: number; column?: number };
    const e = error as {
      line?: number;
      column?: number;
      place?: Point | { start?: Point };
      reason?: string;
      message: string;
    };
    // A VFileMessage places itself at a point, or at a range: its start is where to look.
    // An unclosed tag has neither: it names the tag's place in its reason, "(6:1-6:8)".
    const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(e.reason ?? '');
    const place: Point | undefined =
      e.place && 'start' in e.place
        ? e.place.start
        : ((e.place as Point | undefined) ??
          (named ? { line: Number(named[1]), column: Number(named[2]) } : undefined));
    const line = (e.line ?? place?.line ?? 1) + page.bodyLineOffset;
    findings.push(
      draft(file, line, e.column ?? place?.column ?? 1, 'error', 'mdx-syntax', {
        reason: (e.reason ?? e.message).split('\n')[0],
      }),
    );
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
