// Bad content fails the build itself, naming the file and the field: Astro alone would only log
// an unknown reference and exit 0.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './site.ts';

const run = promisify(execFile);
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project with one entry changed; `edit` receives the entry's YAML text. */
async function buildWith(file: string, edit: (yaml: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'de-an-06-build-'));
  copies.push(dir);
  for (const item of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (!existsSync(join(ROOT, item))) continue;
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, file), edit(readFileSync(join(ROOT, file), 'utf8')));
  try {
    await run('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], { cwd: dir, env: process.env });
    return { code: 0, output: '' };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: `${e.stdout}\n${e.stderr}` };
  }
}

describe('the build fails on bad content', () => {
  it.each([
    ['a missing title', (y: string) => y.replace(/^title:\n( {2}.*\n)+/m, ''), /"title" is missing/],
    ['a date that is not a date', (y: string) => y.replace(/^issued: .*$/m, 'issued: 5 September 2022'), /"issued"/],
    [
      'an unknown enum value',
      (y: string) => y.replace(/^kind: .*$/m, 'kind: nghi-dinh-moi'),
      /"kind" has the value "nghi-dinh-moi"/,
    ],
    [
      'a reference to an id that does not exist',
      (y: string) => y.replace(/^issuer: .*$/m, 'issuer: chinh-phuu'),
      /unknown agency "chinh-phuu".*did you mean "chinh-phu"/,
    ],
  ])('with %s', async (_name, edit, message) => {
    const { code, output } = await buildWith('content/documents/nd-59-2022.yaml', edit);
    expect(code).not.toBe(0);
    expect(output).toContain('content/documents/nd-59-2022.yaml:');
    expect(output).toMatch(message);
  });
});
