// Scoring for the search evaluation: a query file (group, query, expected path) and the ranked
// result paths the search returned for each query.

export interface EvalQuery {
  group: string;
  query: string;
  expected: string;
  line: number;
}

/** Reads the TSV query file: one query a line, tab-separated; blank lines and # comments skipped. */
export function parseQueries(text: string, file = 'queries'): EvalQuery[] {
  const out: EvalQuery[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.length !== 3 || cells.some((c) => !c.trim())) {
      throw new Error(
        `${file}:${i + 1}: expected three tab-separated columns (group, query, expected path), got ${JSON.stringify(raw)}`,
      );
    }
    const [group, query, expected] = cells.map((c) => c.trim()) as [string, string, string];
    if (!expected.startsWith('/'))
      throw new Error(`${file}:${i + 1}: the expected path must start with / (got ${expected})`);
    out.push({ group, query, expected, line: i + 1 });
  });
  return out;
}

interface GroupScore {
  group: string;
  queries: number;
  recallAt5: number;
  mrr: number;
}

/** Recall@5 (expected path among the first five) and MRR (1/rank within the first five). */
export function score(queries: EvalQuery[], results: string[][]): GroupScore[] {
  const groups = new Map<string, { n: number; hits: number; rr: number }>();
  queries.forEach((q, i) => {
    const rank = (results[i] ?? []).slice(0, 5).indexOf(q.expected);
    const g = groups.get(q.group) ?? { n: 0, hits: 0, rr: 0 };
    g.n += 1;
    if (rank >= 0) {
      g.hits += 1;
      g.rr += 1 / (rank + 1);
    }
    groups.set(q.group, g);
  });
  return [...groups].map(([group, g]) => ({ group, queries: g.n, recallAt5: g.hits / g.n, mrr: g.rr / g.n }));
}
