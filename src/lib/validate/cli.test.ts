// `npm run validate` as an editor runs it: what it prints and how it exits must be the validator's.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CLEAN_FILES, writeTree } from '../../../test/fixtures/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
// Two mistakes in two files: an unknown issuer (line 3 of the document) and an unknown legal basis.
const tree = writeTree({
  'documents/nd-1-2022.yaml': stringify({ ...(CLEAN_FILES['documents/nd-1-2022.yaml'] as object), issuer: 'bo-aa' }),
  'benefits/cu-the.yaml': stringify({ ...(CLEAN_FILES['benefits/cu-the.yaml'] as object), legalBasis: ['nd-2-2042'] }),
});
afterAll(() => tree.cleanup());

async function validate(...extra: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', '-s', 'validate', '--', '--root', tree.root, ...(extra.length ? extra : ['--lang', 'en'])],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run validate', () => {
  it('reports every problem at its line and exits 1', async () => {
    const { code, stdout, stderr } = await validate();
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^content\/documents\/nd-1-2022\.yaml:3:9 {2}error {2}.*unknown agency "bo-aa".*did you mean "bo-a"/m,
    );
    expect(stdout).toMatch(/^content\/benefits\/cu-the\.yaml:\d+:\d+ {2}error {2}.*"nd-2-2042".*"nd-2-2024"/m);
    expect(stdout).toMatch(/^2 errors, 0 warnings$/m);
    expect(stderr).toMatch(/validate: \d+ entries and \d+ pages checked in \d+ ms: 2 errors, 0 warnings/);
  });

  it('gives JSON to tools', async () => {
    const { code, stdout } = await validate('--format', 'json', '--lang', 'en');
    expect(code).toBe(1);
    const { findings, summary } = JSON.parse(stdout) as {
      findings: Array<{ file: string; line: number; column: number }>;
      summary: string;
    };
    expect(findings.map((f) => `${f.file}:${f.line}`)).toContain('content/documents/nd-1-2022.yaml:3');
    expect(summary).toBe('2 errors, 0 warnings');
  });

  it('speaks Vietnamese by default', async () => {
    const { code, stdout, stderr } = await validate('--format', 'text');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^content\/documents\/nd-1-2022\.yaml:3:9 {2}lỗi {2}"issuer" ghi một cơ quan không có: "bo-aa"/m,
    );
    expect(stdout).toMatch(/^2 lỗi, 0 cảnh báo$/m);
    expect(stderr).toMatch(/validate: đã kiểm tra \d+ mục và \d+ trang trong \d+ ms: 2 lỗi, 0 cảnh báo/);
  });

  it('answers a bad option with what the options are, and exit code 2', async () => {
    const { code, stderr } = await validate('--formt', 'json');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--formt'");
    expect(stderr).toContain('--format text|json|github');
  });
});
