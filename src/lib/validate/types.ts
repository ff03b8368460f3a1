// What the validator reports: one finding per problem, placed at a file, line and column.
import type { Locale } from '../schemas.ts';
import { codeOf, render, type MessageKey, type Params } from './messages.ts';

export type Severity = 'error' | 'warning';

/**
 * Every kind of problem the validator reports, by a stable name for tools and docs. Each has a
 * worked example in CONTRIBUTING (src/lib/contributing/examples.ts), which its test checks.
 */
export const FINDING_CODES = [
  'content-file',
  'yaml-syntax',
  'frontmatter',
  'mdx-syntax',
  'schema',
  'unverified-field',
  'unsafe-content',
  'insecure-url',
  'unknown-id',
  'duplicate-id',
  'duplicate-number',
  'route-collision',
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
  /** The message and its fix, in the language asked for (messages.ts). */
  message: string;
  hint: string;
  /** What the message and fix are made from, to print them in the other language. */
  key: MessageKey;
  params: Params;
  /** Known values nearest to a wrong one ("did you mean …"). */
  near?: string[];
}

/** A finding as a check makes it: its words are filled in once, in the language asked for. */
export type Draft = Omit<Finding, 'code' | 'message' | 'hint'>;

export function draft(
  file: string,
  line: number,
  column: number,
  severity: Severity,
  key: MessageKey,
  params: Params = {},
  near?: string[],
): Draft {
  return { file, line, column, severity, key, params, ...(near && near.length > 0 ? { near } : {}) };
}

/** A finding in one language. */
export function inLanguage(f: Draft, lang: Locale): Finding {
  return { ...f, code: codeOf(f.key), ...render(f.key, f.params, lang, f.near) };
}

export interface Position {
  line: number;
  column: number;
}
