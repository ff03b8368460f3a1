// `npm run validate` as an editor runs it: the npm script's own command, from its bundle. What it
// prints and how it exits must be the validator's, whether the bundle is built or reused.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CLEAN_FILES, writeTree } from '../../../test/fixtures/content-tree.ts';
import { npmNodeScript } from '../../../scripts/bench-lib.ts';
import { generateContent } from '../synthetic.ts';
import { PARALLEL_FROM_ENTRIES } from './load.ts';
import { quickData } from '../yaml-fast.ts';
import { COLLECTIONS } from '../schemas.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const cache = mkdtempSync(join(tmpdir(), 'validate-cache-'));
// Two mistakes in two files: an unknown issuer (line 3 of the document) and an unknown legal basis.
const tree = writeTree({
  'documents/nd-1-2022.yaml': stringify({ ...(CLEAN_FILES['documents/nd-1-2022.yaml'] as object), issuer: 'bo-aa' }),
  'benefits/cu-the.yaml': stringify({ ...(CLEAN_FILES['benefits/cu-the.yaml'] as object), legalBasis: ['nd-2-2042'] }),
});
afterAll(() => {
  tree.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

/** Files saved `hours` ago: the cache does not keep a file modified in the last moments. */
function backdate(path: string, hours: number) {
  const when = new Date(Date.now() - hours * 3_600_000);
  utimesSync(path, when, when);
}
function backdateTree(root: string) {
  for (const f of readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })) {
    if (f.isFile()) backdate(join(f.parentPath, f.name), 1);
  }
}

async function validate(...extra: string[]) {
  return validateAt(tree.root, ...extra);
}

async function validateAt(root: string, ...extra: string[]) {
  return validateWith(cache, root, ...extra);
}

async function validateWith(cacheDir: string, root: string, ...extra: string[]) {
  const { env, args } = npmNodeScript('validate');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...args, '--root', root, ...extra], {
      cwd: ROOT,
      env: { ...process.env, ...env, VALIDATE_CACHE: cacheDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run validate', () => {
  it('reports every problem at its line and exits 1, the first time (bundle built) and the next (bundle reused)', async () => {
    for (const _run of [1, 2]) {
      const { code, stdout, stderr } = await validate();
      expect(code).toBe(1);
      expect(stdout).toMatch(/^content\/documents\/nd-1-2022\.yaml:3:9 {2}error {2}.*unknown agency "bo-aa".*did you mean "bo-a"/m);
      expect(stdout).toMatch(/^content\/benefits\/cu-the\.yaml:\d+:\d+ {2}error {2}.*"nd-2-2042".*"nd-2-2024"/m);
      expect(stdout).toMatch(/^2 errors, 0 warnings$/m);
      expect(stderr).toMatch(/validate: \d+ entries and \d+ pages checked in \d+ ms( \([^)]*\))?: 2 errors, 0 warnings/);
    }
  });

  it('does not read again what has not changed since the last run, and reads what has', async () => {
    const own = mkdtempSync(join(tmpdir(), 'validate-cache-'));
    backdateTree(tree.root);
    const run = () => validateWith(own, tree.root);
    try {
      const first = await run();
      expect(first.stderr).not.toContain('not read again');
      const second = await run();
      expect(second.stderr).toMatch(/\((\d+) unchanged files not read again/);
      expect(second.stdout).toBe(first.stdout);
      expect(second.code).toBe(1);

      // The editor fixes the unknown issuer: only that file is read, and its error is gone.
      const doc = join(tree.root, 'content/documents/nd-1-2022.yaml');
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('issuer: bo-aa', 'issuer: bo-a'));
      backdate(doc, 0.5);
      const third = await run();
      expect(third.stdout).not.toContain('bo-aa');
      expect(third.stdout).toMatch(/^1 error, 0 warnings$/m);
      const reused = (r: { stderr: string }) => Number(/\((\d+) unchanged files/.exec(r.stderr)?.[1]);
      expect(reused(third)).toBe(reused(second) - 1);
      // --no-cache reads everything, with the same answer.
      const all = await validateWith(own, tree.root, '--no-cache');
      expect(all.stderr).not.toContain('not read again');
      expect(all.stdout).toBe(third.stdout);
    } finally {
      const doc = join(tree.root, 'content/documents/nd-1-2022.yaml');
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('issuer: bo-a\n', 'issuer: bo-aa\n'));
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('gives JSON to tools', async () => {
    const { code, stdout } = await validate('--format', 'json');
    expect(code).toBe(1);
    const { findings, summary } = JSON.parse(stdout) as { findings: Array<{ file: string; line: number; column: number }>; summary: string };
    expect(findings.map((f) => `${f.file}:${f.line}`)).toContain('content/documents/nd-1-2022.yaml:3');
    expect(summary).toBe('2 errors, 0 warnings');
  });

  it('parses the pages of a large registry in the bundled worker thread, and keeps them for the next run', async () => {
    const large = mkdtempSync(join(tmpdir(), 'validate-large-'));
    try {
      generateContent(large, join(ROOT, 'content'), { entries: PARALLEL_FROM_ENTRIES });
      backdateTree(large);
      const first = await validateAt(large);
      expect(first.stderr).toMatch(new RegExp(`validate: ${PARALLEL_FROM_ENTRIES} entries and \\d+ pages checked in \\d+ ms \\(pages parsed in a worker thread\\): 0 errors`));
      expect(first.stdout).not.toMatch(/ error /);
      expect(first.code).toBe(0);
      // The next run takes every page from the cache, the worker's included, and every entry but
      // those the fast reader leaves to the full parser (their findings need their text).
      const second = await validateAt(large);
      const [entries, pages] = /(\d+) entries and (\d+) pages/.exec(second.stderr)!.slice(1, 3).map(Number) as [number, number];
      const slow = Object.keys(COLLECTIONS)
        .flatMap((c) => readdirSync(join(large, 'content', c)).map((f) => join(large, 'content', c, f)))
        .filter((path) => !quickData(readFileSync(path, 'utf8'))).length;
      expect(second.stderr).toContain(`(${entries + pages - slow} unchanged files not read again; pages parsed in a worker thread)`);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      rmSync(large, { recursive: true, force: true });
    }
  });

  it('runs from the sources when it cannot keep its bundle, with the same answer', async () => {
    const blocker = join(cache, 'a-file');
    writeFileSync(blocker, '');
    const bundled = await validate();
    const fromSources = await validateWith(join(blocker, 'cache'), tree.root);
    expect(fromSources.stderr).toContain('validate: running from the sources, without the bundle');
    expect(fromSources.stdout).toBe(bundled.stdout);
    expect(fromSources.code).toBe(1);
  });

  it('answers a bad option with what the options are, and exit code 2', async () => {
    const { code, stderr } = await validate('--formt', 'json');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--formt'");
    expect(stderr).toContain('--format text|json|github');
  });
});
