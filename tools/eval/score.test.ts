import { describe, expect, it } from 'vitest';
import { parseQueries, score } from './score.ts';

describe('search evaluation', () => {
  it('reads the query file and says where a line is wrong', () => {
    expect(parseQueries('# c\nnumber\tNĐ 59\t/van-ban/nd-59-2022/\n\n')).toEqual([
      { group: 'number', query: 'NĐ 59', expected: '/van-ban/nd-59-2022/', line: 2 },
    ]);
    expect(() => parseQueries('number\tNĐ 59', 'q.tsv')).toThrow('q.tsv:1: expected three tab-separated columns');
  });
  it('scores recall@5 and MRR per group', () => {
    const qs = parseQueries('a\tx\t/1/\na\ty\t/2/\nb\tz\t/3/\n');
    expect(score(qs, [['/1/'], ['/9/', '/2/'], ['/1/', '/2/', '/4/', '/5/', '/6/', '/3/']])).toEqual([
      { group: 'a', queries: 2, recallAt5: 1, mrr: 0.75 },
      { group: 'b', queries: 1, recallAt5: 0, mrr: 0 },
    ]);
  });
});
