// CONTRIBUTING.md and CONTRIBUTING.en.md describe every validator code, and the messages they show
// are what the validator prints today: each example is run, and the generated section compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/lib/contributing/examples.ts';
import {
  CONTRIBUTING_FILES,
  END,
  START,
  renderSection,
  runExamples,
  type ExampleResult,
} from '../src/lib/contributing/render.ts';
import { LOCALES } from '../src/lib/schemas.ts';
import { FINDING_CODES } from '../src/lib/validate/types.ts';
import { ROOT } from './real-content.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const documented = (text: string) => [...text.matchAll(/^### `([a-z-]+)`$/gm)].map((m) => m[1]);

describe('the validator codes in CONTRIBUTING', () => {
  const codes = [...FINDING_CODES].sort();

  it.each(Object.values(CONTRIBUTING_FILES))('are each described in %s', (file) => {
    const missing = codes.filter((c) => !documented(read(file)).includes(c));
    // A new code needs an example in src/lib/contributing/examples.ts, then `npm run contributing`.
    expect(missing).toEqual([]);
  });

  it('each have a worked example, and no example is left for a code that is gone', () => {
    expect([...new Set(EXAMPLES.map((e) => e.code))].sort()).toEqual(codes);
  });
});

describe('the worked examples', () => {
  let results: ExampleResult[];
  beforeAll(async () => {
    // Each mistake must make the validator report its code, and its fix must clear it.
    results = await runExamples(ROOT);
  }, 600_000);

  it.each(LOCALES)('are what the validator prints today (%s); else run npm run contributing', (locale) => {
    const text = read(CONTRIBUTING_FILES[locale]);
    const section = text.slice(text.indexOf(START), text.indexOf(END) + END.length);
    expect(section).toBe(renderSection(results, locale));
  });

  it('show the file, line and column of each message', () => {
    for (const r of results) {
      for (const f of r.findings) expect(f.file).toBe(r.example.file);
    }
    const vi = read('CONTRIBUTING.md');
    expect(vi).toContain('content/documents/nd-47-2020.yaml:3:9  lỗi  "issuer" ghi một cơ quan không có: "chinh-phuu"');
    const en = read('CONTRIBUTING.en.md');
    expect(en).toContain('content/documents/nd-47-2020.yaml:3:9  error  "issuer" names an unknown agency "chinh-phuu"');
  });
});

describe('the contributing guides', () => {
  it('link to each other, and README links to both', () => {
    expect(read('CONTRIBUTING.md')).toContain('(CONTRIBUTING.en.md)');
    expect(read('CONTRIBUTING.en.md')).toContain('(CONTRIBUTING.md)');
    expect(read('README.md')).toContain('(CONTRIBUTING.md)');
    expect(read('README.md')).toContain('(CONTRIBUTING.en.md)');
  });

  it.each(['CONTRIBUTING.md', 'CONTRIBUTING.en.md', 'README.md'])(
    '%s documents EDIT_BASE_URL and npm run new',
    (file) => {
      expect(read(file)).toContain('EDIT_BASE_URL');
      expect(read(file)).toContain('npm run new');
    },
  );
});
