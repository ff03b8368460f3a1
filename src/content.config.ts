// The collections: loaders and schemas only. The schemas live in src/lib/schemas.ts so that the
// validator and the open-data export read content through exactly the same rules.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
  agencySchema, benefitSchema, documentSchema, glossarySchema, pageExtension, taskSchema,
} from './lib/schemas.ts';

/** One YAML file per entry; the file name is the id. */
const entries = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({ extend: pageExtension }),
  }),
  // Starlight's UI strings where its Vietnamese translation has none (the search box's).
  i18n: defineCollection({ loader: glob({ pattern: '*.json', base: './content/i18n' }), schema: i18nSchema() }),
  documents: defineCollection({ loader: entries('documents'), schema: documentSchema }),
  agencies: defineCollection({ loader: entries('agencies'), schema: agencySchema }),
  tasks: defineCollection({ loader: entries('tasks'), schema: taskSchema }),
  benefits: defineCollection({ loader: entries('benefits'), schema: benefitSchema }),
  glossary: defineCollection({ loader: entries('glossary'), schema: glossarySchema }),
};
