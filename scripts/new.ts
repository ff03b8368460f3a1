// npm run new -- <kind> [--number "59/2022/NĐ-CP"] [--year 2022] [--id <id>]
// Writes the skeleton of a new data entry (document, agency, task, benefit or glossary) and prints
// its path. Never overwrites: an existing id is an error (exit 1).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEntry, ScaffoldError, SCAFFOLD_KINDS } from '../src/lib/scaffold.ts';

const usage = `usage: npm run new -- <${Object.keys(SCAFFOLD_KINDS).join('|')}> [--number "59/2022/NĐ-CP"] [--year 2022] [--id <id>]`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      number: { type: 'string' },
      year: { type: 'string' },
      id: { type: 'string' },
      root: { type: 'string' },
    },
  });
} catch (error) {
  console.error(`new: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(2);
}
const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
try {
  const { path } = await createEntry(root, {
    kind: positionals[0],
    number: values.number,
    year: values.year,
    id: values.id,
  });
  console.log(path);
  console.error(
    'new: fill in every TODO, "" and YYYY-MM-DD (the comments say what goes there), then run npm run validate',
  );
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`new: ${error.message}`);
  process.exit(1);
}
