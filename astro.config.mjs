// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { sidebar } from './src/sidebar.ts';
import { bothLocales } from './src/lib/ui-text.ts';
import { unified } from '@astrojs/markdown-remark';
import { remarkHeadingId } from 'remark-custom-heading-id';
import rehypeExternalLinks from 'rehype-external-links';
import { remarkRefs } from './src/lib/remark-refs.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { searchInDev } from './src/integrations/search-in-dev.ts';
import { siteUrlFromEnv } from './src/lib/site-url.ts';

export default defineConfig({
  // SITE_URL, required by `npm run build:publish` (src/lib/site-url.ts); localhost otherwise.
  site: siteUrlFromEnv(),
  trailingSlash: 'always',
  // Pages use two extensions: short ASCII heading ids ({#hieu-luc}) and links to entries by id
  // (ref:nd-59-2022). Both are remark plugins, so the unified processor runs Markdown and MDX.
  // Links to other sites never pass the reader's page along.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkHeadingId, remarkRefs],
      rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
    }),
  },
  vite: {
    build: {
      // Component scripts ship as files, never inline: the Content-Security-Policy allows no inline
      // script it has not hashed.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // For every MDX page, Rolldown warns that it may drop the "use astro:head-inject" marker
        // Astro writes into the page's asset module. Nothing reads the marker after bundling: it
        // is Astro's open bug withastro/astro#18087, not something an editor can act on. Only that
        // warning is hidden.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    validateContent(),
    starlight({
      title: bothLocales('site.title'),
      description: 'Đề án 06: dữ liệu dân cư, định danh và xác thực điện tử — văn bản, nhiệm vụ, quyền lợi.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Tiếng Việt', lang: 'vi' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar,
      // Starlight guesses a page's language from src/content/docs; our pages live in content/docs,
      // so its heading-link labels would be Vietnamese on English pages. The table of contents
      // links every heading instead.
      markdown: { processedDirs: ['./content/docs'], headingLinks: false },
      // The search index is built after Astro has exited, by `npm run build` (scripts/build.ts,
      // ADR 0006), so Starlight does not run Pagefind itself.
      pagefind: false,
      customCss: ['./src/styles/site.css'],
      // The footer shows the page's content review date (not a git date), and "Edit this page"
      // for MDX pages comes from the same EDIT_BASE_URL as for generated pages.
      components: {
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Search: './src/components/starlight/Search.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
        EditLink: './src/components/overrides/EditLink.astro',
      },
      // Code blocks render as plain highlighted <pre>: Expressive Code's markup is not valid HTML
      // (a <div> inside <code>) and its copy button adds script to every page that has one.
      expressiveCode: false,
      pagination: false,
      credits: false,
      // Its 404 page is Vietnamese only, with no way on: ours is src/components/NotFound.astro.
      disable404Route: true,
    }),
    mdx(),
    contentSecurityPolicy(),
    searchInDev(),
  ],
});
