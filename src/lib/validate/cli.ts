// The validator's command line, run by scripts/validate.ts (npm run validate): checks all of
// content/ and prints every problem. Answers the exit code: 1 on any error, 2 on a bad argument.
//   --format text|json|github   (default text)
//   --as-of YYYY-MM-DD          the date statuses are computed at (default today, or AS_OF)
//   --root <dir>                the project whose content/ is checked
import { parseArgs } from 'node:util';
import { validate } from './index.ts';
import { formatFindings, summary, type Format } from './report.ts';

export async function main(args: string[], defaults: { root: string }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string', default: 'text' },
        'as-of': { type: 'string' },
        root: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}. Options: --format text|json|github, --as-of YYYY-MM-DD, --root <dir>.`);
    return 2;
  }
  const format = values.format as Format;
  if (!['text', 'json', 'github'].includes(format)) {
    console.error(`Unknown --format "${values.format}": use text, json or github.`);
    return 2;
  }
  const started = performance.now();
  const result = await validate({ root: values.root ?? defaults.root, asOf: values['as-of'] });
  const ms = Math.round(performance.now() - started);
  const out = formatFindings(result.findings, format);
  if (out) console.log(out);
  if (format !== 'json') {
    console.error(
      `validate: ${result.stats.entries} entries and ${result.stats.pages} pages checked in ${ms} ms: ${summary(result.findings)}`,
    );
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
