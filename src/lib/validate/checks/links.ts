// Links in prose: every ref:id and <Ref id="…"/> names an existing entry, and every internal link
// and #anchor leads to a page and a heading that exist, generated pages included; and no page sits
// at the address of a generated one, where one of the two would silently replace the other.
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { Context } from '../context.ts';
import { draft, type Draft, type Severity } from '../types.ts';
import type { MessageKey, Params } from '../messages.ts';
import { LANGUAGE_NAMES } from '../messages.ts';
import type { PageFile } from '../load.ts';
import { nearest } from '../suggest.ts';
import { parseRef } from '../../remark-refs.ts';
import { PAGED, docUrl, entryUrl, localeOfDocId, localeOfUrl, sectionUrl } from '../../routes.ts';
import { LOCALES, PILLARS, type DataCollection, type Locale } from '../../schemas.ts';
import { KINDS } from '../../kinds.ts';
import { generatedRoutes } from '../../generated-pages.ts';
import { extraPageUrls } from '../../pagination.ts';
import { longListUrls } from '../../entry-lists.ts';

/** Anchors that components placed in a page add to it. */
function componentAnchors(ctx: Context): Record<string, string[]> {
  return {
    GlossaryList: ctx.graph.content.glossary.map((g) => g.id),
    TaskIndex: [...PILLARS],
    SlideOverview: ['slide-title', ...PILLARS.map((p) => `pillar-${p}`)],
    // The groups' members are listed on the groups' own pages, not in the matrix.
    ResponsibilityMatrix: ['danh-sach-nhiem-vu', 'trang-co-quan'],
  };
}

/** The anchors a generated entry page has. */
function anchorsFor(collection: DataCollection, data: any): string[] {
  const anchors = [...KINDS[collection].anchors];
  if (collection === 'agencies' && !data.memberKinds) return anchors.filter((a) => a !== 'thanh-vien');
  if (collection === 'benefits') {
    // A concrete benefit page always has these sections (saying "not stated" when empty); a
    // slide item's page has them only when the entry fills them.
    if (!data.key) return anchors;
    const optional: Record<string, unknown> = {
      'doi-tuong': data.forWhom,
      'can-gi': data.needs,
      'cac-buoc': data.steps,
    };
    return anchors.filter((a) => !(a in optional) || optional[a]);
  }
  return anchors;
}

function pageAnchors(tree: Root | undefined, extra: Record<string, string[]>): Set<string> {
  const anchors = new Set<string>(['_top']);
  if (!tree) return anchors;
  const slugger = new GithubSlugger();
  visit(tree, (node: any) => {
    if (node.type === 'heading') {
      const custom = node.children.find((c: any) => c.type === 'idString');
      if (custom?.value) anchors.add(custom.value);
      else anchors.add(slugger.slug(toString(node)).replace(/-$/, ''));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of node.attributes ?? [])
        if (attr.name === 'id' && typeof attr.value === 'string') anchors.add(attr.value);
      for (const a of extra[node.name] ?? []) anchors.add(a);
    }
  });
  return anchors;
}

/** The anchors of an entry that failed to load: unknown, so any is accepted (it is reported at its file). */
const ANY_ANCHOR = '*';

/** Every page the site generates from code, with its anchors and what it is made from. */
function generatedPages(ctx: Context): Map<string, { anchors: Set<string>; from: string }> {
  const pages = new Map<string, { anchors: Set<string>; from: string }>();
  const add = (url: string, anchors: Iterable<string>, from: string) =>
    pages.set(url, { anchors: new Set(anchors), from });
  for (const locale of LOCALES) {
    for (const collection of PAGED) {
      for (const entry of ctx.graph.content[collection])
        add(
          entryUrl(collection, entry.id, locale),
          ['_top', ...anchorsFor(collection, entry.data)],
          `content/${collection}/${entry.id}.yaml`,
        );
    }
    for (const file of ctx.broken.values())
      if (PAGED.includes(file.collection)) add(entryUrl(file.collection, file.id, locale), [ANY_ANCHOR], file.file);
  }
  for (const [url, anchors] of generatedRoutes()) add(url, anchors, `src/pages${url}`);
  // The numbered pages of long lists (src/lib/pagination.ts, src/lib/entry-lists.ts).
  for (const locale of LOCALES) {
    for (const collection of ['documents', 'agencies'] as const)
      for (const url of extraPageUrls(sectionUrl(collection, locale), ctx.graph.content[collection].length))
        add(url, ['_top'], `src/pages/[...lang]/[register]/ (content/${collection}/)`);
  }
  for (const url of longListUrls(ctx.graph, ctx.asOf, LOCALES)) add(url, ['_top'], 'src/pages/[...lang]/[section]/');
  return pages;
}

/** Every URL the site builds, with the anchors each page has. */
function routeTable(ctx: Context, generated: Map<string, { anchors: Set<string> }>): Map<string, Set<string>> {
  const routes = new Map<string, Set<string>>();
  const extra = componentAnchors(ctx);
  for (const page of ctx.pages) routes.set(docUrl(page.id), pageAnchors(page.tree, extra));
  for (const locale of LOCALES) {
    if (!routes.has(sectionUrl('glossary', locale)))
      routes.set(sectionUrl('glossary', locale), new Set(['_top', ...ctx.graph.content.glossary.map((g) => g.id)]));
  }
  for (const [url, { anchors }] of generated) routes.set(url, anchors);
  return routes;
}

function place(
  page: PageFile,
  node: any,
  severity: Severity,
  key: MessageKey,
  params: Params = {},
  near?: string[],
): Draft {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return draft(page.file, start.line + page.bodyLineOffset, start.column, severity, key, params, near);
}

export function checkLinks(ctx: Context): Draft[] {
  const findings: Draft[] = [];
  const generated = generatedPages(ctx);
  for (const page of ctx.pages) {
    const url = docUrl(page.id);
    const other = generated.get(url);
    if (other) findings.push(draft(page.file, 1, 1, 'error', 'route-collision', { url, other: other.from }));
  }
  const routes = routeTable(ctx, generated);
  const allIds = [...ctx.graph.collectionOf.keys()];
  const routeList = [...routes.keys()];
  for (const page of ctx.pages) {
    if (!page.tree) continue;
    const locale = localeOfDocId(page.id);
    const own = routes.get(docUrl(page.id)) ?? new Set<string>();
    const checkRef = (node: any, id: string, anchor: string | undefined) => {
      const collection = ctx.graph.collectionOf.get(id);
      if (!collection) {
        if (!ctx.broken.has(id))
          findings.push(place(page, node, 'error', 'unknown-id.ref', { id }, nearest(id, allIds)));
        return;
      }
      if (anchor) {
        const url = entryUrl(collection, id, locale).split('#')[0];
        const anchors = routes.get(url);
        if (anchors && !anchors.has(anchor) && !anchors.has(ANY_ANCHOR))
          findings.push(place(page, node, 'error', 'unknown-anchor', { id, anchor }, nearest(anchor, anchors)));
      }
    };
    visit(page.tree, (node: any) => {
      if (node.type === 'link' || node.type === 'definition') {
        const url: string = node.url;
        const ref = parseRef(url);
        if (ref) return checkRef(node, ref.id, ref.anchor);
        if (url.startsWith('#')) {
          const anchor = decodeURIComponent(url.slice(1));
          if (!own.has(anchor))
            findings.push(place(page, node, 'error', 'unknown-anchor.own', { url }, nearest(anchor, own)));
          return;
        }
        if (!url.startsWith('/') || url.startsWith('//')) return;
        const [rawPath, rawHash] = url.split('#') as [string, string | undefined];
        const path = rawPath.split('?')[0];
        // A file (/data/documents.json) has no trailing slash and belongs to no language.
        const isFile = /\.[a-z0-9]+$/i.test(path);
        const normal = path.endsWith('/') || isFile ? path : `${path}/`;
        const anchors = routes.get(normal);
        if (!anchors) {
          findings.push(place(page, node, 'error', 'broken-link', { url }, nearest(normal, routeList)));
          return;
        }
        if (normal !== path)
          findings.push(
            place(page, node, 'warning', 'trailing-slash', { url, fixed: `${normal}${rawHash ? `#${rawHash}` : ''}` }),
          );
        if (!isFile && localeOfUrl(normal) !== locale)
          findings.push(place(page, node, 'warning', 'other-language', { url, language: LANGUAGE_NAMES[locale] }));
        if (rawHash && !anchors.has(decodeURIComponent(rawHash)) && !anchors.has(ANY_ANCHOR))
          findings.push(
            place(
              page,
              node,
              'error',
              'unknown-anchor.page',
              { url: normal, anchor: rawHash },
              nearest(rawHash, anchors),
            ),
          );
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Ref') {
        const idAttr = node.attributes?.find((a: any) => a.name === 'id');
        if (typeof idAttr?.value === 'string') checkRef(node, idAttr.value, undefined);
      }
    });
  }
  return findings;
}

export type { Locale };
