// A light index of the data entries read straight from disk, for code that runs outside Astro's
// content layer (the Markdown plugin): which collection holds an id, and its short label.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quickData } from './yaml-fast.ts';
import { KIND_NAMES, type DataCollection, type Locale } from './schemas.ts';
import { KINDS } from './kinds.ts';
import { classify } from './content-files.ts';

export interface IndexedEntry {
  collection: DataCollection;
  label: Record<Locale, string>;
}

export function labelOf(collection: DataCollection, data: any): Record<Locale, string> {
  return KINDS[collection].label(data);
}

function readContentIndex(contentDir: string): Map<string, IndexedEntry> {
  const index = new Map<string, IndexedEntry>();
  for (const collection of KIND_NAMES) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      // The same files as the loaders and the validator read (content-files.ts).
      const what = classify(`${collection}/${file}`);
      if (what.kind !== 'entry') continue;
      const id = what.id;
      let data: unknown;
      const text = readFileSync(join(dir, file), 'utf8');
      try {
        data = quickData(text)?.value ?? parse(text);
      } catch {
        data = undefined; // the validator reports broken YAML; here the id still resolves
      }
      index.set(id, { collection, label: labelOf(collection, data) });
    }
  }
  return index;
}

const cache = new Map<string, { signature: string; index: Map<string, IndexedEntry> }>();

/**
 * The index, re-read when an entry file is added, removed or changed (a label edited in the dev
 * server shows on the next page render). A stat per entry file costs far less than a re-read.
 */
export function contentIndex(contentDir: string): Map<string, IndexedEntry> {
  const signature = KIND_NAMES.map((c) => {
    const dir = join(contentDir, c);
    if (!existsSync(dir)) return '0';
    const files = readdirSync(dir);
    return `${files.length}:${Math.max(0, ...files.map((f) => statSync(join(dir, f)).mtimeMs))}`;
  }).join(',');
  const hit = cache.get(contentDir);
  if (hit && hit.signature === signature) return hit.index;
  const index = readContentIndex(contentDir);
  cache.set(contentDir, { signature, index });
  return index;
}
