// Duplicates: an id names one entry across all collections (prose refers to ids alone), and an
// official document number names one document.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import type { Finding } from '../types.ts';
import { normalizeNumber } from '../../numbers.ts';

/** Numbers without a year (06/QĐ-TTg) repeat every year: the issue year tells them apart. */
function numberKey(number: string, issued?: string): string {
  const n = normalizeNumber(number);
  return /\b(19|20)\d{2}\b/.test(n) ? n : `${n} @${issued?.slice(0, 4) ?? '?'}`;
}

export function checkDuplicates(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const file of ctx.tree.entries) {
    const first = seen.get(file.id);
    if (first && first !== file.file) {
      findings.push({
        file: file.file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'duplicate-id',
        message: `the id "${file.id}" is already used by ${first}`,
        hint: 'ids are shared by all collections; rename one of the files',
      });
    } else seen.set(file.id, file.file);
  }
  const numbers = new Map<string, string>();
  for (const doc of ctx.graph.content.documents) {
    const key = numberKey(doc.data.number, doc.data.issued);
    const first = numbers.get(key);
    const file = ctx.files.get(`documents/${doc.id}`)!;
    if (first)
      findings.push(
        at(
          file,
          ['number'],
          'error',
          'duplicate-number',
          `the number "${doc.data.number}" is already used by ${first}`,
          'one document, one entry: merge the two files or correct the number',
        ),
      );
    else numbers.set(key, file.file);
  }
  return findings;
}
