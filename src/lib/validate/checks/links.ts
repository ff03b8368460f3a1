// Links in prose: every ref:id and <Ref id="…"/> names an existing entry, and every internal link
// and #anchor leads to a page and a heading that exist, generated pages included.
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { Context } from '../context.ts';
import type { Finding } from '../types.ts';
import type { PageFile } from '../load.ts';
import { didYouMean, nearest } from '../suggest.ts';
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

/** Every URL the site builds, with the anchors each page has. */
function routeTable(ctx: Context): Map<string, Set<string>> {
  const routes = new Map<string, Set<string>>();
  const extra = componentAnchors(ctx);
  for (const page of ctx.pages) routes.set(docUrl(page.id), pageAnchors(page.tree, extra));
  for (const locale of LOCALES) {
    for (const collection of PAGED) {
      for (const entry of ctx.graph.content[collection]) {
        routes.set(entryUrl(collection, entry.id, locale), new Set(['_top', ...anchorsFor(collection, entry.data)]));
      }
    }
    if (!routes.has(sectionUrl('glossary', locale)))
      routes.set(sectionUrl('glossary', locale), new Set(['_top', ...ctx.graph.content.glossary.map((g) => g.id)]));
  }
  for (const [url, anchors] of generatedRoutes()) routes.set(url, new Set(anchors));
  // The numbered pages of long lists (src/lib/pagination.ts, src/lib/entry-lists.ts).
  for (const locale of LOCALES) {
    for (const url of extraPageUrls(sectionUrl('documents', locale), ctx.graph.content.documents.length))
      routes.set(url, new Set(['_top']));
    for (const url of extraPageUrls(sectionUrl('agencies', locale), ctx.graph.content.agencies.length))
      routes.set(url, new Set(['_top']));
  }
  for (const url of longListUrls(ctx.graph, ctx.asOf, LOCALES)) routes.set(url, new Set(['_top']));
  return routes;
}

function place(page: PageFile, node: any) {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return { file: page.file, line: start.line + page.bodyLineOffset, column: start.column };
}

export function checkLinks(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const routes = routeTable(ctx);
  const allIds = [...ctx.graph.collectionOf.keys()];
  const routeList = [...routes.keys()];
  for (const page of ctx.pages) {
    if (!page.tree) continue;
    const locale = localeOfDocId(page.id);
    const own = routes.get(docUrl(page.id)) ?? new Set<string>();
    const checkRef = (node: any, id: string, anchor: string | undefined) => {
      const collection = ctx.graph.collectionOf.get(id);
      if (!collection) {
        findings.push({
          ...place(page, node),
          severity: 'error',
          code: 'unknown-id',
          message: `the reference names an unknown entry "${id}"`,
          hint: didYouMean(id, allIds),
        });
        return;
      }
      if (anchor) {
        const url = entryUrl(collection, id, locale).split('#')[0];
        const anchors = routes.get(url);
        if (anchors && !anchors.has(anchor))
          findings.push({
            ...place(page, node),
            severity: 'error',
            code: 'unknown-anchor',
            message: `"${id}" has no section "#${anchor}"`,
            hint: didYouMean(anchor, anchors),
          });
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
            findings.push({
              ...place(page, node),
              severity: 'error',
              code: 'unknown-anchor',
              message: `this page has no section "${url}"`,
              hint: didYouMean(anchor, own),
            });
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
          findings.push({
            ...place(page, node),
            severity: 'error',
            code: 'broken-link',
            message: `the link "${url}" leads to no page`,
            hint: `did you mean ${nearest(normal, routeList)
              .map((r) => `"${r}"`)
              .join(', ')}?`,
          });
          return;
        }
        if (normal !== path)
          findings.push({
            ...place(page, node),
            severity: 'warning',
            code: 'trailing-slash',
            message: `the link "${url}" lacks its trailing slash`,
            hint: `write "${normal}${rawHash ? `#${rawHash}` : ''}"`,
          });
        if (!isFile && localeOfUrl(normal) !== locale)
          findings.push({
            ...place(page, node),
            severity: 'warning',
            code: 'other-language',
            message: `the link "${url}" leads to a page in the other language`,
            hint: `link to the ${locale === 'vi' ? 'Vietnamese' : 'English'} page, or use ref:<id>`,
          });
        if (rawHash && !anchors.has(decodeURIComponent(rawHash))) {
          findings.push({
            ...place(page, node),
            severity: 'error',
            code: 'unknown-anchor',
            message: `the page "${normal}" has no section "#${rawHash}"`,
            hint: didYouMean(rawHash, anchors),
          });
        }
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Ref') {
        const idAttr = node.attributes?.find((a: any) => a.name === 'id');
        if (typeof idAttr?.value === 'string') checkRef(node, idAttr.value, undefined);
      }
    });
  }
  return findings;
}

export type { Locale };
