// What every check reads: the loaded tree, the entries that passed their schema, the derived
// graph, and helpers to place a finding at a YAML path.
import type { ContentTree, YamlFile, PageFile } from './load.ts';
import { positionOf } from './load.ts';
import type { Finding, FindingCode, Severity } from './types.ts';
import type { Graph } from '../graph.ts';
import type { DataCollection } from '../schemas.ts';
import type { IsoDate } from '../dates.ts';

export interface Context {
  tree: ContentTree;
  graph: Graph;
  asOf: IsoDate;
  /** Entries that passed their schema, by collection and id, with their source file. */
  files: Map<string, YamlFile>;
  idsOf: (collection: DataCollection) => Set<string>;
  pages: PageFile[];
}

export function at(
  file: YamlFile,
  path: readonly PropertyKey[],
  severity: Severity,
  code: FindingCode,
  message: string,
  hint?: string,
  key = false,
): Finding {
  const pos = positionOf(file.doc, file.lines, path, key);
  return { file: file.file, line: pos.line, column: pos.column, severity, code, message, hint };
}

export function atPageFrontmatter(
  page: PageFile,
  path: readonly PropertyKey[],
  severity: Severity,
  code: FindingCode,
  message: string,
  hint?: string,
): Finding {
  if (!page.frontmatterDoc || !page.frontmatterLines)
    return { file: page.file, line: 1, column: 1, severity, code, message, hint };
  const pos = positionOf(page.frontmatterDoc, page.frontmatterLines, path);
  // The frontmatter starts on line 2 of the file, after the opening ---.
  return { file: page.file, line: pos.line + 1, column: pos.column, severity, code, message, hint };
}
