// Whatever an editor writes, the validator answers with findings, never a crash or a stack trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { validate } from './index.ts';
import { quickData } from '../yaml-fast.ts';
import { ROOT } from '../../../test/real-content.ts';
import { writeTree } from '../../../test/fixtures/content-tree.ts';

const yamlish = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-zA-Z:{}[\]\-#'"|>&*!%@` \n\t]{0,80}$/),
  fc.constantFrom(
    'number: [',
    'title: {vi: "a"',
    ': :',
    '- - -',
    '&a *a',
    '? x',
    'kind: !!binary x',
    '\t- tab',
    '"unclosed',
    'a: b\na: c',
    '*-',
    '*@',
    'a: *b',
    '&a [*a, *a]',
  ),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

async function findingsFor(overrides: Record<string, string>) {
  const tree = writeTree(overrides);
  try {
    return (await validate({ root: tree.root, asOf: '2026-11-27' })).findings;
  } finally {
    tree.cleanup();
  }
}

describe('malformed input', () => {
  it('answers malformed YAML entries with clean findings', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        const findings = await findingsFor({ 'documents/nd-9-2022.yaml': text });
        for (const f of findings) {
          expect(f.file).toMatch(/^content\//);
          expect(f.line).toBeGreaterThanOrEqual(0);
          expect(f.message).not.toMatch(/\n\s+at /);
        }
        // Anything that is not a valid document is reported against that file.
        expect(findings.some((f) => f.file === 'content/documents/nd-9-2022.yaml')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('answers malformed frontmatter and MDX with clean findings', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, fc.string(), async (frontmatter, body) => {
        const page = `---\n${frontmatter}\n---\n${body}`;
        const findings = await findingsFor({ 'docs/x.mdx': page, 'docs/en/x.mdx': page });
        for (const f of findings) {
          expect(typeof f.message).toBe('string');
          expect(f.message).not.toMatch(/\n\s+at /);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the fast reader', () => {
  // Whatever it accepts, it must read as the full parser does: the fast way is only a shortcut.
  const full = (text: string) => {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    return doc.errors.length > 0 ? 'error' : doc.toJS({ maxAliasCount: 100 });
  };
  // Zero is zero: no field takes a number, and the two readers sign a "-0" differently.
  const unsigned = (v: unknown): unknown =>
    Object.is(v, -0)
      ? 0
      : Array.isArray(v)
        ? v.map(unsigned)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unsigned(x)]))
          : v;
  const agrees = (text: string) => {
    const quick = quickData(text);
    if (quick) expect(unsigned(quick.value), JSON.stringify(text)).toEqual(unsigned(full(text)));
  };

  it('reads every real entry as the full parser does', () => {
    const dir = join(ROOT, 'content');
    let read = 0;
    for (const collection of ['documents', 'agencies', 'tasks', 'benefits', 'glossary']) {
      for (const f of readdirSync(join(dir, collection))) {
        const text = readFileSync(join(dir, collection, f), 'utf8');
        agrees(text);
        if (quickData(text)) read++;
      }
    }
    // Nearly all take the fast way: "&" or "%" inside text ("KH&CN", "50%") is text to both readers.
    expect(read).toBeGreaterThan(230);
  });

  it('reads YAML of any shape as the full parser does, or leaves it to the full parser', () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '012',
        '0o17',
        '0x1F',
        '1_000',
        '1e3',
        '.inf',
        '-.Inf',
        '.nan',
        'null',
        '~',
        'Null',
        'TRUE',
        'yes',
        'no',
        'on',
        '2022-09-05',
        '2022-9-5',
        '12:30',
        '+1',
        '-0',
        '0.',
        '"quoted"',
        "'single'",
        '',
        '""#',
        "'a'#b",
        '[1]#',
        '{}#',
        'KH&CN',
        '50%',
        'a*b',
        'a!b',
        'a@b',
        '&a x',
        '*a',
        'x &a y',
        '!!str 1',
        '!t x',
        '%YAML 1.2\n---\nx',
        '@x',
        '`x',
        '[&a 1, *a]',
        '{a: &b c, d: *b}',
        '{"a":&b c}',
        '- &a x\n- *a',
      ),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        fc.oneof(
          yamlish,
          fc.constantFrom(
            '?',
            '? a',
            '? a\n: b',
            'x:\n  ? y',
            '---&a x',
            '---!!int 1',
            '---&a\na: 1',
            '---#c\na: 1',
            '---{a: 1}',
            '...x',
            '--- x',
            '---\nx: 1',
            'a: 1\n---b',
            '{: x}',
            'k: [: x]',
            '{ ? : x}',
            '- {? : 1}',
            'k: {a: 1, : 2}',
          ),
          scalar.map((v) => `key: ${v}`),
          value.map((v) => stringify(v)),
          value.map((v) => stringify(v, { defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })),
        ),
        (text) => agrees(text),
      ),
      { numRuns: 1000 },
    );
  });
});
