// How the site makes Pagefind find what Vietnamese readers type. Pagefind folds tone marks but
// not đ, and splits document numbers apart. Two additions close the gaps:
// - every page carries, as searchable metadata, its words that contain đ written with d, so
//   "dinh danh" finds "định danh" while excerpts keep the original text;
// - every document page carries number keys (nd59x2022, so59x2022…), and queries that look like a
//   document number are rewritten to the same key, so any common spelling finds the document.
import { foldVietnamese } from './numbers.ts';
import type { DocumentData } from './schemas.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** The page's words that contain đ, folded (no marks, đ → d), each once. */
export function dKeywords(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    if (/[đĐ]/.test(word)) out.add(foldVietnamese(word).toLowerCase());
  }
  return [...out];
}

export const KIND_CODES: Record<DocumentData['kind'], string> = {
  luat: 'luat',
  'nghi-quyet': 'nq',
  'nghi-dinh': 'nd',
  'quyet-dinh': 'qd',
  'thong-tu': 'tt',
  'chi-thi': 'ct',
  'cong-van': 'cv',
  'cong-dien': 'cd',
  'thong-bao': 'tb',
};

const stripZeros = (n: string) => n.replace(/^0+(?=\d)/, '');

/** Search keys of a document: its number with and without year and kind, in one token each. */
export function numberKeys(doc: Pick<DocumentData, 'number' | 'kind' | 'issued'>): string[] {
  const folded = foldVietnamese(doc.number).toLowerCase();
  const match = /(\d+)(?:\s*\/\s*(\d{4}))?/.exec(folded);
  if (!match) return [];
  const n = stripZeros(match[1]);
  const year = match[2] ?? doc.issued?.slice(0, 4);
  const k = KIND_CODES[doc.kind];
  const keys = [`so${n}`, `${k}${n}`];
  if (year) keys.push(`so${n}x${year}`, `${k}${n}x${year}`);
  return keys;
}

/** Words people type for a kind of document, folded; longest first so "nghi dinh" wins over "nd". */
const KIND_WORDS: Array<[string, string]> = [
  ['nghi dinh', 'nd'],
  ['thong tu', 'tt'],
  ['quyet dinh', 'qd'],
  ['nghi quyet', 'nq'],
  ['chi thi', 'ct'],
  ['cong van', 'cv'],
  ['van ban', 'cv'],
  ['cong dien', 'cd'],
  ['thong bao', 'tb'],
  ['luat', 'luat'],
  ['official letter', 'cv'],
  ['decree', 'nd'],
  ['circular', 'tt'],
  ['decision', 'qd'],
  ['resolution', 'nq'],
  ['directive', 'ct'],
  ['letter', 'cv'],
  ['law', 'luat'],
  ['nd', 'nd'],
  ['tt', 'tt'],
  ['qd', 'qd'],
  ['nq', 'nq'],
  ['ct', 'ct'],
  ['cv', 'cv'],
  ['cd', 'cd'],
  ['tb', 'tb'],
];
const KIND_ALT = KIND_WORDS.map(([w]) => w.replace(' ', '\\s+')).join('|');
const KIND_OF = new Map(KIND_WORDS.map(([w, k]) => [w, k]));
const kindOf = (word: string | undefined) => (word ? KIND_OF.get(word.replace(/\s+/g, ' ')) : undefined);

// kind? number [/ year] [/ code[-code]] — e.g. "nd 59/2022", "59/2022/nd-cp", "06/qd-ttg", "nghi dinh 59"
const NUMBER = new RegExp(
  `(?:\\b(${KIND_ALT})\\s*)?\\b(\\d+)(?:\\s*\\/\\s*(\\d{4}))?(?:\\s*\\/\\s*([a-z]+)[0-9]*(?:\\s*-\\s*[a-z0-9]+)*)?`,
  'g',
);

/**
 * Rewrites the document numbers in a query to the keys document pages carry. Returns undefined
 * when the query holds no document number, so plain numbers ("mức độ 2", "63 tỉnh") stay as typed.
 */
export function rewriteQuery(query: string): string | undefined {
  const folded = foldVietnamese(query).toLowerCase();
  let changed = false;
  const rewritten = folded.replace(
    NUMBER,
    (all, kindWord: string | undefined, num: string, year: string | undefined, code: string | undefined) => {
      const n = stripZeros(num);
      const kind = kindOf(kindWord) ?? kindOf(code);
      // Only a kind word, a year or a document code makes a number a document number.
      if (!kind && !year && !code) return all;
      changed = true;
      if (kind && year) return `${kind}${n}x${year}`;
      if (year) return `so${n}x${year}`;
      if (kind) return `${kind}${n}`;
      return `so${n}`;
    },
  );
  return changed ? rewritten.replace(/\s+/g, ' ').trim() : undefined;
}

/** Vietnamese function words that occur on nearly every page; each costs an index chunk to look up. */
// Compared as typed (lower case), so "từ" (from) is dropped but "tử" (in "điện tử") is kept; an
// unmarked word is dropped only where it can hardly mean anything else ("tu" could be either).
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'và',
  'về',
  'của',
  'các',
  'cho',
  'là',
  'được',
  'trong',
  'với',
  'theo',
  'từ',
  'những',
  'này',
  'một',
  'va',
  've',
  'cua',
  'cac',
  'duoc',
  'voi',
  'nhung',
  'and',
  'of',
  'the',
  'for',
  'to',
  'in',
  'on',
  'a',
  'an',
]);

/**
 * Drops function words from long queries (four words or more remain): they match almost every
 * page, barely change the ranking, and each one makes the browser fetch another index chunk.
 */
export function trimQuery(query: string): string {
  const words = query.trim().split(/\s+/);
  const kept = words.filter((w) => !FUNCTION_WORDS.has(w.normalize('NFC').toLowerCase()));
  return kept.length >= 4 && kept.length < words.length ? kept.join(' ') : query;
}
