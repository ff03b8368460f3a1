// A synthetic registry for the benchmarks (npm run bench, bench:build): the project's real content
// plus made-up entries and pages up to a given number of entries, shaped like the real ones —
// documents with relations, sources and tasks they serve, agencies with units and merged
// provinces, tasks, benefits, glossary terms, and MDX pages in both languages with ref: and
// internal links. Every made-up number ends in "/MAU" and every source is on example.invalid,
// so that nothing generated can pass for a real document. Same options, same files.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { DOCUMENT_KINDS, type DataCollection } from '../../src/lib/schemas.ts';

interface SyntheticOptions {
  /** Data entries in the result, real ones included (pages are counted apart). */
  entries: number;
  seed?: number;
  /** Pairs of MDX pages (Vietnamese and English) to add; default one pair per 100 entries. */
  pagePairs?: number;
}

export interface SyntheticResult {
  /** Entries per collection in the result, real ones included. */
  counts: Record<DataCollection, number>;
  entries: number;
  /** MDX files in the result, both languages, real ones included. */
  pages: number;
  /** The ids of the generated MDX pages, Vietnamese (the English twin is en/<id>). */
  pageIds: string[];
}

/** A small seeded generator (mulberry32): the same seed gives the same registry. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  /** Skewed towards the head of the list, as a few ministries and provinces issue most documents. */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 2.5)];
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const total = Object.values<number>(weights).reduce((a, b) => a + b, 0);
    let r = next() * total;
    for (const [key, w] of Object.entries<number>(weights)) if ((r -= w) < 0) return key as T;
    return Object.keys(weights)[0] as T;
  };
  const chance = (p: number) => next() < p;
  const some = <T>(list: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];
  return { next, int, pick, skewed, weighted, chance, some };
}

const COLLECTIONS: DataCollection[] = ['documents', 'agencies', 'tasks', 'benefits', 'glossary'];

const TOPICS = [
  { vi: 'kết nối Cơ sở dữ liệu quốc gia về dân cư', en: 'connecting to the National Population Database' },
  { vi: 'tài khoản định danh điện tử', en: 'electronic identity accounts' },
  { vi: 'dịch vụ công trực tuyến toàn trình', en: 'fully online public services' },
  { vi: 'số hóa hồ sơ thủ tục hành chính', en: 'digitising administrative procedure files' },
  { vi: 'bảo đảm an toàn thông tin', en: 'information security' },
  { vi: 'thanh toán không dùng tiền mặt', en: 'cashless payments' },
  { vi: 'cấp căn cước', en: 'issuing identity cards' },
  { vi: 'khám chữa bệnh bằng căn cước', en: 'health care with the identity card' },
  { vi: 'bảo vệ dữ liệu cá nhân', en: 'personal data protection' },
  { vi: 'đào tạo cán bộ về chuyển đổi số', en: 'digital training for officials' },
  { vi: 'xác thực điện tử', en: 'electronic authentication' },
  { vi: 'chữ ký số', en: 'digital signatures' },
] as const;

const KIND_NAMES: Record<(typeof DOCUMENT_KINDS)[number], { vi: string; en: string; code: string }> = {
  luat: { vi: 'Luật', en: 'Law', code: 'QH' },
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution', code: 'NQ' },
  'nghi-dinh': { vi: 'Nghị định', en: 'Decree', code: 'NĐ' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision', code: 'QĐ' },
  'thong-tu': { vi: 'Thông tư', en: 'Circular', code: 'TT' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive', code: 'CT' },
  'cong-van': { vi: 'Công văn', en: 'Official letter', code: 'CV' },
  'cong-dien': { vi: 'Công điện', en: 'Official dispatch', code: 'CĐ' },
  'thong-bao': { vi: 'Thông báo', en: 'Notice', code: 'TB' },
};

const REVIEWED = '2026-11-27';
const iso = (day: number) => new Date(Date.UTC(2014, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
const sources = (r: ReturnType<typeof random>, path: string) =>
  Array.from({ length: 1 + r.int(3) }, (_, i) => ({
    url: `https://example.invalid/${path}/${i + 1}`,
    publisher: r.pick(['Nguồn mẫu A', 'Nguồn mẫu B', 'Nguồn mẫu C']),
    ...(r.chance(0.3) ? { note: { vi: 'Dữ liệu mẫu cho phép đo', en: 'synthetic data for benchmarks' } } : {}),
  }));

interface Real {
  documents: Array<{ id: string; issued?: string }>;
  agencies: Array<{ id: string; kind: string; until?: string; memberKinds?: string[] }>;
  tasks: Array<{ id: string; key: string }>;
  benefits: Array<{ id: string; key?: string }>;
  glossary: string[];
}

function readReal(contentDir: string): Real {
  const read = (c: DataCollection) =>
    readdirSync(join(contentDir, c))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ id: f.slice(0, -5), data: parse(readFileSync(join(contentDir, c, f), 'utf8')) }));
  const date = (v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined;
  return {
    documents: read('documents').map((e) => ({ id: e.id, issued: date(e.data.issued) })),
    agencies: read('agencies').map((e) => ({
      id: e.id,
      kind: e.data.kind,
      until: date(e.data.active?.until),
      memberKinds: e.data.memberKinds,
    })),
    tasks: read('tasks').map((e) => ({ id: e.id, key: e.data.key })),
    benefits: read('benefits').map((e) => ({ id: e.id, key: e.data.key })),
    glossary: read('glossary').map((e) => e.id),
  };
}

/** Keys the slide does not use, in slide order: A5…, L6…, I4, I4.1… */
function freeTaskKeys(used: Set<string>): Array<{ key: string; parent?: string }> {
  const keys: Array<{ key: string; parent?: string }> = [];
  for (let n = 4; n <= 9; n++) {
    for (const letter of ['A', 'L', 'I']) if (!used.has(`${letter}${n}`)) keys.push({ key: `${letter}${n}` });
    for (let c = 1; c <= 9; c++) if (!used.has(`I${n}.${c}`)) keys.push({ key: `I${n}.${c}`, parent: `i${n}` });
  }
  return keys.filter((k) => !used.has(k.key));
}

/**
 * Writes `<dir>/content`: a copy of `realContent` with made-up entries and pages added until the
 * data entries number `options.entries` (never fewer than the real ones).
 */
export function generateContent(dir: string, realContent: string, options: SyntheticOptions): SyntheticResult {
  const r = random(options.seed ?? 6);
  const out = join(dir, 'content');
  cpSync(realContent, out, { recursive: true });
  const real = readReal(realContent);
  const realCount =
    real.documents.length + real.agencies.length + real.tasks.length + real.benefits.length + real.glossary.length;
  const extra = Math.max(0, options.entries - realCount);

  const write = (collection: DataCollection, id: string, data: unknown) =>
    writeFileSync(join(out, collection, `${id}.yaml`), stringify(data, { lineWidth: 0 }));

  // How the made-up entries divide: mostly documents, as in any legal registry.
  const usedKeys = new Set(real.tasks.map((t) => t.key));
  const taskKeys = freeTaskKeys(usedKeys).slice(0, Math.min(20, Math.round(extra * 0.002)));
  const nAgencies = Math.round(extra * 0.14);
  const nGlossary = Math.round(extra * 0.06);
  const nBenefits = Math.round(extra * 0.05);
  const nDocuments = extra - nAgencies - nGlossary - nBenefits - taskKeys.length;

  // Agencies first: documents need issuers, tasks need someone responsible.
  const agencies: Array<{ id: string; kind: string }> = [];
  const central = real.agencies
    .filter(
      (a) =>
        ['bo', 'co-quan-ngang-bo', 'co-quan-thuoc-chinh-phu', 'chinh-phu', 'thu-tuong'].includes(a.kind) && !a.until,
    )
    .map((a) => a.id);
  const currentProvinces: string[] = [];
  const successorsOf = new Map<string, string[]>();
  const plannedFormer: string[] = [];
  for (let i = 1; i <= nAgencies; i++) {
    const id = `co-quan-mau-${i}`;
    const kind = r.weighted({
      'don-vi-truc-thuoc': 55,
      tinh: 16,
      'tinh-cu': 10,
      bo: 3,
      'thanh-pho': 3,
      'co-quan-thuoc-chinh-phu': 3,
      'to-cong-tac': 10,
    });
    if (kind === 'tinh-cu' && currentProvinces.length > 0) plannedFormer.push(id);
    else agencies.push({ id, kind: kind === 'tinh-cu' ? 'tinh' : kind });
    if (kind === 'tinh' || kind === 'thanh-pho') currentProvinces.push(id);
    if (kind === 'bo' || kind === 'co-quan-thuoc-chinh-phu') central.push(id);
  }
  for (const id of plannedFormer) {
    const next = r.pick(currentProvinces);
    successorsOf.set(next, [...(successorsOf.get(next) ?? []), id]);
  }
  const name = (kind: string, i: string) => {
    const n: Record<string, [string, string]> = {
      'don-vi-truc-thuoc': ['Cục mẫu', 'Sample department'],
      tinh: ['Tỉnh Mẫu', 'Sample Province'],
      'thanh-pho': ['Thành phố Mẫu', 'Sample City'],
      bo: ['Bộ Mẫu', 'Sample Ministry'],
      'co-quan-thuoc-chinh-phu': ['Cơ quan mẫu', 'Sample Government agency'],
      'to-cong-tac': ['Tổ công tác mẫu', 'Sample working group'],
    };
    const [vi, en] = n[kind];
    return { vi: `${vi} ${i}`, en: `${en} ${i}` };
  };
  const provincesNow = [
    ...currentProvinces,
    ...real.agencies.filter((a) => a.kind === 'tinh' && !a.until).map((a) => a.id),
  ];
  for (const { id, kind } of agencies) {
    const i = id.slice('co-quan-mau-'.length);
    const partOf =
      kind === 'don-vi-truc-thuoc' ? r.skewed(central) : kind === 'to-cong-tac' ? r.pick(provincesNow) : undefined;
    const formed = successorsOf.get(id) ?? [];
    write('agencies', id, {
      name: name(kind, i),
      kind,
      ...(partOf ? { partOf } : {}),
      ...(formed.length > 0
        ? { active: { from: '2025-07-01' }, successorOf: formed.map((f) => ({ id: f, date: '2025-07-01' })) }
        : {}),
      summary: {
        vi: `Đơn vị mẫu số ${i}, tạo ra để đo thời gian dựng trang. Không phải một cơ quan có thật.`,
        en: `Sample unit ${i}, made up to measure the build. Not a real agency.`,
      },
      sources: sources(r, `co-quan/${id}`),
      confidence: 'high',
      reviewed: REVIEWED,
    });
  }
  for (const id of plannedFormer) {
    const i = id.slice('co-quan-mau-'.length);
    write('agencies', id, {
      name: name('tinh', i),
      kind: 'tinh',
      active: { until: '2025-06-30' },
      summary: {
        vi: `Tỉnh mẫu số ${i}, đã hợp nhất năm 2025. Không có thật.`,
        en: `Sample province ${i}, merged in 2025. Not real.`,
      },
      sources: sources(r, `co-quan/${id}`),
      confidence: 'high',
      reviewed: REVIEWED,
    });
    agencies.push({ id, kind: 'tinh' });
  }

  // Issuers: the real bodies that issue documents, and the made-up ones, the busiest first.
  const issuers = [
    ...real.agencies
      .filter((a) => !a.memberKinds && ['chinh-phu', 'thu-tuong', 'bo', 'quoc-hoi'].includes(a.kind))
      .map((a) => a.id),
    ...agencies.filter((a) => a.kind !== 'to-cong-tac').map((a) => a.id),
    ...real.agencies
      .filter((a) => !a.memberKinds && !['chinh-phu', 'thu-tuong', 'bo', 'quoc-hoi'].includes(a.kind))
      .map((a) => a.id),
  ];

  const seedTasks = real.tasks.map((t) => t.id);
  const allTasks = [...seedTasks, ...taskKeys.map((k) => k.key.toLowerCase().replace('.', '-'))];

  // Documents in issue order, so that a relation always points at an older one.
  const documents: string[] = [];
  const span = 13 * 365;
  const perYear = new Map<string, number>();
  const realAnchors = real.documents.map((d) => d.id);
  for (let k = 1; k <= nDocuments; k++) {
    const id = `van-ban-mau-${k}`;
    const kind = r.weighted({
      'cong-van': 30,
      'quyet-dinh': 25,
      'thong-tu': 14,
      'nghi-dinh': 8,
      'thong-bao': 8,
      'chi-thi': 5,
      'nghi-quyet': 5,
      'cong-dien': 3,
      luat: 2,
    });
    const day = Math.floor((k / (nDocuments + 1)) * span);
    const issued = iso(day);
    const year = issued.slice(0, 4);
    const count = (perYear.get(`${kind} ${year}`) ?? 0) + 1;
    perYear.set(`${kind} ${year}`, count);
    const dateKnown = r.chance(0.9);
    const effective = iso(day + r.int(60));
    const relations = [];
    if (documents.length > 0 && r.chance(0.3)) {
      const window = documents.slice(-400);
      for (const target of r.some(window, 1 + r.int(2))) {
        const type = r.weighted({ amends: 30, details: 25, 'based-on': 25, replaces: 15, repeals: 5 });
        relations.push({ type, target, ...(r.chance(0.2) ? { partial: true } : {}) });
      }
    }
    if (r.chance(0.1)) relations.push({ type: 'based-on', target: r.pick(realAnchors) });
    const topic = r.pick(TOPICS);
    const kindName = KIND_NAMES[kind];
    write('documents', id, {
      number: `${count}/${year}/${kindName.code}-MAU`,
      kind,
      issuer: r.skewed(issuers),
      title: { vi: `${kindName.vi} mẫu về ${topic.vi}`, en: `Sample ${kindName.en.toLowerCase()} on ${topic.en}` },
      issued,
      ...(dateKnown ? { effective } : {}),
      ...(relations.length > 0 ? { relations } : {}),
      ...(r.chance(0.2) ? { serves: r.some(allTasks, 1 + r.int(2)) } : {}),
      summary: {
        vi: `Văn bản mẫu số ${k}, tạo ra để đo thời gian dựng trang. Nội dung về ${topic.vi}. Không phải văn bản có thật.`,
        en: `Sample document ${k}, made up to measure the build. It is about ${topic.en}. Not a real document.`,
      },
      sources: sources(r, `van-ban/${id}`),
      confidence: r.weighted({ high: 75, medium: 18, low: 6, unconfirmed: 1 }),
      ...(dateKnown ? {} : { unverified: ['effective'] }),
      reviewed: REVIEWED,
    });
    documents.push(id);
  }
  const anyDocument = [...realAnchors, ...documents];

  const agencyPool = [
    ...real.agencies.filter((a) => !a.until).map((a) => a.id),
    ...agencies.filter((a) => !plannedFormer.includes(a.id)).map((a) => a.id),
  ];
  const groups = real.agencies.filter((a) => a.memberKinds).map((a) => a.id);
  taskKeys.forEach(({ key, parent }, i) => {
    const id = key.toLowerCase().replace('.', '-');
    const pillar = key.startsWith('A') ? 'nhan-thuc' : key.startsWith('L') ? 'phap-ly' : 'ha-tang';
    const assigned = [
      { agency: r.pick(groups.length ? groups : agencyPool), role: 'thuc-hien' },
      ...r.some(agencyPool, 1 + r.int(2)).map((agency, j) => ({ agency, role: j === 0 ? 'chu-tri' : 'phoi-hop' })),
    ];
    write('tasks', id, {
      key,
      pillar,
      ...(parent && taskKeys.some((t) => t.key.toLowerCase() === parent) ? { parent } : {}),
      slide: { vi: `Nhiệm vụ mẫu ${key}`, en: `Sample task ${key}` },
      implementers: { vi: 'Các cơ quan mẫu thực hiện', en: 'Carried out by sample agencies' },
      meaning: {
        vi: `Nhiệm vụ mẫu số ${i + 1}. Không có trên bản tin thật.`,
        en: `Sample task ${i + 1}. Not on the real slide.`,
      },
      assigned,
      deliveredBy: r.some(documents.length ? documents : anyDocument, 1 + r.int(3)),
      legalBasis: r.some(anyDocument, 1 + r.int(2)),
      sources: sources(r, `nhiem-vu/${id}`),
      confidence: 'medium',
      reviewed: REVIEWED,
    });
  });

  const slideItems = real.benefits.filter((b) => b.key).map((b) => b.id);
  const benefits: string[] = [];
  for (let k = 1; k <= nBenefits; k++) {
    const id = `quyen-loi-mau-${k}`;
    const topic = r.pick(TOPICS);
    write('benefits', id, {
      title: { vi: `Quyền lợi mẫu ${k}: ${topic.vi}`, en: `Sample benefit ${k}: ${topic.en}` },
      pillarItems: r.some(slideItems, 1 + r.int(2)),
      audience: r.some(['cong-dan', 'nguoi-nuoc-ngoai', 'doanh-nghiep', 'co-quan'], 1 + r.int(2)),
      summary: {
        vi: `Quyền lợi mẫu số ${k} về ${topic.vi}. Không có thật.`,
        en: `Sample benefit ${k} on ${topic.en}. Not real.`,
      },
      ...(r.chance(0.5)
        ? {
            needs: { vi: ['Tài khoản định danh điện tử mẫu.'], en: ['A sample electronic identity account.'] },
            steps: { vi: ['Bước một.', 'Bước hai.'], en: ['Step one.', 'Step two.'] },
          }
        : {}),
      legalBasis: r.some(anyDocument, 1 + r.int(2)),
      sources: sources(r, `quyen-loi/${id}`),
      confidence: 'medium',
      reviewed: REVIEWED,
    });
    benefits.push(id);
  }

  const terms: string[] = [];
  for (let k = 1; k <= nGlossary; k++) {
    const id = `thuat-ngu-mau-${k}`;
    const related = [...real.glossary, ...terms];
    write('glossary', id, {
      term: { vi: `Thuật ngữ mẫu ${k}`, en: `Sample term ${k}` },
      ...(r.chance(0.3) ? { abbr: `TNM${k}` } : {}),
      definition: {
        vi: `Định nghĩa mẫu của thuật ngữ số ${k}, dùng để đo thời gian dựng trang.`,
        en: `Sample definition of term ${k}, used to measure the build.`,
      },
      ...(r.chance(0.4) ? { related: r.some(related, 1 + r.int(2)) } : {}),
      sources: sources(r, `thuat-ngu/${id}`),
      confidence: 'high',
      reviewed: REVIEWED,
    });
    terms.push(id);
  }

  // Pages: prose that links entries by id and other pages by path and heading.
  const pairs = options.pagePairs ?? Math.max(2, Math.round(options.entries / 100));
  const pageIds = Array.from({ length: pairs }, (_, i) => `mau/bai-${i + 1}`);
  const linkable = [...anyDocument, ...agencyPool, ...allTasks, ...benefits, ...terms, ...real.glossary];
  mkdirSync(join(out, 'docs', 'mau'), { recursive: true });
  mkdirSync(join(out, 'docs', 'en', 'mau'), { recursive: true });
  pageIds.forEach((pageId, i) => {
    const cites = r.some(anyDocument, 2);
    const refs = Array.from({ length: 8 }, () => r.pick(linkable));
    const other = pageIds[r.int(pageIds.length)];
    const docAnchor = r.pick(anyDocument);
    for (const locale of ['vi', 'en'] as const) {
      const vi = locale === 'vi';
      const prefix = vi ? '/' : '/en/';
      const body = [
        '---',
        `title: ${vi ? 'Bài mẫu' : 'Sample article'} ${i + 1}`,
        `description: ${vi ? 'Trang mẫu để đo thời gian dựng trang, có liên kết tới các mục dữ liệu.' : 'A sample page to measure the build, with links to data entries.'}`,
        `reviewed: ${REVIEWED}`,
        `cites: [${cites.join(', ')}]`,
        '---',
        "import { Aside } from '@astrojs/starlight/components';",
        '',
        vi
          ? `Trang này là dữ liệu mẫu. Nó nhắc tới [văn bản này](ref:${refs[0]}), [mục kia](ref:${refs[1]}) và [](ref:${refs[2]}).`
          : `This page is sample data. It mentions [this entry](ref:${refs[0]}), [that one](ref:${refs[1]}) and [](ref:${refs[2]}).`,
        '',
        `## ${vi ? 'Phần một' : 'Part one'} {#phan-1}`,
        '',
        vi
          ? `Xem [hiệu lực](ref:${docAnchor}#hieu-luc), [danh mục](${prefix}van-ban/) và [bài khác](${prefix}${other}/#phan-2).`
          : `See [validity](ref:${docAnchor}#hieu-luc), [the register](${prefix}van-ban/) and [another article](${prefix}${other}/#phan-2).`,
        '',
        ...refs.slice(3).map((id) => `- [${vi ? 'Mục' : 'Entry'} ${id}](ref:${id})`),
        '',
        `## ${vi ? 'Phần hai' : 'Part two'} {#phan-2}`,
        '',
        `<Aside>${vi ? 'Nội dung mẫu, không có thật.' : 'Sample content, not real.'}</Aside>`,
        '',
        (vi ? 'Đoạn văn mẫu. ' : 'A sample paragraph. ').repeat(20).trim(),
        '',
        `[${vi ? 'Về đầu trang' : 'Back to the top'}](#phan-1)`,
        '',
      ].join('\n');
      writeFileSync(join(out, 'docs', ...(vi ? [] : ['en']), `${pageId}.mdx`), body);
    }
  });

  const counts = Object.fromEntries(
    COLLECTIONS.map((c) => [c, readdirSync(join(out, c)).filter((f) => f.endsWith('.yaml')).length]),
  ) as Record<DataCollection, number>;
  const pages = (readdirSync(join(out, 'docs'), { recursive: true }) as string[]).filter((f) =>
    /\.mdx?$/.test(f),
  ).length;
  return { counts, entries: Object.values(counts).reduce((a, b) => a + b, 0), pages, pageIds };
}
