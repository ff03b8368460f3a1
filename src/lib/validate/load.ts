// Reads all of content/ once: YAML entries with their source positions, MDX pages with their
// frontmatter and Markdown tree. It only reads; nothing here writes to content/.
import { readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import { quickData } from '../yaml-fast.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { micromarkHeadingId } from 'micromark-heading-id';
import { mdastHeadingId } from 'mdast-heading-id';
import type { Root } from 'mdast';
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
  data: YamlFile[];
  pages: PageFile[];
  /** Problems found while reading: YAML or MDX that does not parse. */
  findings: Finding[];
}

const posix = (p: string) => p.split(sep).join('/');

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && pattern.test(e.name) && !e.name.startsWith('_'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
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

/** A file read the fast way: its positions are parsed only if a finding asks for them. */
function lazyPositions(base: Omit<YamlFile, 'doc' | 'lines'>, text: string): YamlFile {
  let parsed: { doc: Document; lines: LineCounter } | undefined;
  return Object.defineProperties(base as YamlFile, {
    doc: { get: () => (parsed ??= fullParse(text)).doc, enumerable: false },
    lines: { get: () => (parsed ??= fullParse(text)).lines, enumerable: false },
  });
}

export { quickData };

export async function loadContent(root: string): Promise<ContentTree> {
  const contentDir = join(root, 'content');
  const findings: Finding[] = [];
  const data: YamlFile[] = [];
  for (const collection of Object.keys(COLLECTIONS) as DataCollection[]) {
    const files = await listFiles(join(contentDir, collection), /\.ya?ml$/);
    // Read one after another: for thousands of small files, a promise per file costs more than the reading.
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    files.forEach((abs, i) => {
      const file = posix(relative(root, abs));
      const text = texts[i]!;
      const id = abs.slice(abs.lastIndexOf(sep) + 1).replace(/\.ya?ml$/, '');
      const quick = quickData(text);
      if (quick) {
        data.push(lazyPositions({ file, id, collection, data: quick.value }, text));
        return;
      }
      const { doc, lines } = fullParse(text);
      if (doc.errors.length > 0) {
        findings.push(...yamlErrorFindings(file, doc, lines));
        data.push({ file, id, collection, doc, lines, data: undefined });
        return;
      }
      const js = toPlain(file, doc);
      if ('finding' in js) findings.push(js.finding);
      data.push({ file, id, collection, doc, lines, data: 'finding' in js ? undefined : js.value });
    });
  }

  const parsed = await readPages(root, join(contentDir, 'docs'));
  findings.push(...parsed.findings);
  return { root, data, pages: parsed.pages, findings };
}

async function readPages(root: string, docsDir: string): Promise<{ pages: PageFile[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const pages = (await listFiles(docsDir, /\.mdx?$/)).map((abs) =>
    parsePage(posix(relative(root, abs)), posix(relative(docsDir, abs)).replace(/\.mdx?$/, ''), readFileSync(abs, 'utf8'), findings),
  );
  return { pages, findings };
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

let markdownExtensions: Parameters<typeof fromMarkdown>[1] | undefined;
/** The same syntax the site's Markdown pipeline reads: MDX, and custom heading ids {#id}. Built once. */
function markdownOptions() {
  return (markdownExtensions ??= {
    extensions: [mdxjs(), micromarkHeadingId()],
    mdastExtensions: [mdxFromMarkdown(), mdastHeadingId()],
  });
}

export function parsePage(file: string, id: string, text: string, findings: Finding[]): PageFile {
  const match = FRONTMATTER.exec(text);
  const page: PageFile = { file, id, frontmatter: undefined, bodyLineOffset: 0 };
  const quick = match ? quickData(match[1]!) : undefined;
  if (!match) {
    findings.push({ file, line: 1, column: 1, severity: 'error', code: 'frontmatter', message: 'the page has no frontmatter', hint: 'start the file with ---, a line "title: …", and ---' });
  } else if (quick) {
    page.frontmatter = quick.value;
    lazyFrontmatter(page, match[1]!);
    page.bodyLineOffset = match[0].split('\n').length - 1;
  } else {
    const lines = new LineCounter();
    const doc = parseDocument(match[1]!, { lineCounter: lines, prettyErrors: false });
    page.frontmatterDoc = doc;
    page.frontmatterLines = lines;
    if (doc.errors.length > 0) {
      for (const f of yamlErrorFindings(file, doc, lines)) findings.push({ ...f, line: f.line + 1 });
    } else {
      const js = toPlain(file, doc);
      if ('finding' in js) findings.push({ ...js.finding, line: js.finding.line + 1 });
      else page.frontmatter = js.value;
    }
    page.bodyLineOffset = match[0].split('\n').length - 1;
  }
  const body = match ? text.slice(match[0].length) : text;
  try {
    page.tree = fromMarkdown(body, markdownOptions());
  } catch (error) {
    const e = error as { line?: number; column?: number; place?: { line?: number; column?: number }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? 1;
    const column = e.column ?? e.place?.column ?? 1;
    findings.push({
      file, line: line + page.bodyLineOffset, column, severity: 'error', code: 'mdx-syntax',
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
