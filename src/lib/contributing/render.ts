// Runs each example of examples.ts through the validator on a copy of content/ and renders the
// "validator messages" section of CONTRIBUTING.md (Vietnamese) and CONTRIBUTING.en.md (English).
// The messages in those files are the validator's own output, so they cannot drift from it.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validate } from '../validate/index.ts';
import { formatFindings } from '../validate/report.ts';
import type { Finding, Severity } from '../validate/types.ts';
import type { Locale } from '../schemas.ts';
import { EXAMPLES, type Edit, type Example } from './examples.ts';

/** Examples run at a fixed date, so that "not reviewed for 12 months" reads the same every day. */
const EXAMPLES_AS_OF = '2026-11-27';

export const START = '<!-- validator-messages:start -->';
export const END = '<!-- validator-messages:end -->';

interface Excerpt {
  from: number;
  to: number;
  lines: string[];
}

export interface ExampleResult {
  example: Example;
  findings: Finding[];
  severity: Severity;
  excerpt?: Excerpt;
  fixedExcerpt?: Excerpt;
}

/** Applies edits to a content folder; returns how to undo them. */
function apply(content: string, edits: Edit[]): () => void {
  const originals = new Map<string, string | null>();
  const keep = (abs: string) => {
    if (!originals.has(abs)) originals.set(abs, existsSync(abs) ? readFileSync(abs, 'utf8') : null);
  };
  for (const edit of edits) {
    if ('folder' in edit) {
      const dir = join(content, edit.folder);
      let hits = 0;
      for (const name of readdirSync(dir)) {
        const abs = join(dir, name);
        const text = readFileSync(abs, 'utf8');
        if (!edit.find.test(text)) continue;
        keep(abs);
        writeFileSync(abs, text.replace(edit.find, edit.replace));
        hits++;
      }
      if (hits === 0) throw new Error(`example edit: ${edit.find} matches no file in content/${edit.folder}/`);
      continue;
    }
    const abs = join(content, edit.path);
    keep(abs);
    if ('write' in edit) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, edit.write);
    } else if ('remove' in edit) {
      rmSync(abs, { force: true });
    } else {
      const text = existsSync(abs) ? readFileSync(abs, 'utf8') : '';
      if (!edit.find.test(text)) throw new Error(`example edit: ${edit.find} matches nothing in content/${edit.path}`);
      writeFileSync(abs, text.replace(edit.find, edit.replace));
    }
  }
  return () => {
    for (const [abs, text] of originals) {
      if (text === null) rmSync(abs, { force: true });
      else writeFileSync(abs, text);
    }
  };
}

const MAX_WIDTH = 100;

function excerpt(root: string, file: string, line: number, range?: [number, number]): Excerpt | undefined {
  const abs = join(root, file);
  if (line < 1 || file.endsWith('/') || !existsSync(abs)) return undefined;
  const all = readFileSync(abs, 'utf8').split('\n');
  let [from, to] = range ?? [Math.max(1, line - 1), Math.min(all.length, line + 1)];
  // Blank lines at either end say nothing.
  while (from < to && all[from - 1].trim() === '') from++;
  while (to > from && all[to - 1].trim() === '') to--;
  const lines = all.slice(from - 1, to).map((l) => (l.length > MAX_WIDTH ? `${l.slice(0, MAX_WIDTH - 1)}…` : l));
  return { from, to, lines };
}

/** Runs one example on a copy of content/, and leaves the copy as it found it. */
async function runExample(copy: string, example: Example): Promise<ExampleResult> {
  const content = join(copy, 'content');
  const ours = (f: Finding) => f.code === example.code && f.file === example.file;
  let undoFix = () => {};
  try {
    const undo = apply(content, example.edits);
    const findings = (await validate({ root: copy, asOf: EXAMPLES_AS_OF })).findings.filter(ours);
    if (findings.length === 0) {
      throw new Error(
        `the example for "${example.code}" no longer makes the validator report it in ${example.file}: update src/lib/contributing/examples.ts`,
      );
    }
    const mistake = excerpt(copy, example.file, findings[0].line);
    undo();
    undoFix = apply(content, example.fixed ?? []);
    const left = (await validate({ root: copy, asOf: EXAMPLES_AS_OF })).findings.filter(ours);
    if (left.length > 0 && !example.mayRemain) {
      throw new Error(
        `the fix of the example for "${example.code}" does not remove it:\n${formatFindings(left, 'text')}`,
      );
    }
    const fixed =
      example.fixedLines === false ? undefined : excerpt(copy, example.file, findings[0].line, example.fixedLines);
    const same = fixed && mistake && fixed.lines.join('\n') === mistake.lines.join('\n');
    return {
      example,
      findings,
      severity: findings[0].severity,
      excerpt: mistake,
      fixedExcerpt: same ? undefined : fixed,
    };
  } finally {
    undoFix();
  }
}

/**
 * Runs every example on one copy of content/, each undoing its edits after it; throws when one no
 * longer shows its code, or when its fix does not remove it.
 */
export async function runExamples(root: string, examples: Example[] = EXAMPLES): Promise<ExampleResult[]> {
  const copy = mkdtempSync(join(tmpdir(), 'de-an-06-example-'));
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  try {
    const results: ExampleResult[] = [];
    for (const example of examples) results.push(await runExample(copy, example));
    return results;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const WORDS = {
  vi: {
    intro: (date: string) =>
      `Mỗi mục dưới đây là một lỗi mẫu làm trên bản sao của thư mục \`content/\`, đúng dòng mà \`npm run validate\` in ra (tính đến ngày ${date}), và cách sửa. Phần này do \`npm run contributing\` tạo ra từ \`src/lib/contributing/examples.ts\`: đừng sửa tay.`,
    code: 'Mã',
    level: 'Mức',
    error: 'lỗi: trang không dựng được',
    warning: 'cảnh báo',
    mistake: 'Lỗi.',
    printed: 'Trình kiểm tra in ra:',
    fix: 'Cách sửa.',
    file: (file: string, from: number, to: number) =>
      `Tệp \`${file}\`, ${from === to ? `dòng ${from}` : `dòng ${from}–${to}`}:`,
    after: 'Sau khi sửa:',
  },
  en: {
    intro: (date: string) =>
      `Each item below is a sample mistake made on a copy of the \`content/\` folder, the exact lines \`npm run validate -- --lang en\` prints for it (as of ${date}), and the fix. This section is generated by \`npm run contributing\` from \`src/lib/contributing/examples.ts\`: do not edit it by hand.`,
    code: 'Code',
    level: 'Level',
    error: 'error: the site does not build',
    warning: 'warning',
    mistake: 'Mistake.',
    printed: 'The validator prints:',
    fix: 'Fix.',
    file: (file: string, from: number, to: number) =>
      `File \`${file}\`, ${from === to ? `line ${from}` : `lines ${from}–${to}`}:`,
    after: 'Fixed:',
  },
} as const;

function fence(lang: string, lines: string[]): string {
  return [`\`\`\`${lang}`, ...lines, '```'].join('\n');
}

/** The generated section, between its markers, in one language. */
export function renderSection(results: ExampleResult[], locale: Locale): string {
  const w = WORDS[locale];
  const date = locale === 'vi' ? EXAMPLES_AS_OF.split('-').reverse().join('/') : EXAMPLES_AS_OF;
  const codes = [...new Set(results.map((r) => r.example.code))];
  const out: string[] = [START, '', w.intro(date), '', `| ${w.code} | ${w.level} |`, '|---|---|'];
  for (const code of codes) {
    const severity = results.find((r) => r.example.code === code)!.severity;
    out.push(`| [\`${code}\`](#${code}) | ${severity === 'error' ? w.error : w.warning} |`);
  }
  for (const code of codes) {
    out.push('', `### \`${code}\``);
    const group = results.filter((r) => r.example.code === code);
    for (const r of group) {
      const lang = r.example.file.endsWith('.yaml') ? 'yaml' : 'mdx';
      if (group.length > 1 && r.example.label) out.push('', `#### ${r.example.label[locale]}`);
      out.push('', `**${w.mistake}** ${r.example.mistake[locale]}`);
      if (r.excerpt)
        out.push('', w.file(r.example.file, r.excerpt.from, r.excerpt.to), '', fence(lang, r.excerpt.lines));
      out.push('', w.printed, '', fence('text', formatFindings(r.findings, 'text', locale).split('\n').slice(0, -1)));
      out.push('', `**${w.fix}** ${r.example.fix[locale]}`);
      if (r.fixedExcerpt) out.push('', w.after, '', fence(lang, r.fixedExcerpt.lines));
    }
  }
  out.push('', END);
  return out.join('\n');
}

/** The document with its generated section replaced. */
export function replaceSection(document: string, section: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the file has no ${START} … ${END} markers`);
  return document.slice(0, start) + section + document.slice(end + END.length);
}

export const CONTRIBUTING_FILES: Record<Locale, string> = { vi: 'CONTRIBUTING.md', en: 'CONTRIBUTING.en.md' };
