// What the validator reports: one finding per problem, placed at a file, line and column.
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem belongs to the file (or folder) as a whole. */
  line: number;
  column: number;
  severity: Severity;
  /** A stable name for the kind of problem (schema, unknown-id, …), for tools and docs. */
  code: string;
  message: string;
  hint?: string;
}

export interface Position {
  line: number;
  column: number;
}
