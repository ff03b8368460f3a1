// npm run contributing: regenerates the validator-messages section of CONTRIBUTING.md and
// CONTRIBUTING.en.md from src/lib/contributing/examples.ts, by running each example through the
// validator. With --check it changes nothing and exits 1 when a file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTRIBUTING_FILES, renderSection, replaceSection, runExamples } from '../src/lib/contributing/render.ts';
import { LOCALES } from '../src/lib/schemas.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const root = fileURLToPath(new URL('..', import.meta.url));
const results = await runExamples(root);
let stale = false;
for (const locale of LOCALES) {
  const path = join(root, CONTRIBUTING_FILES[locale]);
  const before = readFileSync(path, 'utf8');
  const after = replaceSection(before, renderSection(results, locale));
  if (before === after) continue;
  if (values.check) {
    console.error(`contributing: ${CONTRIBUTING_FILES[locale]} is out of date: run npm run contributing`);
    stale = true;
  } else {
    writeFileSync(path, after);
    console.log(`contributing: updated ${CONTRIBUTING_FILES[locale]}`);
  }
}
process.exit(stale ? 1 : 0);
