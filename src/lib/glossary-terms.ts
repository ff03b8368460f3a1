// Which glossary terms a page's text uses, so that a generated page can link each one to
// /thuat-ngu/#<id>. YAML text cannot hold links; the page lists the terms instead.
import type { Bilingual } from './schemas.ts';

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
function wordPattern(phrase: string, caseless: boolean): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase.normalize('NFC'))}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu');
}

/**
 * The ids of the glossary entries that occur in the text, in order of first appearance: an
 * abbreviation in its exact case, or the term (any case, either language) of an entry that has no
 * abbreviation. The longest match wins where two overlap, so "tài khoản định danh điện tử" is one
 * term, not also "định danh điện tử". A spelled-out abbreviation ("thẻ căn cước công dân") is
 * already explained where it stands, so it is not listed, but it still hides the shorter terms
 * inside it ("thẻ căn cước"); and generic words behind an abbreviation ("dịch vụ") are not matched.
 */
export function termsInText(text: string, glossary: GlossaryTerm[]): string[] {
  const source = text.normalize('NFC');
  const hits: Hit[] = [];
  for (const entry of glossary) {
    const patterns: Array<[string, boolean, boolean]> = [];
    if (entry.abbr) patterns.push([entry.abbr, false, false]);
    for (const term of new Set([entry.term.vi, entry.term.en])) patterns.push([term, true, !!entry.abbr]);
    for (const [phrase, caseless, blocker] of patterns) {
      for (const m of source.matchAll(wordPattern(phrase, caseless))) {
        hits.push({ id: entry.id, start: m.index, end: m.index + m[0].length, blocker });
      }
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of hits) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  kept.sort((a, b) => a.start - b.start);
  return [...new Set(kept.filter((k) => !k.blocker).map((k) => k.id))];
}
