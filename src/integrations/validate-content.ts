// Runs the content validator before Astro builds anything, and fails the build on any error:
// Astro alone only logs an unknown reference() and still exits 0.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validate } from '../lib/validate/index.ts';
import { formatFindings } from '../lib/validate/report.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'de-an-06:validate-content',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const result = await validate({ root });
        const errors = result.findings.filter((f) => f.severity === 'error');
        const text = formatFindings(result.findings, 'text');
        if (errors.length > 0) {
          throw new Error(`Content validation failed:\n${text}`);
        }
        if (result.findings.length > 0) logger.warn(text);
        else logger.info(`content valid: ${result.stats.files} files checked`);
      },
    },
  };
}
