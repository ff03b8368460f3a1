// What every check reads: the loaded tree, the entries that passed their schema, the derived
// graph, and helpers to place a finding at a YAML path.
import type { ContentTree, YamlFile, PageFile } from './load.ts';
import { positionOf } from './load.ts';
import { draft, type Draft, type Severity } from './types.ts';
import type { MessageKey, Params } from './messages.ts';
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
  /**
   * Entries whose file exists but did not load (YAML or schema errors), by id, with whatever data
   * they hold. They are reported once, at their own file: the checks of other files treat them as
   * present, so that one broken entry does not make every entry citing it "unknown".
   */
  broken: Map<string, YamlFile>;
  pages: PageFile[];
}

export function at(
  file: YamlFile,
  path: readonly PropertyKey[],
  severity: Severity,
  key: MessageKey,
  params: Params = {},
  near?: string[],
  pointAtKey = false,
): Draft {
  const pos = positionOf(file.doc, file.lines, path, pointAtKey);
  return draft(file.file, pos.line, pos.column, severity, key, params, near);
}

export function atPageFrontmatter(
  page: PageFile,
  path: readonly PropertyKey[],
  severity: Severity,
  key: MessageKey,
  params: Params = {},
  near?: string[],
): Draft {
  if (!page.frontmatterDoc || !page.frontmatterLines) return draft(page.file, 1, 1, severity, key, params, near);
  const pos = positionOf(page.frontmatterDoc, page.frontmatterLines, path);
  // The frontmatter starts on line 2 of the file, after the opening ---.
  return draft(page.file, pos.line + 1, pos.column, severity, key, params, near);
}
