// The editor tasks of CONTRIBUTING, done as the guide says on a copy of the real content/: each
// leaves the validator with no error, and leaving out the step the guide asks for gives the
// finding CONTRIBUTING describes for it. Nothing here names today's entries: what a task needs
// (a decree to amend, two current provinces) is picked from the copy itself.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { createEntry } from '../scaffold.ts';
import { readContent, validate } from '../validate/index.ts';
import { currentSuccessors, documentsForTask, isActive, membersOf, statusOf } from '../graph.ts';
import { ROOT } from '../../../test/real-content.ts';

// Today, so that no date the tasks write is in the future and no review date of the content is either.
const AS_OF = new Date().toISOString().slice(0, 10);
const DAY = '2026-11-01';
const DAY_BEFORE = '2026-10-31';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** A copy of the project's content/, as an editor's branch starts. */
function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'de-an-06-editor-'));
  copies.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Edits a YAML file as an editor does in a text editor: fields set or removed, comments kept. */
function editYaml(root: string, path: string, change: (doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(readFileSync(join(root, path), 'utf8'));
  change(doc);
  writeFileSync(join(root, path), doc.toString());
}

/** `npm run new -- <kind> …`, then every TODO, "" and YYYY-MM-DD filled in. */
async function newEntry(root: string, options: Parameters<typeof createEntry>[1], fields: Record<string, unknown>) {
  const { id, path } = await createEntry(root, options);
  editYaml(root, path, (doc) => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) doc.delete(key);
      else doc.set(key, doc.createNode(value));
    }
  });
  return { id, path };
}

const PROVENANCE = {
  sources: [{ url: 'https://example.invalid/nguon', publisher: 'Nguồn mẫu của kiểm thử' }],
  confidence: 'high',
  unverified: [],
  reviewed: AS_OF,
};
const errors = async (root: string) =>
  (await validate({ root, asOf: AS_OF })).findings.filter((f) => f.severity === 'error');

/** The guide's steps for each task, on the given copy; each returns what it wrote. */
const tasks = {
  /** "Văn bản": npm run new -- document --number …, fields filled, the relation written on the newer one. */
  async amendingDecree(root: string) {
    const { graph } = readContent(root);
    const target = graph.content.documents.find(
      (d) =>
        d.data.kind === 'nghi-dinh' &&
        d.data.issued &&
        d.data.issued < DAY &&
        statusOf(graph, d.id, AS_OF).status === 'con-hieu-luc',
    );
    expect(target, 'a decree in force to amend').toBeDefined();
    const entry = await newEntry(
      root,
      { kind: 'document', number: '999/2026/NĐ-CP' },
      {
        kind: 'nghi-dinh',
        issuer: 'chinh-phu',
        signer: undefined,
        title: { vi: 'Nghị định mẫu sửa đổi một nghị định', en: 'A sample decree amending a decree' },
        issued: DAY,
        effective: DAY,
        relations: [{ type: 'amends', target: target!.id, partial: true }],
        serves: ['l1'],
        summary: { vi: 'Văn bản mẫu của kiểm thử.', en: 'A sample document of the tests.' },
        ...PROVENANCE,
      },
    );
    return { ...entry, target: target!.id };
  },

  /** "Quyền lợi", "Thuật ngữ" and "Trang": the entry, a term it uses, and a page in both languages. */
  async benefitWithPageAndTerm(root: string, { pillarItems = ['b1'] } = {}) {
    const basis = readContent(root).graph.content.documents[0].id;
    const term = await newEntry(
      root,
      { kind: 'glossary', id: 'thuat-ngu-mau' },
      {
        term: { vi: 'Thuật ngữ mẫu', en: 'Sample term' },
        definition: { vi: 'Một thuật ngữ của kiểm thử.', en: 'A term of the tests.' },
        ...PROVENANCE,
      },
    );
    const benefit = await newEntry(
      root,
      { kind: 'benefit', id: 'quyen-loi-mau' },
      {
        title: { vi: 'Quyền lợi mẫu', en: 'Sample benefit' },
        pillarItems,
        audience: ['cong-dan'],
        summary: { vi: 'Quyền lợi mẫu của kiểm thử.', en: 'A sample benefit of the tests.' },
        legalBasis: [basis],
        ...PROVENANCE,
      },
    );
    const page = (title: string, text: string) =>
      `---\ntitle: ${title}\ndescription: ${text}\nreviewed: ${AS_OF}\ncites: [${basis}]\n---\n\n` +
      `[](ref:${benefit.id}): ${text} [${title}](ref:${term.id}).\n`;
    writeFileSync(join(root, 'content/docs/huong-dan/quyen-loi-mau.mdx'), page('Quyền lợi mẫu', 'Trang mẫu.'));
    writeFileSync(join(root, 'content/docs/en/huong-dan/quyen-loi-mau.mdx'), page('Sample benefit', 'A sample page.'));
    return { benefit, term };
  },

  /** "Cơ quan": the former unit gets active.until; the unit that takes it over lists it in successorOf. */
  mergeProvince(root: string, { successorOf = true } = {}) {
    const { graph } = readContent(root);
    const current = graph.content.agencies.filter(
      (a) => a.data.kind === 'tinh' && !a.data.active.until && isActive(a.data, AS_OF),
    );
    expect(current.length, 'two current provinces').toBeGreaterThan(1);
    const [merged, into] = current;
    editYaml(root, `content/agencies/${merged.id}.yaml`, (doc) => doc.setIn(['active', 'until'], DAY_BEFORE));
    if (successorOf)
      editYaml(root, `content/agencies/${into.id}.yaml`, (doc) => {
        const list = [...into.data.successorOf.map((s) => ({ ...s })), { id: merged.id, date: DAY }];
        doc.set('successorOf', doc.createNode(list));
      });
    return { merged: merged.id, into: into.id };
  },
};

describe('the editor tasks of CONTRIBUTING, on a copy of content/', () => {
  const root = copyContent();

  it('start from content with no error', async () => {
    expect(await errors(root)).toEqual([]);
  });

  it('adding a decree that amends another and serves L1 passes; the amended one stays in force', async () => {
    const { id, target } = await tasks.amendingDecree(root);
    expect(await errors(root)).toEqual([]);
    const { graph } = readContent(root);
    expect(documentsForTask(graph, 'l1').serving).toContain(id);
    expect(statusOf(graph, target, AS_OF).status).toBe('con-hieu-luc');
  });

  it('adding a benefit with its page and a glossary term passes', async () => {
    const { benefit, term } = await tasks.benefitWithPageAndTerm(root);
    expect(await errors(root)).toEqual([]);
    const { graph, tree } = readContent(root);
    expect(graph.benefits.get(benefit.id)).toBeDefined();
    expect(graph.glossary.get(term.id)).toBeDefined();
    expect(tree.pages.map((p) => p.file)).toContain('content/docs/en/huong-dan/quyen-loi-mau.mdx');
  });

  it('merging a province into an existing one passes, and the group loses it on the day', async () => {
    const { merged, into } = tasks.mergeProvince(root);
    expect(await errors(root)).toEqual([]);
    const { graph } = readContent(root);
    expect(currentSuccessors(graph, merged, AS_OF)).toEqual([into]);
    const ids = (date: string) => membersOf(graph, 'ubnd-cap-tinh', date).map((a) => a.id);
    expect(ids(DAY_BEFORE)).toEqual(expect.arrayContaining([merged, into]));
    expect(ids(DAY)).toContain(into);
    expect(ids(DAY)).not.toContain(merged);
  });
});

describe('a step of the guide left out gives the finding CONTRIBUTING names', () => {
  const codesAt = async (root: string, file: string) =>
    (await errors(root)).filter((f) => f.file === file).map((f) => f.code);

  it('a merged province that no unit lists in successorOf: successor', async () => {
    const root = copyContent();
    const { merged } = tasks.mergeProvince(root, { successorOf: false });
    expect(await codesAt(root, `content/agencies/${merged}.yaml`)).toEqual(['successor']);
  });

  it('a benefit that names no slide item: no-pillar-item', async () => {
    const root = copyContent();
    const { benefit } = await tasks.benefitWithPageAndTerm(root, { pillarItems: [] });
    expect(await codesAt(root, benefit.path)).toEqual(['no-pillar-item']);
  });

  it('a page without its English twin: missing-translation', async () => {
    const root = copyContent();
    await tasks.benefitWithPageAndTerm(root);
    rmSync(join(root, 'content/docs/en/huong-dan/quyen-loi-mau.mdx'));
    expect(await codesAt(root, 'content/docs/huong-dan/quyen-loi-mau.mdx')).toEqual(['missing-translation']);
  });
});
