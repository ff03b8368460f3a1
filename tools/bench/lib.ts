// What the benchmarks share: a synthetic copy of the project, a child process timed with the peak
// memory of its whole process tree, what a build left in dist/, and a bare Starlight project of
// the same pages as Markdown for comparison.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { generateContent, type SyntheticResult } from './synthetic.ts';
import { entryUrl } from '../../src/lib/routes.ts';
import { KINDS } from '../../src/lib/kinds.ts';
import type { DataCollection, Locale } from '../../src/lib/schemas.ts';
import { parseRef } from '../../src/lib/remark-refs.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Statuses are computed at a fixed date, so that two runs build the same pages. */
const BENCH_AS_OF = '2026-11-27';

export interface Measured {
  ms: number;
  /** Highest sum of resident memory over the process and all its descendants, in MiB. */
  peakMb: number;
  code: number;
  output: string;
}

/** Resident memory of a process and its descendants, read from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * 4096);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, timing it and sampling the memory of its process tree every 100 ms. */
export function measure(
  cmd: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (d: Buffer) => {
      output += d.toString();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      done({ ms: performance.now() - started, peakMb: peak / 2 ** 20, code: code ?? 1, output });
    });
  });
}

/**
 * A fresh folder for a project copy, inside ours (bench-out/ is ignored by git): Astro resolves its
 * packages from our node_modules by walking up, which a linked node_modules breaks, and keeps
 * its caches in the copy's own node_modules/.astro, so every measured build starts cold.
 */
export function tempDir(label: string): string {
  mkdirSync(join(ROOT, 'bench-out'), { recursive: true });
  return mkdtempSync(join(ROOT, 'bench-out', `${label}-`));
}

/** A copy of the project whose content/ is the synthetic registry of `entries` entries. */
export function syntheticProject(entries: number): { dir: string; result: SyntheticResult } {
  const dir = tempDir(`bench-${entries}`);
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  const result = generateContent(dir, join(ROOT, 'content'), { entries });
  return { dir, result };
}

/** `npm run build` in a copy of this project: the pages with Astro, then the search index (scripts/build.ts). */
export function siteBuild(dir: string, outDir = join(dir, 'dist')): Promise<Measured> {
  return measure(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir], {
    cwd: dir,
    env: { AS_OF: BENCH_AS_OF, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/**
 * `astro build` with our Node: a bare Starlight project, or pages without a search index.
 * `nodeArgs` go to Node itself (a CPU profile, say).
 */
export function astroBuild(dir: string, outDir = join(dir, 'dist'), nodeArgs: string[] = []): Promise<Measured> {
  const args = ['build', '--outDir', outDir];
  return measure(process.execPath, [...nodeArgs, join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args], {
    cwd: dir,
    env: { AS_OF: BENCH_AS_OF, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f));
}

/** Pages whose job is to list entries: section indexes, their numbered pages, the matrix and the like. */
const INDEX_PAGE =
  /^(en\/)?(van-ban|co-quan|nhiem-vu|quyen-loi|thuat-ngu)\/(?:(?:ma-tran|dong-thoi-gian|theo-doi-phap-ly)\/)?(?:trang\/\d+\/)?index\.html$|^(en\/)?[a-z-]+\/[a-z0-9-]+\/[a-z-]+\/(?:trang\/\d+\/)?index\.html$/;

export interface DistStats {
  pages: number;
  bytes: number;
  heaviest: { path: string; raw: number; gz: number };
  /** The largest index pages, gzipped. */
  indexes: Array<{ path: string; raw: number; gz: number }>;
}

export function distStats(dist: string): DistStats {
  let bytes = 0;
  const html: Array<{ path: string; raw: number }> = [];
  for (const file of walk(dist)) {
    const st = statSync(file);
    if (!st.isFile()) continue;
    bytes += st.size;
    if (file.endsWith('.html')) html.push({ path: relative(dist, file), raw: st.size });
  }
  html.sort((a, b) => b.raw - a.raw);
  const gz = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
  const heaviest = html[0] ? { ...html[0], gz: gz(html[0].path) } : { path: '-', raw: 0, gz: 0 };
  const indexes = html
    .filter((h) => INDEX_PAGE.test(h.path))
    .slice(0, 40)
    .map((h) => ({ ...h, gz: gz(h.path) }))
    .sort((a, b) => b.gz - a.gz)
    .slice(0, 3);
  return { pages: html.length, bytes, heaviest, indexes };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A Markdown table, with the columns padded so that it reads in a terminal too. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function fail(label: string, run: Measured): never {
  console.error(run.output.split('\n').slice(-40).join('\n'));
  throw new Error(`${label} failed with exit code ${run.code}`);
}

// ---------------------------------------------------------------------------------------------
// The bare Starlight project: the same pages, as plain Markdown.

interface FixtureOptions {
  /** 'autogenerate': Starlight's default sidebar, every page on every page. 'sections': one link per section. */
  sidebar: 'autogenerate' | 'sections';
  linksValidator?: boolean;
}

/**
 * Every page our site builds from `contentDir`, as a Markdown page with the same title, text and
 * links: one per entry and language, the glossary, and the MDX pages with their components left
 * out. Headings that links point at carry their anchor as text, since stock Markdown has no
 * {#id}. Returns path (under src/content/docs, without extension) → Markdown.
 */
export function markdownTwins(contentDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const read = (c: DataCollection) =>
    readdirSync(join(contentDir, c))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ id: f.slice(0, -5), data: parse(readFileSync(join(contentDir, c, f), 'utf8')) }));
  const entries = {
    documents: read('documents'),
    agencies: read('agencies'),
    tasks: read('tasks'),
    benefits: read('benefits'),
    glossary: read('glossary'),
  };
  const collectionOf = new Map<string, DataCollection>();
  for (const [c, list] of Object.entries(entries)) for (const e of list) collectionOf.set(e.id, c as DataCollection);
  const url = (id: string, locale: Locale) => {
    const c = collectionOf.get(id);
    return c ? entryUrl(c, id, locale) : undefined;
  };
  const link = (id: string, locale: Locale, text = id) => {
    const u = url(id, locale);
    return u ? `[${text}](${u})` : text;
  };
  const text = (v: any, locale: Locale) => (v && typeof v === 'object' ? (v[locale] ?? '') : String(v ?? ''));
  const yamlString = (s: string) => JSON.stringify(s);
  const front = (title: string, description: string) =>
    `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description || title)}\n---\n\n`;
  const sections = (collection: DataCollection) => KINDS[collection].anchors;

  for (const locale of ['vi', 'en'] as Locale[]) {
    const prefix = locale === 'vi' ? '' : 'en/';
    for (const collection of ['documents', 'agencies', 'tasks', 'benefits'] as const) {
      for (const { id, data } of entries[collection]) {
        const title =
          collection === 'documents'
            ? data.number
            : collection === 'tasks'
              ? `${data.key}: ${text(data.slide, locale)}`
              : text(data.name ?? data.title, locale);
        const [first, ...rest] = sections(collection);
        const links: string[] = [];
        if (collection === 'documents') {
          links.push(link(data.issuer, locale));
          for (const r of data.relations ?? []) links.push(`${r.type}: ${link(r.target, locale)}`);
          for (const t of data.serves ?? []) links.push(link(t, locale));
        } else if (collection === 'agencies') {
          if (data.partOf) links.push(link(data.partOf, locale));
          for (const s of data.successorOf ?? []) links.push(link(s.id, locale));
        } else if (collection === 'tasks') {
          for (const a of data.assigned ?? []) links.push(`${a.role}: ${link(a.agency, locale)}`);
          for (const d of [...(data.deliveredBy ?? []), ...(data.legalBasis ?? [])]) links.push(link(d, locale));
        } else {
          for (const d of [...(data.pillarItems ?? []), ...(data.legalBasis ?? [])]) links.push(link(d, locale));
        }
        const body = [
          text(data.summary ?? data.meaning, locale),
          `## ${first}`,
          text(data.title ?? data.slide, locale),
          ...links.map((l) => `- ${l}`),
          ...rest.flatMap((anchor) => [`## ${anchor}`, text(data.summary ?? data.meaning, locale)]),
          ...(data.sources ?? []).map((s: any) => `- [${s.publisher}](${s.url})`),
        ].join('\n\n');
        pages.set(
          `${prefix}${KINDS[collection].section}/${id}`,
          front(title, text(data.title ?? data.summary ?? data.meaning, locale)) + body + '\n',
        );
      }
    }
  }

  // MDX pages: components and imports left out, ref: links resolved, {#id} headings as anchors.
  const docsDir = join(contentDir, 'docs');
  for (const file of readdirSync(docsDir, { recursive: true }) as string[]) {
    if (!/\.mdx?$/.test(file)) continue;
    const id = file.replace(/\.mdx?$/, '');
    const locale: Locale = id === 'en' || id.startsWith('en/') ? 'en' : 'vi';
    const source = readFileSync(join(docsDir, file), 'utf8');
    const [, fm = '', body = ''] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    const meta = parse(fm) as { title: string; description?: string };
    const md = body
      .replace(/^import .*$/gm, '')
      .replace(/^\s*<[A-Z][\s\S]*?\/>\s*$/gm, '')
      .replace(/^<\/?[A-Z][^>]*>\s*$/gm, '')
      .replace(/<\/?[A-Z][^>]*>/g, '')
      .replace(/^(#{2,6}) .*\{#([a-z0-9-]+)\}\s*$/gm, '$1 $2')
      .replace(/\]\((ref:[^)\s]+)\)/g, (whole, href: string) => {
        const ref = parseRef(href);
        const u = ref && url(ref.id, locale);
        if (!u) return whole;
        const anchor = ref.anchor && collectionOf.get(ref.id) !== 'glossary' ? `#${ref.anchor}` : '';
        return `](${u}${anchor})`;
      })
      .replace(/\[\]\(/g, '[link](');
    pages.set(id, front(meta.title, meta.description ?? meta.title) + md);
  }
  // The glossary is one page: its terms are headings named by their ids.
  for (const locale of ['vi', 'en'] as Locale[]) {
    const prefix = locale === 'vi' ? '' : 'en/';
    const key = `${prefix}${KINDS.glossary.section}/index`;
    const intro = pages.get(key) ?? front(locale === 'vi' ? 'Thuật ngữ' : 'Glossary', 'Glossary');
    const terms = entries.glossary
      .map(({ id, data }) => `## ${id}\n\n**${text(data.term, locale)}**: ${text(data.definition, locale)}\n`)
      .join('\n');
    pages.set(key, `${intro}\n\n${terms}`);
  }
  return pages;
}

/** A bare Starlight project of these Markdown pages, with our two languages and our Astro. */
export function starlightFixture(pages: Map<string, string>, options: FixtureOptions): string {
  const dir = tempDir(`starlight-${options.sidebar}${options.linksValidator ? '-slv' : ''}`);
  // Astro bundles the packages a project depends on (Starlight imports astro:content): they must be listed.
  const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies as Record<string, string>;
  const deps = ['astro', '@astrojs/starlight', ...(options.linksValidator ? ['starlight-links-validator'] : [])];
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'bare-starlight',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(deps.map((d) => [d, ours[d]])),
    }),
  );
  const sidebar =
    options.sidebar === 'sections'
      ? `sidebar: ${JSON.stringify(Object.values(KINDS).map((k) => ({ slug: k.section })))},`
      : '';
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
${options.linksValidator ? "import starlightLinksValidator from 'starlight-links-validator';" : ''}
export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [starlight({
    title: { vi: 'Đề án 06', en: 'Project 06' },
    defaultLocale: 'root',
    locales: { root: { label: 'Tiếng Việt', lang: 'vi' }, en: { label: 'English', lang: 'en' } },
    ${sidebar}
    ${options.linksValidator ? 'plugins: [starlightLinksValidator({ failOnError: false, reporters: { githubActions: false } })],' : ''}
  })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = join(dir, 'src', 'content', 'docs');
  for (const [path, md] of pages) {
    const file = join(docs, `${path}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, md);
  }
  return dir;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * CPU time spent in a package's code and in what it called, in ms, summed over the profiles
 * `node --cpu-prof` wrote to `dir` (one per thread): what the package itself costs within one
 * run, where the difference of two runs drowns in their noise.
 */
export function cpuInPackage(dir: string, packageName: string): number {
  const marker = `/node_modules/${packageName}/`;
  let total = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const url = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
    const inside = new Map<number, boolean>();
    const isInside = (id: number): boolean => {
      let known = inside.get(id);
      if (known === undefined) {
        const up = parent.get(id);
        known = url.get(id)!.includes(marker) || (up !== undefined && isInside(up));
        inside.set(id, known);
      }
      return known;
    };
    profile.samples.forEach((id, i) => {
      if (isInside(id)) total += profile.timeDeltas[i] / 1000;
    });
  }
  return total;
}

export function cleanUp(...dirs: string[]) {
  if (process.env.BENCH_KEEP) return;
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
