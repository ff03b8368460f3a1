// What the validator reports: one finding per problem, placed at a file, line and column.
export type Severity = 'error' | 'warning';

/**
 * Every kind of problem the validator reports, by a stable name for tools and docs. Each has a
 * worked example in CONTRIBUTING (src/lib/contributing/examples.ts), which its test checks.
 */
export const FINDING_CODES = [
  'yaml-syntax',
  'frontmatter',
  'mdx-syntax',
  'schema',
  'unknown-id',
  'duplicate-id',
  'duplicate-number',
  'unknown-anchor',
  'broken-link',
  'trailing-slash',
  'other-language',
  'self-relation',
  'relation-cycle',
  'impossible-date',
  'missing-entry',
  'key-mismatch',
  'no-agency',
  'no-legal-basis',
  'no-concrete-benefit',
  'no-pillar-item',
  'successor',
  'missing-translation',
  'stale',
  'cited-status-changed',
  'unconfirmed',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem belongs to the file (or folder) as a whole. */
  line: number;
  column: number;
  severity: Severity;
  code: FindingCode;
  message: string;
  hint?: string;
}

export interface Position {
  line: number;
  column: number;
}
