import { describe, expect, it } from 'vitest';
import {
  FEW,
  MAX_WORDS,
  findPages,
  meaningfulWords,
  rankByWordsMatched,
  type Hit,
  withoutQuestion,
} from './search-relaxed.ts';

describe('meaningfulWords', () => {
  it.each([
    ['làm sao đi khám bệnh bằng căn cước', ['đi', 'khám', 'bệnh', 'bằng', 'căn', 'cước']],
    ['có cần sổ hộ khẩu nữa không?', ['cần', 'sổ', 'hộ', 'khẩu']],
    ['co can so ho khau nua ko', ['co', 'can', 'so', 'ho', 'khau']],
    ['xin lý lịch tư pháp như thế nào', ['xin', 'lý', 'lịch', 'tư', 'pháp']],
    ['bằng lái xe có được không', ['bằng', 'lái', 'xe']],
    ['How do I use my driving licence?', ['use', 'driving', 'licence']],
    ['what is a level 2 account', ['level', '2', 'account']],
  ])('keeps the words of "%s" that carry meaning', (query, words) => {
    expect(meaningfulWords(query)).toEqual(words);
  });

  it('keeps a syllable that is a stop word alone only inside a longer word: "trẻ em" stays', () => {
    expect(meaningfulWords('trẻ em có làm căn cước được không')).toEqual(['trẻ', 'em', 'làm', 'căn', 'cước']);
  });

  it('rewrites a document number to its key', () => {
    expect(meaningfulWords('nghị định 59 còn hiệu lực không')).toEqual(['nd59', 'hieu', 'luc']);
  });

  it(`searches at most ${MAX_WORDS} words, each once`, () => {
    const words = meaningfulWords('một hai ba bốn năm sáu bảy tám chín mười ba bốn');
    expect(words.length).toBeLessThanOrEqual(MAX_WORDS);
    expect(new Set(words).size).toBe(words.length);
  });
});

const hit = (id: string, score = 1): Hit => ({ id, score });

describe('rankByWordsMatched', () => {
  it('ranks pages by how many words they hold, then by score, after the results of the query as typed', () => {
    const ranked = rankByWordsMatched(
      [hit('typed')],
      [
        [hit('typed'), hit('two', 1), hit('one', 9), hit('three')],
        [hit('typed'), hit('two', 1), hit('also-two', 5), hit('three')],
        [hit('also-two', 1), hit('three')],
      ],
    );
    expect(ranked.map((r) => [r.id, r.matched])).toEqual([
      ['typed', undefined],
      ['three', undefined],
      ['also-two', 2],
      ['two', 2],
    ]);
  });

  it("keeps a page's hit from its rarest word, whose excerpt shows that word", () => {
    const common = [
      { id: 'p', score: 1, word: 'có' },
      { id: 'q', score: 1, word: 'có' },
      { id: 'r', score: 1, word: 'có' },
    ];
    const rare = [{ id: 'p', score: 1, word: 'khẩu' }];
    expect(rankByWordsMatched([], [common, rare])[0]).toMatchObject({ id: 'p', word: 'khẩu' });
  });

  it('leaves out pages holding half the words or fewer', () => {
    const ranked = rankByWordsMatched(
      [],
      [[hit('one'), hit('three')], [hit('two'), hit('three')], [hit('two'), hit('three')], []],
    );
    expect(ranked.map((r) => r.id)).toEqual(['three']);
  });
});

/** A fake Pagefind: a page matches a term when it holds every word of it. */
function engine(pages: Record<string, string>) {
  const terms: string[] = [];
  const run = async (term: string) => {
    terms.push(term);
    const words = term.split(' ');
    return Object.entries(pages)
      .filter(([, text]) => words.every((w) => text.split(' ').includes(w)))
      .map(([id]) => hit(id));
  };
  return { run, terms };
}

describe('findPages', () => {
  it('returns what the query as typed finds when that is enough, with one search', async () => {
    const pages = Object.fromEntries(Array.from({ length: FEW }, (_, i) => [`p${i}`, 'khám bệnh']));
    const { run, terms } = engine(pages);
    const out = await findPages('khám bệnh', run);
    expect(out.results).toHaveLength(FEW);
    expect(out.complete).toBe(FEW);
    expect(out.words).toEqual([]);
    expect(terms).toEqual(['khám bệnh']);
  });

  it('answers a question no page holds every word of with the pages holding most of its words', async () => {
    const { run, terms } = engine({
      bhyt: 'đi khám bệnh bằng căn cước',
      card: 'khám bệnh bằng thẻ căn cước',
      other: 'thẻ căn cước',
    });
    const out = await findPages('làm sao đi khám bệnh bằng căn cước', run);
    expect(out.words).toEqual(['đi', 'khám', 'bệnh', 'bằng', 'căn', 'cước']);
    expect(out.results.map((r) => [r.id, r.matched])).toEqual([
      ['bhyt', undefined],
      ['card', 5],
    ]);
    expect(out.complete).toBe(1);
    expect(terms.length).toBeLessThanOrEqual(MAX_WORDS + 2);
  });

  it('searches a question without its question phrases, which the page that answers it need not hold', async () => {
    const asking = Object.fromEntries(Array.from({ length: FEW }, (_, i) => [`q${i}`, 'xin lý lịch như thế nào']));
    const { run, terms } = engine({ ...asking, answer: 'xin lý lịch tư pháp' });
    const out = await findPages('xin lý lịch như thế nào', run);
    expect(terms[0]).toBe('xin lý lịch');
    expect(out.results.map((r) => r.id)).toContain('answer');
  });

  it('drops only question phrases from the first search, never a word that may be part of a name', () => {
    expect(withoutQuestion('Công an TP Hồ Chí Minh ở đâu')).toBe('công an tp hồ chí minh');
    expect(withoutQuestion('how do i use it')).toBe('use it');
    expect(withoutQuestion('làm sao')).toBe('làm sao');
    expect(withoutQuestion('căn cước gắn chip')).toBe('căn cước gắn chip');
  });

  it('counts only the words some page holds', async () => {
    const { run } = engine({ card: 'thẻ căn cước', other: 'thẻ' });
    const out = await findPages('thẻ căn cước xyzzy', run);
    expect(out.words).toEqual(['thẻ', 'căn', 'cước']);
    expect(out.results.map((r) => [r.id, r.matched])).toEqual([['card', undefined]]);
  });

  it('keeps the few pages holding every word first', async () => {
    const { run } = engine({ both: 'cần sổ hộ khẩu giấy', some: 'cần sổ hộ khẩu' });
    const out = await findPages('cần sổ hộ khẩu giấy', run);
    expect(out.complete).toBe(1);
    expect(out.results.map((r) => [r.id, r.matched])).toEqual([
      ['both', undefined],
      ['some', 4],
    ]);
  });

  it('tries a document number as its key first, and the query as typed when the key finds nothing', async () => {
    const found = engine({ nd59: 'nd59x2022' });
    expect((await findPages('59/2022/NĐ-CP', found.run)).results.map((r) => r.id)).toEqual(['nd59']);
    expect(found.terms).toEqual(['nd59x2022']);
    const fallback = engine({ page: 'mức độ 2' });
    expect((await findPages('mức độ 2', fallback.run)).results.map((r) => r.id)).toEqual(['page']);
  });

  it('does not search one word again on its own', async () => {
    const { run, terms } = engine({});
    await findPages('vneid', run);
    expect(terms).toEqual(['vneid']);
  });
});
