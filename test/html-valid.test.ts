// Every built page is valid HTML by the W3C's Nu checker (vnu-jar, run locally with Java), and
// every link to another site tells the browser not to pass the reader's page along.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { SITE_DIR } from './site.ts';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('HTML standards', () => {
  it('has zero errors from the Nu HTML checker on every page', () => {
    let out = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', SITE_DIR], {
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      out = String((error as { stderr?: Buffer }).stderr ?? '');
    }
    const messages = out
      ? (JSON.parse(out).messages as Array<{ url: string; lastLine?: number; message: string }>)
      : [];
    const listed = messages
      .slice(0, 20)
      .map((m) => `${m.url.replace(`file:${SITE_DIR}`, '')}:${m.lastLine ?? 0} ${m.message}`);
    expect(listed, `${messages.length} errors`).toEqual([]);
  }, 300_000);

  it('marks every link to another site rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const file of readdirSync(SITE_DIR, { recursive: true }) as string[]) {
      if (!file.endsWith('.html')) continue;
      for (const a of parse(readFileSync(join(SITE_DIR, file), 'utf8')).querySelectorAll('a[href^="http"]')) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${file}: ${a.getAttribute('href')}`);
      }
    }
    expect(bad.slice(0, 20), `${bad.length} links`).toEqual([]);
  });
});
