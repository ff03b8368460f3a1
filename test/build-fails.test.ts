// Bad content fails the build itself, naming the file and the field, in the validator's words and
// with no stack trace: Astro alone would only log an unknown reference and exit 0, and an error
// thrown from a hook comes wrapped in Astro's "unhandled error" and a stack.
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

/** A copy of the project with one file changed or added; `edit` receives its text ('' when new). */
async function buildWith(file: string, edit: (yaml: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'de-an-06-build-'));
  copies.push(dir);
  for (const item of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (!existsSync(join(ROOT, item))) continue;
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const before = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : '';
  writeFileSync(join(dir, file), edit(before));
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
    ['a missing title', (y: string) => y.replace(/^title:\n( {2}.*\n)+/m, ''), /thiếu "title"/],
    ['a date that is not a date', (y: string) => y.replace(/^issued: .*$/m, 'issued: 5 September 2022'), /"issued"/],
    [
      'an unknown enum value',
      (y: string) => y.replace(/^kind: .*$/m, 'kind: nghi-dinh-moi'),
      /"kind" có giá trị "nghi-dinh-moi"/,
    ],
    [
      'a reference to an id that does not exist',
      (y: string) => y.replace(/^issuer: .*$/m, 'issuer: chinh-phuu'),
      /một cơ quan không có: "chinh-phuu".*có phải là "chinh-phu"/,
    ],
  ])('with %s', async (_name, edit, message) => {
    const { code, output } = await buildWith('content/documents/nd-59-2022.yaml', edit);
    expect(code).not.toBe(0);
    expect(output).toContain('content/documents/nd-59-2022.yaml:');
    expect(output).toMatch(message);
    expect(output).not.toMatch(/unhandled error|\n\s+at /i);
  });

  it.each([
    [
      'a <script> in a page',
      'content/docs/thu.mdx',
      '---\ntitle: Thử\n---\n\n<script>alert(1)</script>\n',
      /"<script>"/,
    ],
    [
      'a page at a generated page’s address',
      'content/docs/van-ban/nd-59-2022.mdx',
      '---\ntitle: Thử\n---\n\nA.\n',
      /trùng với trang tạo ra từ content\/documents\/nd-59-2022\.yaml/,
    ],
  ])('with %s', async (_name, file, text, message) => {
    const { code, output } = await buildWith(file, () => text);
    expect(code).not.toBe(0);
    expect(output).toContain(`${file}:`);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/unhandled error|\n\s+at /i);
  });
});
