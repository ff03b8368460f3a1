// Reads all of content/ once: YAML entries with their source positions, MDX pages with their
// frontmatter and Markdown tree. It only reads; nothing here writes to content/.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
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

export async function loadContent(root: string): Promise<ContentTree> {
  const contentDir = join(root, 'content');
  const findings: Finding[] = [];
  const data: YamlFile[] = [];
  for (const collection of Object.keys(COLLECTIONS) as DataCollection[]) {
    const files = await listFiles(join(contentDir, collection), /\.ya?ml$/);
    const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    files.forEach((abs, i) => {
      const file = posix(relative(root, abs));
      const lines = new LineCounter();
      const doc = parseDocument(texts[i]!, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
      const id = abs.slice(abs.lastIndexOf(sep) + 1).replace(/\.ya?ml$/, '');
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

  const pages: PageFile[] = [];
  const docsDir = join(contentDir, 'docs');
  const pageFiles = await listFiles(docsDir, /\.mdx?$/);
  const pageTexts = await Promise.all(pageFiles.map((f) => readFile(f, 'utf8')));
  pageFiles.forEach((abs, i) => {
    const file = posix(relative(root, abs));
    const id = posix(relative(docsDir, abs)).replace(/\.mdx?$/, '');
    pages.push(parsePage(file, id, pageTexts[i]!, findings));
  });
  return { root, data, pages, findings };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parsePage(file: string, id: string, text: string, findings: Finding[]): PageFile {
  const match = FRONTMATTER.exec(text);
  const page: PageFile = { file, id, frontmatter: undefined, bodyLineOffset: 0 };
  if (!match) {
    findings.push({ file, line: 1, column: 1, severity: 'error', code: 'frontmatter', message: 'the page has no frontmatter', hint: 'start the file with ---, a line "title: …", and ---' });
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
    page.tree = fromMarkdown(body, {
      // The same syntax the site's Markdown pipeline reads: MDX, and custom heading ids {#id}.
      extensions: [mdxjs(), micromarkHeadingId()],
      mdastExtensions: [mdxFromMarkdown(), mdastHeadingId()],
    });
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
