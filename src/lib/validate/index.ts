// The validator: reads all of content/ once, runs every check, and returns every finding. It
// never writes anything.
import { listContent, readEntries, readPages, type ContentTree, type YamlFile } from './load.ts';
import { checkEntrySchemas, checkPageSchemas } from './checks/schema.ts';
import { checkDuplicates } from './checks/ids.ts';
import { checkReferences } from './checks/references.ts';
import { checkRelations } from './checks/relations.ts';
import { checkCompleteness } from './checks/completeness.ts';
import { checkLinks } from './checks/links.ts';
import { checkReview } from './checks/review.ts';
import type { Context } from './context.ts';
import { inLanguage, type Draft, type Finding } from './types.ts';
import { buildGraph, type Content } from '../graph.ts';
import { asOfDate, type IsoDate } from '../dates.ts';
import type { DataCollection, Locale } from '../schemas.ts';
import { checkSafety } from './checks/safety.ts';

interface ValidateOptions {
  root: string;
  asOf?: IsoDate;
  /** The language of the messages: Vietnamese unless asked (findings keep what to print the other). */
  lang?: Locale;
}

interface ValidateResult {
  findings: Finding[];
  stats: { entries: number; pages: number };
}

const CHECKS = [
  checkSafety,
  checkDuplicates,
  checkReferences,
  checkRelations,
  checkCompleteness,
  checkLinks,
  checkReview,
];

/** Reads content/ and builds the graph from the entries that pass their schemas. */
export function readContent(root: string) {
  const listing = listContent(root);
  const { entries, findings: readFindings } = readEntries(listing);
  const { valid, findings: entryFindings } = checkEntrySchemas(entries);
  const content: Content = { documents: [], agencies: [], tasks: [], benefits: [], glossary: [] };
  const files = new Map<string, YamlFile>();
  for (const [key, { file, data }] of valid) {
    (content[file.collection] as Array<{ id: string; data: unknown }>).push({ id: file.id, data });
    files.set(key, file);
  }
  const graph = buildGraph(content);
  const { pages, findings: pageFindings } = readPages(listing);
  const tree: ContentTree = { root, entries, pages, findings: [...listing.findings, ...readFindings, ...pageFindings] };
  return { tree, files, schemaFindings: [...entryFindings, ...checkPageSchemas(pages)], graph };
}

export async function validate({ root, asOf = asOfDate(), lang = 'vi' }: ValidateOptions): Promise<ValidateResult> {
  const { tree, files, schemaFindings, graph } = readContent(root);
  const broken = new Map<string, YamlFile>();
  for (const file of tree.entries) if (!files.has(`${file.collection}/${file.id}`)) broken.set(file.id, file);
  const idSets = new Map<DataCollection, Set<string>>();
  const ctx: Context = {
    tree,
    graph,
    asOf,
    files,
    pages: tree.pages,
    broken,
    // Ids of files that exist, even when their content is invalid: that is a schema error, not an unknown id.
    idsOf: (c) => {
      let set = idSets.get(c);
      if (!set) idSets.set(c, (set = new Set(tree.entries.filter((f) => f.collection === c).map((f) => f.id))));
      return set;
    },
  };
  const drafts: Draft[] = [...tree.findings, ...schemaFindings, ...CHECKS.flatMap((check) => check(ctx))];
  const findings = drafts.map((d) => inLanguage(d, lang));
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    findings,
    stats: { entries: tree.entries.length, pages: tree.pages.length },
  };
}
