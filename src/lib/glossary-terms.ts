// Which glossary terms a page's text uses, so that a generated page can link each one to
// /thuat-ngu/#<id>. YAML text cannot hold links; the page lists the terms instead.
import type { Bilingual } from './schemas.ts';
import type { Graph } from './graph.ts';

export interface GlossaryTerm {
  id: string;
  abbr?: string | undefined;
  term: Bilingual;
}

interface Hit {
  id: string;
  start: number;
  end: number;
  /** A spelled-out term of an abbreviation: it claims its words but is not listed. */
  blocker: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word pattern: "DVC" must not match inside "DVCQG", nor "BHXH" inside "BHXHVN". */
function wordPattern(phrase: string, caseless: boolean, sticky = false): RegExp {
  const flags = `${sticky ? 'y' : 'g'}u${caseless ? 'i' : ''}`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase.normalize('NFC'))}(?![\\p{L}\\p{N}])`, flags);
}

/** One way to write an entry: its abbreviation, or its term in either language. */
interface Pattern {
  id: string;
  /** Where it stands in the glossary, to break ties as the glossary's own order does. */
  order: number;
  blocker: boolean;
  /** Whole words only, anchored where a candidate starts. */
  at: RegExp;
}

const WORD = /[\p{L}\p{N}]+/gu;
const firstWord = (phrase: string) => phrase.match(/^[\p{L}\p{N}]+/u)?.[0].toLowerCase();

/**
 * The matcher for one glossary, compiled once. It answers the ids of the glossary entries that
 * occur in a text, in order of first appearance: an abbreviation in its exact case, or the term
 * (any case, either language) of an entry that has no abbreviation. The longest match wins where
 * two overlap, so "tài khoản định danh điện tử" is one term, not also "định danh điện tử". A
 * spelled-out abbreviation ("thẻ căn cước công dân") is already explained where it stands, so it is
 * not listed, but it still hides the shorter terms inside it ("thẻ căn cước"); and generic words
 * behind an abbreviation ("dịch vụ") are not matched.
 *
 * The text is read word by word, and only the patterns whose first word is the word at hand are
 * tried there. Time grows with the text, not with the glossary, so a long glossary does not make
 * every page that lists terms slower.
 */
export function glossaryMatcher(glossary: GlossaryTerm[]): (text: string) => string[] {
  const byFirstWord = new Map<string, Pattern[]>();
  /** Patterns that do not start with a letter or digit are tried everywhere (none do today). */
  const everywhere: Pattern[] = [];
  let order = 0;
  for (const entry of glossary) {
    const patterns: Array<[string, boolean, boolean]> = [];
    if (entry.abbr) patterns.push([entry.abbr, false, false]);
    for (const term of new Set([entry.term.vi, entry.term.en])) patterns.push([term, true, !!entry.abbr]);
    for (const [phrase, caseless, blocker] of patterns) {
      const normal = phrase.normalize('NFC');
      const key = firstWord(normal);
      const pattern: Pattern = {
        id: entry.id,
        order: order++,
        blocker,
        at: wordPattern(normal, caseless, Boolean(key)),
      };
      if (!key) everywhere.push(pattern);
      else byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), pattern]);
    }
  }
  return (text) => {
    const source = text.normalize('NFC');
    const hits: Array<Hit & { order: number }> = [];
    const tryAt = (pattern: Pattern, index: number) => {
      pattern.at.lastIndex = index;
      const m = pattern.at.exec(source);
      if (m)
        hits.push({
          id: pattern.id,
          start: index,
          end: index + m[0].length,
          blocker: pattern.blocker,
          order: pattern.order,
        });
    };
    for (const word of source.matchAll(WORD)) {
      for (const pattern of byFirstWord.get(word[0].toLowerCase()) ?? []) tryAt(pattern, word.index);
    }
    for (const pattern of everywhere) {
      pattern.at.lastIndex = 0;
      for (const m of source.matchAll(pattern.at))
        hits.push({
          id: pattern.id,
          start: m.index,
          end: m.index + m[0].length,
          blocker: pattern.blocker,
          order: pattern.order,
        });
    }
    // Longest first; then leftmost; then in glossary order, as one scan per entry would find them.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
    const kept: Hit[] = [];
    for (const hit of hits) {
      if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
    }
    kept.sort((a, b) => a.start - b.start);
    return [...new Set(kept.filter((k) => !k.blocker).map((k) => k.id))];
  };
}

const matchers = new WeakMap<Graph, (text: string) => string[]>();

/** The matcher of a graph's glossary, compiled on first use and kept for every page of the build. */
export function termsOf(graph: Graph): (text: string) => string[] {
  let match = matchers.get(graph);
  if (!match) {
    match = glossaryMatcher(graph.content.glossary.map((g) => ({ id: g.id, abbr: g.data.abbr, term: g.data.term })));
    matchers.set(graph, match);
  }
  return match;
}
