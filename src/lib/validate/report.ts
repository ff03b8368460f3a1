// How findings are printed: one line each for people, JSON for tools, and GitHub Actions
// workflow commands so that pull requests show them on the right line.
import type { Finding } from './types.ts';

export type Format = 'text' | 'json' | 'github';

export function summary(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatFindings(findings: Finding[], format: Format): string {
  if (format === 'json') return JSON.stringify({ findings, summary: summary(findings) }, null, 2);
  if (format === 'github') {
    return findings
      .map(
        (f) =>
          `::${f.severity} file=${escapeProp(f.file)},line=${Math.max(f.line, 1)},col=${Math.max(f.column, 1)},title=${escapeProp(f.code)}::${escapeData(f.message + (f.hint ? ` (${f.hint})` : ''))}`,
      )
      .join('\n');
  }
  const lines = findings.map(
    (f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}${f.hint ? `  (${f.hint})` : ''}`,
  );
  return [...lines, summary(findings)].join('\n');
}
