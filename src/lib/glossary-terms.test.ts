import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glossaryMatcher, type GlossaryTerm } from './glossary-terms.ts';

const termsInText = (text: string, glossary: GlossaryTerm[]) => glossaryMatcher(glossary)(text);

const G: GlossaryTerm[] = [
  { id: 'cccd', abbr: 'CCCD', term: { vi: 'Căn cước công dân', en: 'Citizen identity card' } },
  { id: 'bhxh', abbr: 'BHXH', term: { vi: 'Bảo hiểm xã hội', en: 'Social insurance' } },
  { id: 'bhxhvn', abbr: 'BHXHVN', term: { vi: 'Bảo hiểm xã hội Việt Nam', en: 'Vietnam Social Security' } },
  {
    id: 'bo-tttt',
    abbr: 'Bộ TTTT',
    term: { vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' },
  },
  { id: 'vneid', term: { vi: 'VNeID', en: 'VNeID' } },
  { id: 'dinh-danh-dien-tu', term: { vi: 'Định danh điện tử', en: 'Electronic identification' } },
  { id: 'tai-khoan-dinh-danh-dien-tu', term: { vi: 'Tài khoản định danh điện tử', en: 'Electronic identity account' } },
  { id: 'can-cuoc-dien-tu', term: { vi: 'Căn cước điện tử', en: 'Electronic identity' } },
  { id: 'the-can-cuoc', term: { vi: 'Thẻ căn cước', en: 'Identity card' } },
  { id: 'dv', abbr: 'DV', term: { vi: 'Dịch vụ', en: 'Service' } },
];

describe('termsInText', () => {
  it('finds abbreviations as whole words, in order of first appearance', () => {
    expect(termsInText('Mã số BHXH và thẻ CCCD; hỏi BHXHVN.', G)).toEqual(['bhxh', 'cccd', 'bhxhvn']);
    expect(termsInText('CCCDX và xBHXH', G)).toEqual([]);
  });

  it('matches abbreviations in their own case only, and terms in any case', () => {
    expect(termsInText('cccd', G)).toEqual([]);
    expect(termsInText('có THẺ CĂN CƯỚC', G)).toEqual(['the-can-cuoc']);
    expect(termsInText('an identity card (thẻ căn cước)', G)).toEqual(['the-can-cuoc']);
  });

  it('does not list a spelled-out abbreviation, nor the shorter terms inside it', () => {
    expect(termsInText('thẻ căn cước công dân', G)).toEqual([]);
    expect(termsInText('the citizen identity card (CCCD)', G)).toEqual(['cccd']);
    expect(termsInText('thẻ căn cước công dân hoặc thẻ căn cước', G)).toEqual(['the-can-cuoc']);
  });

  it('matches an abbreviation-only entry by its abbreviation, never by its generic word', () => {
    expect(termsInText('mỗi dịch vụ, every service', G)).toEqual([]);
    expect(termsInText('nhiều DV liên thông', G)).toEqual(['dv']);
  });

  it('finds abbreviations with spaces and diacritics, whatever the Unicode normal form', () => {
    expect(termsInText('Hướng dẫn của Bộ TTTT', G)).toEqual(['bo-tttt']);
    expect(termsInText('định danh điện tử'.normalize('NFD'), G)).toEqual(['dinh-danh-dien-tu']);
  });

  it('lets the longest term win where two overlap, but still finds the shorter one elsewhere', () => {
    expect(termsInText('Tài khoản định danh điện tử trên VNeID', G)).toEqual(['tai-khoan-dinh-danh-dien-tu', 'vneid']);
    expect(termsInText('an electronic identity account', G)).toEqual(['tai-khoan-dinh-danh-dien-tu']);
    expect(termsInText('tài khoản định danh điện tử; việc định danh điện tử', G)).toEqual([
      'tai-khoan-dinh-danh-dien-tu',
      'dinh-danh-dien-tu',
    ]);
  });

  it('lists each term once', () => {
    expect(termsInText('VNeID, VNeID và VNeID', G)).toEqual(['vneid']);
  });
});

describe('the compiled matcher', () => {
  // The first implementation: every pattern scanned over the whole text. The matcher must agree.
  const wordPattern = (phrase: string, caseless: boolean) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${phrase.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      caseless ? 'giu' : 'gu',
    );
  function scanAll(text: string, glossary: GlossaryTerm[]): string[] {
    const source = text.normalize('NFC');
    const hits: Array<{ id: string; start: number; end: number; blocker: boolean }> = [];
    for (const entry of glossary) {
      const patterns: Array<[string, boolean, boolean]> = [];
      if (entry.abbr) patterns.push([entry.abbr, false, false]);
      for (const term of new Set([entry.term.vi, entry.term.en])) patterns.push([term, true, !!entry.abbr]);
      for (const [phrase, caseless, blocker] of patterns) {
        for (const m of source.matchAll(wordPattern(phrase, caseless)))
          hits.push({ id: entry.id, start: m.index, end: m.index + m[0].length, blocker });
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof hits = [];
    for (const hit of hits) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
    kept.sort((a, b) => a.start - b.start);
    return [...new Set(kept.filter((k) => !k.blocker).map((k) => k.id))];
  }

  it('finds what a scan of every term finds, in texts made of terms, their parts and other words', () => {
    const pieces = [
      ...G.flatMap((g) => [g.abbr ?? '', g.term.vi, g.term.en, g.term.vi.toUpperCase(), g.term.en.toLowerCase()]),
      'và',
      'x',
      'CCCDX',
      'công dân',
      '(',
      '.',
      'điện tử',
      'card',
    ].filter(Boolean);
    const match = glossaryMatcher(G);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        fc.constantFrom(' ', '', ', '),
        (words, glue) => {
          const text = words.join(glue);
          expect(match(text)).toEqual(scanAll(text, G));
        },
      ),
      { numRuns: 500 },
    );
  });
});
