// The collections: loaders and schemas only. The schemas live in src/lib/schemas.ts so that the
// validator and the open-data export read content through exactly the same rules.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
  agencySchema, benefitSchema, documentSchema, glossarySchema, pageExtension, taskSchema,
} from './lib/schemas.ts';
import vi from '../content/i18n/vi.json' with { type: 'json' };
import en from '../content/i18n/en.json' with { type: 'json' };

/** The site's own UI strings (the keys of vi.json Starlight has none of): text in each language. */
const siteStrings = z.object(
  Object.fromEntries(Object.keys(vi).filter((key) => !(key in i18nSchema().shape)).map((key) => [key, z.string()])),
) as unknown as z.ZodObject<Record<keyof typeof vi, z.ZodString>>;

/** One YAML file per entry; the file name is the id. */
const entries = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

const pageSchema = docsSchema({ extend: pageExtension });
type SchemaContext = Parameters<typeof pageSchema>[0];

/**
 * <StarlightPage> rebuilds this schema for every page it renders, to check the frontmatter it is
 * given: with 20,000 generated pages, building it was a tenth of the build. Its context only ever
 * differs in an image() that checks an imported image's shape, so that schema is built once. The
 * content layer's own calls, whose image() resolves files, are left as they are.
 */
let starlightPageSchema: ReturnType<typeof pageSchema> | undefined;
function docsPageSchema(context: SchemaContext) {
  if (String(context.image).includes('<StarlightPage>')) return (starlightPageSchema ??= pageSchema(context));
  return pageSchema(context);
}

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsPageSchema,
  }),
  // UI strings: Starlight's, where its translation has none, and the site's own. Starlight finds a
  // language's strings by their file's path under src/content/i18n/, or else by the entry's id:
  // ours live in content/i18n/, so each language is one entry whose id is the language (a glob
  // loader's entries were found under no language).
  i18n: defineCollection({ loader: () => [{ id: 'vi', ...vi }, { id: 'en', ...en }], schema: i18nSchema({ extend: siteStrings }) }),
  documents: defineCollection({ loader: entries('documents'), schema: documentSchema }),
  agencies: defineCollection({ loader: entries('agencies'), schema: agencySchema }),
  tasks: defineCollection({ loader: entries('tasks'), schema: taskSchema }),
  benefits: defineCollection({ loader: entries('benefits'), schema: benefitSchema }),
  glossary: defineCollection({ loader: entries('glossary'), schema: glossarySchema }),
};
