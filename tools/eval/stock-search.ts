// The same pages with Starlight's search as it ships, for `npm run eval:search` to compare ours
// against. The site's code knows nothing of this build: the tool copies the project and takes our
// search out of the copy (Starlight indexes the pages itself, its own search box, none of the words
// and facets our components add for search).
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cleanUp, tempDir } from '../bench/lib.ts';

/** Builds the stock-search twin of the site into `outDir`. */
export function buildStockSearch(outDir: string) {
  const dir = tempDir('stock-search');
  try {
    for (const item of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    }
    const config = join(dir, 'astro.config.mjs');
    const text = readFileSync(config, 'utf8');
    const ours = /^\s*pagefind: false,\n/m;
    if (!ours.test(text))
      throw new Error(
        'astro.config.mjs no longer turns Starlight\'s own Pagefind step off with "pagefind: false,": update tools/eval/stock-search.ts',
      );
    writeFileSync(config, text.replace(ours, ''));
    // Our overrides of Starlight's components become Starlight's own; the facets, nothing.
    const starlight = (name: string, slot: string) =>
      `---\nimport Default from '@astrojs/starlight/components/${name}.astro';\n---\n\n<Default>${slot}</Default>\n`;
    writeFileSync(join(dir, 'src/components/starlight/Search.astro'), starlight('Search', ''));
    writeFileSync(
      join(dir, 'src/components/starlight/MarkdownContent.astro'),
      starlight('MarkdownContent', '<slot />'),
    );
    writeFileSync(join(dir, 'src/components/SearchFacets.astro'), '');
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  } finally {
    cleanUp(dir);
  }
}
