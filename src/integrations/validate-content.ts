// Runs the content validator before Astro reads any content, and fails the build on any error:
// Astro alone only logs an unknown reference() and still exits 0. In the dev server the findings
// are printed, and the server keeps running so that the editor can fix them.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validate } from '../lib/validate/index.ts';
import { formatFindings, summary } from '../lib/validate/report.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'de-an-06:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const result = await validate({ root: fileURLToPath(config.root) });
        const errors = result.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0 && command === 'build') {
          throw new Error(
            `Content validation failed (${summary(result.findings)}):\n${formatFindings(result.findings, 'text')}`,
          );
        }
        if (result.findings.length > 0) logger.warn(formatFindings(result.findings, 'text'));
        else logger.info(`content valid: ${result.stats.entries} entries, ${result.stats.pages} pages`);
      },
    },
  };
}
