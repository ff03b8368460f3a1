// How findings are printed: one line each for people, JSON for tools, and GitHub Actions
// workflow commands so that pull requests show them on the right line. People read them in
// Vietnamese unless they ask for English (messages.ts).
import { inLanguage, type Finding } from './types.ts';
import { severityWord, summaryText } from './messages.ts';
import type { Locale } from '../schemas.ts';

export type Format = 'text' | 'json' | 'github';

export function summary(findings: Finding[], lang: Locale = 'vi'): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return summaryText(errors, findings.length - errors, lang);
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The findings in one language and format. */
export function formatFindings(findings: Finding[], format: Format, lang: Locale = 'vi'): string {
  const said = findings.map((f) => inLanguage(f, lang));
  if (format === 'json') return JSON.stringify({ findings: said, summary: summary(said, lang) }, null, 2);
  if (format === 'github') {
    return said
      .map(
        (f) =>
          `::${f.severity} file=${escapeProp(f.file)},line=${Math.max(f.line, 1)},col=${Math.max(f.column, 1)},title=${escapeProp(f.code)}::${escapeData(`${f.message} (${f.hint})`)}`,
      )
      .join('\n');
  }
  const lines = said.map(
    (f) => `${f.file}:${f.line}:${f.column}  ${severityWord(f.severity, lang)}  ${f.message}  (${f.hint})`,
  );
  return [...lines, summary(said, lang)].join('\n');
}
