// No script from content: an editor's text can change what a page says, never what it runs.
// MDX pages may not hold <script>, <iframe>, <object> or <embed>, event-handler attributes (on…=),
// Astro directives (set:html, is:inline), javascript:/data:/vbscript: addresses, imports of
// anything but the site's components, or Starlight's frontmatter "head:"; YAML text may not hold
// them either. Source addresses are https (http: is a warning; Zod already refuses any other).
//
// The build always runs this check first (src/integrations/validate-content.ts fails `astro build`
// on any error), so no such script reaches a page; the Content-Security-Policy also hashes only
// the inline scripts before <main>, where the site's own layout puts them (src/lib/csp.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Context } from '../context.ts';
import { at, atPageFrontmatter } from '../context.ts';
import { draft, type Draft } from '../types.ts';
import type { YamlFile, PageFile } from '../load.ts';

/** Starlight's components a page may import (@astrojs/starlight/components). */
const STARLIGHT_COMPONENTS = new Set([
  'Aside',
  'Badge',
  'Card',
  'CardGrid',
  'Code',
  'FileTree',
  'Icon',
  'LinkButton',
  'LinkCard',
  'Steps',
  'TabItem',
  'Tabs',
]);
const ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link']);
/** Where a page may import from: Starlight's components and the site's own (@components/). */
const IMPORTS = /^(?:@components\/|@astrojs\/starlight\/components$)/;

/** The dangerous scheme of an address, if any; browsers ignore spaces and control characters in it. */
function scheme(url: string): string | undefined {
  const bare = url.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();
  return /^(javascript|vbscript|data):/.exec(bare)?.[0];
}

/** What in a text could run script, if anything. The cheap tests first: most text has no "<" and no "t:" or "a:". */
function unsafeInText(text: string): string | undefined {
  if (text.includes('<')) {
    const tag = /<\s*(script|iframe|object|embed)\b/i.exec(text);
    if (tag) return `<${tag[1].toLowerCase()}`;
    const handler = /<[^>]*\s(on[a-z]+)\s*=/i.exec(text);
    if (handler) return `${handler[1].toLowerCase()}=`;
  }
  if (!/[ta][\s\p{Cc}]*:/iu.test(text)) return undefined;
  const bare = text.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();
  const url = /(javascript|vbscript):|data:[a-z]+\/[a-z0-9.+-]+[;,]/.exec(bare);
  return url ? (url[1] ? `${url[1]}:` : 'data:') : undefined;
}

/**
 * Calls `each` with every string in a YAML value and its path (a copy is the caller's to take); a
 * value that contains itself (&a [*a]) is read once.
 */
function eachString(
  value: unknown,
  each: (path: (string | number)[], text: string) => void,
  path: (string | number)[] = [],
  seen = new WeakSet<object>(),
): void {
  if (typeof value === 'string') return each(path, value);
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, v] of entries) {
    path.push(key);
    eachString(v, each, path, seen);
    path.pop();
  }
}

/**
 * Where a URL is written in its file, found as text: an http: address is common in real content,
 * and parsing each such file again for positions (at()) would double the validator's time.
 */
function atUrl(root: string, file: YamlFile, path: (string | number)[], url: string): Draft {
  let text = '';
  try {
    text = readFileSync(join(root, file.file), 'utf8');
  } catch {
    // Deleted since it was read: at() places the finding as well as it can.
  }
  const offset = text.indexOf(url);
  if (offset < 0) return at(file, path, 'warning', 'insecure-url', { url });
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return draft(file.file, line, offset - before.lastIndexOf('\n'), 'warning', 'insecure-url', { url });
}

function checkEntry(root: string, file: YamlFile, findings: Draft[]) {
  eachString(file.data, (path, text) => {
    if (path.at(-1) === 'url') {
      // The schema accepts only https: and http: addresses, and reports any other itself.
      if (/^http:/i.test(text)) findings.push(atUrl(root, file, [...path], text));
      return;
    }
    const what = unsafeInText(text);
    if (what) findings.push(at(file, [...path], 'error', 'unsafe-content', { what }));
  });
}

function checkPage(page: PageFile, findings: Draft[]) {
  const fm = page.frontmatter;
  if (fm && typeof fm === 'object') {
    // Starlight's "head:" adds tags to <head>, scripts included.
    if ('head' in fm) findings.push(atPageFrontmatter(page, ['head'], 'error', 'unsafe-content', { what: 'head:' }));
    eachString(fm, (path, text) => {
      const what = unsafeInText(text);
      if (what) findings.push(atPageFrontmatter(page, [...path], 'error', 'unsafe-content', { what }));
    });
  }
  if (!page.tree) return;
  const flag = (node: any, what: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    findings.push(
      draft(page.file, start.line + page.bodyLineOffset, start.column, 'error', 'unsafe-content', { what }),
    );
  };
  // A component used without its import fails only when the page renders, as "X is not defined"
  // and a stack trace: said here, with the line to add.
  const imported = new Set<string>();
  const used: any[] = [];
  visit(page.tree, (node: any) => {
    if (node.type === 'mdxjsEsm')
      for (const m of String(node.value).matchAll(/import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from/g)) {
        if (m[1]) imported.add(m[1]);
        for (const name of (m[2] ?? '').split(','))
          imported.add(
            name
              .trim()
              .split(/\s+as\s+/)
              .at(-1)!,
          );
      }
    else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      /^[A-Z]\w*$/.test(node.name ?? '')
    )
      used.push(node);
  });
  const reported = new Set<string>();
  for (const node of used) {
    if (imported.has(node.name) || reported.has(node.name)) continue;
    reported.add(node.name);
    const start = node.position?.start ?? { line: 1, column: 1 };
    const line = STARLIGHT_COMPONENTS.has(node.name)
      ? `import { ${node.name} } from '@astrojs/starlight/components';`
      : `import ${node.name} from '@components/${node.name}.astro';`;
    findings.push(
      draft(page.file, start.line + page.bodyLineOffset, start.column, 'error', 'mdx-syntax.not-imported', {
        name: node.name,
        line,
      }),
    );
  }
  visit(page.tree, (node: any) => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const s = scheme(node.url ?? '');
      if (s) flag(node, s);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name && ELEMENTS.has(node.name.toLowerCase())) flag(node, `<${node.name}>`);
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute') continue;
        const name = String(attr.name);
        if (/^on/i.test(name) || name.includes(':') || /^(dangerouslySetInnerHTML|srcdoc)$/i.test(name))
          flag(node, `${name}=`);
        else if (typeof attr.value === 'string' && scheme(attr.value)) flag(node, scheme(attr.value)!);
      }
    } else if (node.type === 'mdxjsEsm') {
      const value = String(node.value);
      const sources = [...value.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const bad = sources.find((s) => !IMPORTS.test(s));
      if (bad) flag(node, `import '${bad}'`);
      else if (/^\s*export\b/m.test(value)) flag(node, 'export');
    }
  });
}

export function checkSafety(ctx: Context): Draft[] {
  const findings: Draft[] = [];
  for (const file of ctx.tree.entries) checkEntry(ctx.tree.root, file, findings);
  for (const page of ctx.pages) checkPage(page, findings);
  return findings;
}
