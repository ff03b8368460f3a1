// What is content, defined once: the content loaders (src/content.config.ts), the Markdown plugin's
// index (content-index.ts) and the validator all decide from here which files under content/ are
// entries and pages, what their ids are, and what is left out. A file they would disagree on
// is a validator error instead, so the site never builds from files the validator did not read.
import { ID_PATTERN, KIND_NAMES, LOCALES, type DataCollection } from './schemas.ts';

/** One entry per file, directly in its kind's folder; the file name is the id. */
export const ENTRY_EXTENSION = '.yaml';
/** Pages are MDX only: the validator reads every page as MDX, as the site's pipeline does. */
export const PAGE_EXTENSION = '.mdx';
export const PAGES_FOLDER = 'docs';
/** The UI text: one JSON file per language, read by src/lib/ui-text*.ts. */
export const UI_TEXT_FOLDER = 'i18n';

/**
 * Names starting with "_" are drafts and names starting with "." belong to tools (.gitkeep): neither
 * is built nor checked. Astro's glob loader leaves dot files out already; drafts are left out here.
 */
export const isSkipped = (name: string) => name.startsWith('_') || name.startsWith('.');

/**
 * The largest file of each kind, in characters: ten times today's largest (8.5 kB for an entry,
 * 12 kB for a page). Each text field has its own limit (schemas.ts); this one stops a runaway
 * file, a pasted source or a long list, before it is parsed and published whole.
 */
export const MAX_CHARS = { entry: 100_000, page: 200_000 } as const;

/** The glob loader patterns, derived from the rules above. */
export const ENTRY_GLOB = ['*' + ENTRY_EXTENSION, '!_*'];
export const PAGE_GLOB = ['**/*' + PAGE_EXTENSION, '!**/_*', '!**/_*/**'];

/** Why a file under content/ is not content: a key of the validator's messages (content-file.*). */
export type ContentRule = 'folder' | 'top-level' | 'yml' | 'extension' | 'subfolder' | 'name' | 'ui-text';

export type ContentFile =
  | { kind: 'entry'; collection: DataCollection; id: string }
  | { kind: 'page'; id: string }
  | { kind: 'ui-text' }
  | { kind: 'skipped' }
  | { kind: 'not-content'; rule: ContentRule };

const KIND_SET = new Set<string>(KIND_NAMES);
const UI_TEXT_FILES = new Set(LOCALES.map((l) => `${l}.json`));

/** What a file is, from its path under content/ (forward slashes): the one rule everyone applies. */
export function classify(path: string): ContentFile {
  const parts = path.split('/');
  if (parts.some(isSkipped)) return { kind: 'skipped' };
  const [folder, ...rest] = parts;
  const name = parts.at(-1)!;
  if (rest.length === 0) return { kind: 'not-content', rule: 'top-level' };
  if (KIND_SET.has(folder)) {
    if (rest.length > 1) return { kind: 'not-content', rule: 'subfolder' };
    if (name.endsWith('.yml')) return { kind: 'not-content', rule: 'yml' };
    if (!name.endsWith(ENTRY_EXTENSION)) return { kind: 'not-content', rule: 'extension' };
    const id = name.slice(0, -ENTRY_EXTENSION.length);
    if (!ID_PATTERN.test(id)) return { kind: 'not-content', rule: 'name' };
    return { kind: 'entry', collection: folder as DataCollection, id };
  }
  if (folder === PAGES_FOLDER) {
    if (!name.endsWith(PAGE_EXTENSION)) return { kind: 'not-content', rule: 'extension' };
    const id = rest.join('/').slice(0, -PAGE_EXTENSION.length);
    if (!id.split('/').every((segment) => ID_PATTERN.test(segment))) return { kind: 'not-content', rule: 'name' };
    return { kind: 'page', id };
  }
  if (folder === UI_TEXT_FOLDER) {
    return rest.length === 1 && UI_TEXT_FILES.has(name)
      ? { kind: 'ui-text' }
      : { kind: 'not-content', rule: 'ui-text' };
  }
  return { kind: 'not-content', rule: 'folder' };
}

/** A file's text without the byte-order mark some editors write: every format accepts one. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
