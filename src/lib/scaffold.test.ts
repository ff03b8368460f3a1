// `npm run new` as an editor uses it: the skeleton lands where it should, the validator lists each
// unfilled field with its line and a fix, and the filled-in entry passes.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createEntry, scaffoldId, ScaffoldError, skeleton, SCAFFOLD_KINDS, type ScaffoldKind } from './scaffold.ts';
import { validate } from './validate/index.ts';
import { writeTree } from '../../test/fixtures/content-tree.ts';
import { ROOT } from '../../test/real-content.ts';

const run = promisify(execFile);
const AS_OF = '2026-11-27';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function tree() {
  const t = writeTree();
  cleanup = t.cleanup;
  return t.root;
}

/** Runs `npm run new -- <args>` against a content tree; returns the exit code and output. */
async function cli(root: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args, '--root', root]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Fills a skeleton the way an editor would: each placeholder line replaced, comments kept. */
function fill(text: string, values: Record<string, string | null>): string {
  let listKey = '';
  return text
    .split('\n')
    .flatMap((line) => {
      const key = /^\s*(?:- )?([A-Za-z]+):/.exec(line)?.[1];
      if (key && /^[A-Za-z]+:\s*$/.test(line.trim())) listKey = key;
      if (line.trim() === '- TODO') return [line.replace('TODO', values[listKey]!)];
      if (!key || !/(TODO|""|YYYY-MM-DD)\s*$/.test(line)) return [line];
      const value = values[key];
      if (value === null) return [];
      if (value === undefined) throw new Error(`no value for ${key} in: ${line}`);
      return [line.replace(/(TODO|""|YYYY-MM-DD)\s*$/, value)];
    })
    .join('\n');
}

const VALUES: Record<string, string | null> = {
  kind: 'nghi-dinh',
  issuer: 'bo-a',
  signer: null,
  vi: 'Nội dung',
  en: 'Text',
  issued: '2026-01-05',
  effective: '2026-02-20',
  url: 'https://example.org/nguon',
  publisher: 'Example',
  confidence: 'high',
  reviewed: AS_OF,
  pillar: 'phap-ly',
  agency: 'cac-bo',
  role: 'thuc-hien',
  pillarItems: 'b1',
  audience: 'cong-dan',
  legalBasis: 'nd-2-2024',
};

describe('npm run new -- document --number "99/2026/NĐ-CP"', () => {
  it('writes content/documents/nd-99-2026.yaml and prints its path', async () => {
    const root = tree();
    const { code, stdout } = await cli(root, 'document', '--number', '99/2026/NĐ-CP');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('content/documents/nd-99-2026.yaml');
    const text = readFileSync(join(root, 'content/documents/nd-99-2026.yaml'), 'utf8');
    expect(text).toContain('number: "99/2026/NĐ-CP"');
    // Each field is explained by a comment right above it.
    expect(text).toMatch(/# Loại văn bản.*\n(#.*\n)*kind: TODO/);
  });

  it('then makes npm run validate report every unfilled field, with its line and a fix', async () => {
    const root = tree();
    await cli(root, 'document', '--number', '99/2026/NĐ-CP');
    const file = 'content/documents/nd-99-2026.yaml';
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const { findings } = await validate({ root, asOf: AS_OF, lang: 'en' });
    expect(findings.every((f) => f.file === file && f.severity === 'error' && f.code === 'schema')).toBe(true);
    const fields = findings.map((f) => /^"([^"]+)"/.exec(f.message)?.[1]);
    expect(fields.sort()).toEqual([
      'confidence',
      'effective',
      'issued',
      'issuer',
      'kind',
      'reviewed',
      'signer',
      'sources.0.publisher',
      'sources.0.url',
      'summary.en',
      'summary.vi',
      'title.en',
      'title.vi',
    ]);
    for (const f of findings) {
      // The finding points at the line that holds the field, and says how to fix it.
      const leaf = /^"([^"]+)"/
        .exec(f.message)![1]
        .split('.')
        .filter((p) => !/^\d+$/.test(p))
        .at(-1)!;
      expect(lines[f.line - 1]).toMatch(new RegExp(`^\\s*(- )?${leaf}:`));
      expect(f.hint).toBeTruthy();
    }
    const kind = findings.find((f) => f.message.startsWith('"kind"'))!;
    expect(kind.message).toBe('"kind" is not filled in yet (TODO)');
    expect(kind.hint).toContain('nghi-dinh');
  });

  it('and once the fields are filled in, the entry passes', async () => {
    const root = tree();
    await cli(root, 'document', '--number', '99/2026/NĐ-CP');
    const path = join(root, 'content/documents/nd-99-2026.yaml');
    writeFileSync(path, fill(readFileSync(path, 'utf8'), VALUES));
    const { findings } = await validate({ root, asOf: AS_OF });
    expect(findings).toEqual([]);
  });

  it('refuses to overwrite an existing entry (exit 1, the file untouched)', async () => {
    const root = tree();
    const first = await cli(root, 'document', '--number', '99/2026/NĐ-CP');
    expect(first.code).toBe(0);
    const path = join(root, 'content/documents/nd-99-2026.yaml');
    writeFileSync(path, 'edited\n');
    const second = await cli(root, 'document', '--number', '99/2026/ND-CP');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('content/documents/nd-99-2026.yaml already exists');
    expect(readFileSync(path, 'utf8')).toBe('edited\n');
  });
});

describe.each(Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[])('a new %s', (kind) => {
  const options =
    kind === 'document' ? { kind, number: '7/2026/NĐ-CP' } : { kind, id: kind === 'task' ? 'i1-7' : `moi-${kind}` };

  it('fails validation until filled in, then passes', async () => {
    const root = tree();
    const { path } = await createEntry(root, options);
    const before = await validate({ root, asOf: AS_OF });
    expect(before.findings.length).toBeGreaterThan(0);
    expect(before.findings.every((f) => f.file === path && f.line > 0)).toBe(true);
    const values = kind === 'agency' ? { ...VALUES, kind: 'bo' } : VALUES;
    writeFileSync(join(root, path), fill(readFileSync(join(root, path), 'utf8'), values));
    const after = await validate({ root, asOf: AS_OF });
    expect(after.findings).toEqual([]);
  });
});

describe('ids of new entries', () => {
  it.each([
    [{ kind: 'document', number: '59/2022/NĐ-CP' }, 'nd-59-2022'],
    [{ kind: 'document', number: '48/2022/TT-BTC' }, 'tt-48-2022-btc'],
    [{ kind: 'document', number: '06/QĐ-TTg', year: '2022' }, 'qd-06-2022-ttg'],
    [{ kind: 'document', number: '1552/BTTTT-THH' }, 'cv-1552-btttt-thh'],
    [{ kind: 'document', number: '59/2022/NĐ-CP', id: 'nd-59-2022-ban-khac' }, 'nd-59-2022-ban-khac'],
    [{ kind: 'task', id: 'i1-3' }, 'i1-3'],
    [{ kind: 'agency', id: 'bo-cong-an' }, 'bo-cong-an'],
  ])('%o → %s', (options, id) => {
    expect(scaffoldId(options)).toBe(id);
  });

  it.each([
    [{ kind: 'document' }, 'give the official number'],
    [{ kind: 'document', number: '06/QĐ-TTg' }, 'has no year: add --year'],
    [{ kind: 'document', number: '06/QĐ-TTg', year: '22' }, '--year must be four digits'],
    [{ kind: 'agency' }, 'give the id'],
    [{ kind: 'agency', id: 'Bộ Công an' }, 'lower-case ASCII'],
    [{ kind: 'task', id: 'nhiem-vu-moi' }, "a task's id is its slide key"],
    [{ kind: 'law', id: 'x' }, 'unknown kind "law"'],
  ])('%o is refused: %s', (options, message) => {
    expect(() => scaffoldId(options)).toThrow(ScaffoldError);
    expect(() => scaffoldId(options)).toThrow(message);
  });

  it('refuses an id another collection already uses', async () => {
    const root = tree();
    await expect(createEntry(root, { kind: 'glossary', id: 'bo-a' })).rejects.toThrow(
      'already used by content/agencies/bo-a.yaml',
    );
  });

  it('takes the slide key of a task from its id', () => {
    expect(skeleton('task', 'i1-3')).toMatch(/^key: I1\.3$/m);
    expect(skeleton('task', 'i1-3')).toMatch(/^parent: i1$/m);
    expect(skeleton('task', 'a2')).not.toMatch(/^parent:/m);
  });
});
