// The keys of the source slide (shared/seed/README.md). Every key must have an entry; the list is
// fixed because the slide is.
export const SEED_TASKS = [
  'a1',
  'a2',
  'a3',
  'a4',
  'l1',
  'l2',
  'l3',
  'l4',
  'l5',
  'i1',
  'i1-1',
  'i1-2',
  'i1-3',
  'i1-4',
  'i1-5',
  'i1-6',
  'i2',
  'i2-1',
  'i2-2',
  'i2-3',
  'i3',
  'i3-1',
  'i3-2',
] as const;

export const SEED_BENEFITS = ['b1', 'b2', 'b3', 'b4', 'b5'] as const;

/** The decision that approved Project 06: the slide's tasks come from it, and what followed it is tied to it. */
export const PROJECT_DECISION = 'qd-06-2022-ttg';

/** The slide key written as an id: "I1.3" → "i1-3". */
export function keyToId(key: string): string {
  return key.toLowerCase().replace('.', '-');
}
