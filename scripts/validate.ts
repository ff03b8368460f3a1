// npm run validate: checks all of content/ and prints every problem. Exit 1 on any error.
//   --format text|json|github   (default text)
//   --as-of YYYY-MM-DD          the date statuses are computed at (default today, or AS_OF)
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validate } from '../src/lib/validate/index.ts';
import { formatFindings, summary, type Format } from '../src/lib/validate/report.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    'as-of': { type: 'string' },
    root: { type: 'string' },
  },
});
const format = values.format as Format;
if (!['text', 'json', 'github'].includes(format)) {
  console.error(`Unknown --format "${values.format}": use text, json or github.`);
  process.exit(2);
}
const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const result = await validate({ root, asOf: values['as-of'] });
const ms = Math.round(performance.now() - started);
const out = formatFindings(result.findings, format);
if (out) console.log(out);
if (format !== 'json') {
  console.error(`validate: ${result.stats.entries} entries and ${result.stats.pages} pages checked in ${ms} ms: ${summary(result.findings)}`);
}
process.exit(result.findings.some((f) => f.severity === 'error') ? 1 : 0);
