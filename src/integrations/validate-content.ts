// Runs the content validator before Astro reads any content, and fails the build on any error:
// Astro alone only logs an unknown reference() and still exits 0. The findings are printed as
// `npm run validate` prints them, and the build stops there: an error thrown from a hook would be
// wrapped in Astro's "unhandled error", a stack trace and a hint that has nothing to do with
// content. In the dev server the findings are printed, and the server keeps running so that the
// editor can fix them. Messages are Vietnamese; VALIDATE_LANG=en prints them in English.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validate } from '../lib/validate/index.ts';
import { formatFindings } from '../lib/validate/report.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'de-an-06:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const lang = process.env.VALIDATE_LANG === 'en' ? 'en' : 'vi';
        const result = await validate({ root: fileURLToPath(config.root), lang });
        const errors = result.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0 && command === 'build') {
          // stderr is written synchronously to a file or a pipe, so all of it is out before the exit.
          process.stderr.write(
            `${lang === 'vi' ? 'Nội dung có lỗi, trang không được dựng' : 'The content has errors; the site is not built'}:\n${formatFindings(result.findings, 'text', lang)}\n`,
          );
          process.exit(1);
        }
        if (result.findings.length > 0) logger.warn(formatFindings(result.findings, 'text', lang));
        else logger.info(`content valid: ${result.stats.entries} entries, ${result.stats.pages} pages`);
      },
    },
  };
}
