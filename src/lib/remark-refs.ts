// Editors link to any entry by id: [Nghị định 59](ref:nd-59-2022). This plugin turns such links
// into the entry's URL in the page's own language, and fills an empty link text with the entry's
// label. Unknown ids are left to the validator, which names file, line and the nearest ids.
import { resolve, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root, Link } from 'mdast';
import { contentIndex, type IndexedEntry } from './content-index.ts';
import { entryUrl } from './routes.ts';
import type { Locale } from './schemas.ts';

const REF_PREFIX = 'ref:';

export function parseRef(url: string): { id: string; anchor?: string } | undefined {
  if (!url.startsWith(REF_PREFIX)) return undefined;
  const [id, anchor] = url.slice(REF_PREFIX.length).split('#');
  return { id: id, anchor };
}

function localeOfPath(path: string | undefined): Locale {
  const norm = (path ?? '').split(sep).join('/');
  return /\/content\/docs\/en(\/|$)/.test(norm) ? 'en' : 'vi';
}

function resolveRef(index: Map<string, IndexedEntry>, url: string, locale: Locale): string | undefined {
  const ref = parseRef(url);
  if (!ref) return undefined;
  const entry = index.get(ref.id);
  if (!entry) return undefined;
  const base = entryUrl(entry.collection, ref.id, locale);
  return ref.anchor ? `${base.split('#')[0]}#${ref.anchor}` : base;
}

export function remarkRefs(options: { contentDir?: string } = {}) {
  const contentDir = resolve(options.contentDir ?? 'content');
  return (tree: Root, file: { path?: string }) => {
    let index: Map<string, IndexedEntry> | undefined;
    const locale = localeOfPath(file.path);
    visit(tree, 'link', (node: Link) => {
      if (!node.url.startsWith(REF_PREFIX)) return;
      index ??= contentIndex(contentDir);
      const ref = parseRef(node.url)!;
      const entry = index.get(ref.id);
      const url = resolveRef(index, node.url, locale);
      if (!entry || !url) return;
      node.url = url;
      if (node.children.length === 0) node.children = [{ type: 'text', value: entry.label[locale] }];
    });
  };
}
