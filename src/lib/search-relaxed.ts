// What the search box asks Pagefind for a query, and in what order. Pagefind finds only pages
// that hold every word of a query, so a question ("làm sao đi khám bệnh bằng căn cước") often
// finds nothing: no page says "làm sao". The query is searched without its question phrases, and
// when that finds little, the words that carry meaning are searched one by one and pages are
// ranked by how many of them they hold.
import { FUNCTION_WORDS, rewriteQuery, trimQuery } from './search-text.ts';

/** One Pagefind result, as far as ranking goes. */
export interface Hit {
  id: string;
  score: number;
}

/** A result the search box shows; `matched` is set on pages that hold only some of the words. */
export type Found<T extends Hit> = T & { matched?: number };

export interface Outcome<T extends Hit> {
  results: Array<Found<T>>;
  /** How many results hold every word, or every word that carries meaning (they come first). */
  complete: number;
  /** The words searched one by one that some page holds, when the query as typed found little. */
  words: string[];
}

/**
 * Phrases only a question has ("làm sao", "how do i"), dropped from every search: no page that
 * answers the question needs to hold them. Stop phrases are matched whole, longest first:
 * Vietnamese words are often two syllables, and a syllable alone may mean something else (so
 * "em" stays, for "trẻ em").
 * Compared as typed (lower case); an unmarked form is listed only where it can hardly mean
 * anything else ("co" could be "cơ", "tu" could be "tử"), and an English word only where it is
 * no unmarked Vietnamese one ("can i" goes, "can" stays: it may be "cần").
 */
const QUESTION_PHRASES = new Set([
  'làm thế nào',
  'như thế nào',
  'có được không',
  'được hay không',
  'có phải',
  'hay không',
  'thế nào',
  'làm sao',
  'ra sao',
  'được không',
  'là gì',
  'ở đâu',
  'bao giờ',
  'khi nào',
  'tại sao',
  'vì sao',
  'bao nhiêu',
  'lam the nao',
  'nhu the nao',
  'co duoc khong',
  'duoc hay khong',
  'co phai',
  'hay khong',
  'the nao',
  'lam sao',
  'ra sao',
  'duoc khong',
  'la gi',
  'o dau',
  'bao gio',
  'khi nao',
  'tai sao',
  'vi sao',
  'bao nhieu',
  'how do i',
  'how can i',
  'how to',
  'what is',
  'what are',
  'where can i',
  'can i',
  'do i',
]);

/**
 * Words a question is full of that carry no meaning of their own (pronouns, particles, "không"),
 * left out of the words searched one by one but kept in the first search: alone they can be part
 * of a name ("Minh", "IT").
 */
const OTHER_STOP_WORDS = new Set([
  'cho tôi',
  'của tôi',
  'không',
  'có',
  'gì',
  'đâu',
  'nào',
  'nữa',
  'vẫn',
  'còn',
  'tôi',
  'mình',
  'thì',
  'mà',
  'nếu',
  'ạ',
  'nhé',
  'vậy',
  'ở',
  'đã',
  'sẽ',
  'đang',
  'rồi',
  'cho toi',
  'cua toi',
  'khong',
  'ko',
  'gi',
  'nua',
  'toi',
  'minh',
  'how',
  'what',
  'where',
  'when',
  'why',
  'which',
  'who',
  'should',
  'do',
  'does',
  'is',
  'are',
  'am',
  'i',
  'my',
  'me',
  'we',
  'our',
  'you',
  'your',
  'still',
  'it',
  'this',
  'that',
  'there',
  'be',
  'at',
  'by',
  'with',
  'or',
  'from',
]);
/** What the words searched one by one leave out: all the above, and the function words the long-query trim drops. */
const STOP_PHRASES = new Set([...QUESTION_PHRASES, ...OTHER_STOP_WORDS, ...FUNCTION_WORDS]);
/** Stop phrases are at most three words long. */
const LONGEST_STOP = 3;

/** Drops the phrases of `stop`, longest first, from a list of words. */
function dropPhrases(words: string[], stop: ReadonlySet<string>): string[] {
  const kept: string[] = [];
  for (let i = 0; i < words.length;) {
    let n = LONGEST_STOP;
    while (n > 0 && !stop.has(words.slice(i, i + n).join(' '))) n--;
    if (n === 0) kept.push(words[i]);
    i += Math.max(n, 1);
  }
  return kept;
}

/**
 * The most words searched one by one. Each is one more Pagefind search, but no more download:
 * they are words of the query, whose index files the first search already fetched. With the
 * query as typed and its rewrite, a query makes at most MAX_WORDS + 2 searches.
 */
export const MAX_WORDS = 8;

/** A query "finds little" below this many results: fewer than a phone's first screen. */
export const FEW = 5;

/** A query's words as compared with the stop phrases: lower case, without punctuation. */
function typedWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .replace(/[?!,;:"“”]|\.(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The query without its question phrases ("làm sao", "như thế nào"), which no page that answers
 * it needs to hold; the query as typed when it has none, or nothing else.
 */
export function withoutQuestion(query: string): string {
  const words = typedWords(query);
  const kept = dropPhrases(words, QUESTION_PHRASES);
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : query;
}

/** The words of a query that carry meaning, with document numbers rewritten to their keys. */
export function meaningfulWords(query: string): string[] {
  const kept = dropPhrases(typedWords(query), STOP_PHRASES).join(' ');
  const words = (rewriteQuery(kept) ?? kept).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * Merges the results of searching each word alone: pages ranked by how many of the words they
 * hold, then by their summed Pagefind score, after `first` (the results of the query as typed,
 * which keep their order). A page holding fewer than all the words is marked with how many it
 * holds; one holding half of them or fewer is left out ("most of the words" is more than half).
 */
export function rankByWordsMatched<T extends Hit>(first: T[], perWord: T[][]): Array<Found<T>> {
  const seen = new Set(first.map((r) => r.id));
  const pages = new Map<string, { hit: T; matched: number; score: number }>();
  // Rarest word first: a page keeps the hit of its rarest word, whose excerpt shows that word.
  for (const results of [...perWord].sort((a, b) => a.length - b.length)) {
    for (const hit of results) {
      if (seen.has(hit.id)) continue;
      const page = pages.get(hit.id) ?? { hit, matched: 0, score: 0 };
      page.matched += 1;
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  }
  const total = perWord.length;
  const rest = [...pages.values()]
    .filter((p) => p.matched * 2 > total)
    .sort((a, b) => b.matched - a.matched || b.score - a.score);
  return [...first, ...rest.map(({ hit, matched }) => (matched < total ? { ...hit, matched } : hit))];
}

/**
 * Runs a query through Pagefind (`run`): a document number is tried as its key first, then the
 * query without its question phrases; when that finds fewer than FEW pages and holds several meaningful words, each
 * word is searched alone and the pages holding most of the words that some page holds follow.
 */
export async function findPages<T extends Hit>(
  typed: string,
  run: (term: string) => Promise<T[]>,
): Promise<Outcome<T>> {
  const term = trimQuery(typed.trim());
  if (!term) return { results: [], complete: 0, words: [] };
  const key = rewriteQuery(term);
  if (key) {
    const found = await run(key);
    if (found.length > 0) return { results: found, complete: found.length, words: [] };
  }
  const found = await run(withoutQuestion(term));
  const words = meaningfulWords(term);
  if (found.length >= FEW || words.length < 2) return { results: found, complete: found.length, words: [] };
  const perWord = await Promise.all(words.map(run));
  // A word no page holds (a typo, or a word the site never uses) is left out of the count.
  const held = words.filter((_, i) => perWord[i].length > 0);
  const results = rankByWordsMatched(
    found,
    perWord.filter((r) => r.length > 0),
  );
  return { results, complete: results.filter((r) => r.matched === undefined).length, words: held };
}

/** The query the search box asks Pagefind to fetch the index for while the reader types. */
export function preloadTerm(typed: string): string {
  const term = trimQuery(typed.trim());
  return rewriteQuery(term) ?? term;
}
