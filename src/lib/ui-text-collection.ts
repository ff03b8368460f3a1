// The i18n collection: content/i18n/vi.json and en.json, read by Starlight's `Astro.locals.t`.
// Starlight's own strings stay optional (it ships its translations of them). Every other key of
// vi.json is the site's own UI text: each language's file must have it, as text, so a file that
// lacks a key fails `astro sync` and the build, naming the language and the key.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { LOCALES } from './schemas.ts';
import { i18nSchema } from '@astrojs/starlight/schema';
import { UI_TEXT, type UiKey } from './ui-text.ts';
import { withoutBom } from './content-files.ts';

const vi: Record<string, string> = UI_TEXT.vi;
const starlightKeys = new Set(Object.keys(i18nSchema().shape));

/** The site's own keys, in the order of vi.json. */
export const UI_KEYS = Object.keys(vi).filter((key) => !starlightKeys.has(key)) as UiKey[];

const text = (key: string) =>
  z
    .string({ error: `missing: add "${key}" to this language's file in content/i18n/ (vi.json has "${vi[key]}")` })
    .regex(/\S/, { error: `empty: write "${key}" in this language (vi.json has "${vi[key]}")` });

export const uiTextSchema = z.object(
  Object.fromEntries(UI_KEYS.map((key) => [key, text(key)])),
) as unknown as z.ZodObject<Record<UiKey, z.ZodString>>;

/**
 * One entry per language, its id the language. Starlight finds a language's strings by the path
 * of their file under src/content/i18n/, or else by the entry's id; ours live in content/i18n/,
 * so the entries carry no path (their errors still name the file). `npm start` reloads a file
 * that changes.
 */
export const uiTextLoader: Loader = {
  name: 'ui-text',
  // Astro's loader context hands parseData as a bound function.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  async load({ config, store, parseData, watcher, logger }) {
    const files = LOCALES.map((id) => ({ id, path: fileURLToPath(new URL(`content/i18n/${id}.json`, config.root)) }));
    const sync = async () => {
      for (const { id, path } of files) {
        const data = await parseData({
          id,
          data: JSON.parse(withoutBom(readFileSync(path, 'utf8'))),
          filePath: relative(fileURLToPath(config.root), path),
        });
        store.set({ id, data });
      }
    };
    await sync();
    watcher?.add(files.map((f) => f.path));
    watcher?.on('change', (changed) => {
      if (files.some((f) => f.path === changed)) sync().catch((error: Error) => logger.error(error.message));
    });
  },
};
