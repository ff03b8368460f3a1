// The collections: loaders and schemas only. The schemas live in src/lib/schemas.ts so that the
// validator and the open-data export read content through exactly the same rules.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { COLLECTIONS, pageExtension } from './lib/schemas.ts';

const data = (name: keyof typeof COLLECTIONS) =>
  defineCollection({
    loader: glob({ pattern: '*.yaml', base: `./content/${name}` }),
    schema: COLLECTIONS[name],
  });

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({ extend: pageExtension }),
  }),
  documents: data('documents'),
  agencies: data('agencies'),
  tasks: data('tasks'),
  benefits: data('benefits'),
  glossary: data('glossary'),
};
