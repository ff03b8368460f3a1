// npm run validate: checks all of content/ and prints every problem. Exit 1 on any error.
//   --format text|json|github   (default text)
//   --as-of YYYY-MM-DD          the date statuses are computed at (default today, or AS_OF)
// The npm script caps V8's young generation at 8 MB a half: most of what reading ten thousand
// entries allocates stays alive to the end, and with the default (larger) young generation each
// collection copies more of it; measured here, the cap saves a sixth of the time. npm run bench
// measures the command as the npm script runs it.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Node keeps the compiled modules (and the TypeScript it stripped) on disk between runs, as the
// TypeScript CLI does: on an editor's second run, starting takes a few hundred ms less. The
// validator's modules are imported after this line for that reason.
const cache = enableCompileCache();
// The worker thread that parses pages on a large registry (src/lib/validate/load.ts) uses it too.
if (cache.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;
const { validate } = await import('../src/lib/validate/index.ts');
const { formatFindings, summary } = await import('../src/lib/validate/report.ts');
type Format = import('../src/lib/validate/report.ts').Format;

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
  const how = result.stats.pagesInWorker ? ' (pages parsed in a worker thread)' : '';
  console.error(`validate: ${result.stats.entries} entries and ${result.stats.pages} pages checked in ${ms} ms${how}: ${summary(result.findings)}`);
}
process.exit(result.findings.some((f) => f.severity === 'error') ? 1 : 0);
