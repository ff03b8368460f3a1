// The collections: loaders and schemas only. Each kind of entry is declared once in
// src/lib/kinds.ts; its schema lives in src/lib/schemas.ts, so that the validator and the open-data
// export read content through exactly the same rules.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageExtension } from './lib/schemas.ts';
import { KIND_LIST } from './lib/kinds.ts';
import { ENTRY_GLOB, PAGE_GLOB, PAGES_FOLDER } from './lib/content-files.ts';
import { uiTextLoader, uiTextSchema } from './lib/ui-text-collection.ts';

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
    loader: glob({ pattern: PAGE_GLOB, base: `./content/${PAGES_FOLDER}` }),
    schema: docsPageSchema,
  }),
  // The site's UI text in both languages, and Starlight's strings where its Vietnamese has none.
  i18n: defineCollection({ loader: uiTextLoader, schema: i18nSchema({ extend: uiTextSchema }) }),
  // One YAML file per entry; the file name is the id (src/lib/content-files.ts, as the validator reads them).
  ...Object.fromEntries(
    KIND_LIST.map((k) => [
      k.name,
      defineCollection({ loader: glob({ pattern: ENTRY_GLOB, base: `./content/${k.name}` }), schema: k.schema }),
    ]),
  ),
};
