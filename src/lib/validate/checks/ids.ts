// Duplicates: an id names one entry across all collections (prose refers to ids alone), and an
// official document number names one document, however it is typed (normalizeNumber: Unicode
// compatibility forms, look-alike letters, tone marks and punctuation do not tell two apart).
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import { draft, type Draft } from '../types.ts';
import { normalizeNumber } from '../../numbers.ts';

/** Numbers without a year (06/QĐ-TTg) repeat every year: the issue year tells them apart. */
function numberKey(number: string, issued?: string): string {
  const n = normalizeNumber(number);
  return /\b(19|20)\d{2}\b/.test(n) ? n : `${n} @${issued?.slice(0, 4) ?? '?'}`;
}

export function checkDuplicates(ctx: Context): Draft[] {
  const findings: Draft[] = [];
  const seen = new Map<string, string>();
  for (const file of ctx.tree.entries) {
    const first = seen.get(file.id);
    if (first && first !== file.file)
      findings.push(draft(file.file, 1, 1, 'error', 'duplicate-id', { id: file.id, other: first }));
    else seen.set(file.id, file.file);
  }
  const numbers = new Map<string, string>();
  for (const doc of ctx.graph.content.documents) {
    const key = numberKey(doc.data.number, doc.data.issued);
    const first = numbers.get(key);
    const file = ctx.files.get(`documents/${doc.id}`)!;
    if (first)
      findings.push(at(file, ['number'], 'error', 'duplicate-number', { number: doc.data.number, other: first }));
    else numbers.set(key, file.file);
  }
  return findings;
}
