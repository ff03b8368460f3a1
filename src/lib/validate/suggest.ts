// "Did you mean…": the known values nearest to an unknown one (messages.ts says it).
import { distance } from 'fastest-levenshtein';

export function nearest(value: string, candidates: Iterable<string>, count = 3): string[] {
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    // Sharing a prefix or containing each other counts as close: nd-59 → nd-59-2022.
    const bonus = c.startsWith(value) || value.startsWith(c) ? -2 : 0;
    scored.push([c, distance(value, c) + bonus]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, count).map(([c]) => c);
}
