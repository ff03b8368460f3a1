// The validator's command line, run by scripts/validate.ts (npm run validate): checks all of
// content/ and prints every problem. Answers the exit code: 1 on any error, 2 on a bad argument.
//   --format text|json|github   (default text)
//   --as-of YYYY-MM-DD          the date statuses are computed at (default today, or AS_OF)
//   --root <dir>                the project whose content/ is checked
//   --lang vi|en                the language of the messages (default vi)
import { parseArgs } from 'node:util';
import { validate } from './index.ts';
import { formatFindings, summary, type Format } from './report.ts';
import { LOCALES, type Locale } from '../schemas.ts';

export async function main(args: string[], defaults: { root: string }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string', default: 'text' },
        'as-of': { type: 'string' },
        root: { type: 'string' },
        lang: { type: 'string', default: 'vi' },
      },
    }));
  } catch (error) {
    console.error(
      `${(error as Error).message}. Options: --format text|json|github, --as-of YYYY-MM-DD, --root <dir>, --lang vi|en.`,
    );
    return 2;
  }
  const format = values.format as Format;
  if (!['text', 'json', 'github'].includes(format)) {
    console.error(`Unknown --format "${values.format}": use text, json or github.`);
    return 2;
  }
  const lang = values.lang as Locale;
  if (!(LOCALES as readonly string[]).includes(lang)) {
    console.error(`Unknown --lang "${values.lang}": use vi or en.`);
    return 2;
  }
  const started = performance.now();
  const result = await validate({ root: values.root ?? defaults.root, asOf: values['as-of'], lang });
  const ms = Math.round(performance.now() - started);
  const out = formatFindings(result.findings, format, lang);
  if (out) console.log(out);
  if (format !== 'json') {
    const { entries, pages } = result.stats;
    console.error(
      lang === 'vi'
        ? `validate: đã kiểm tra ${entries} mục và ${pages} trang trong ${ms} ms: ${summary(result.findings, lang)}`
        : `validate: ${entries} entries and ${pages} pages checked in ${ms} ms: ${summary(result.findings, lang)}`,
    );
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
