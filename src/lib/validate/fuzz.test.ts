// Whatever an editor writes, the validator answers with findings, never a crash or a stack trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from './index.ts';
import { writeTree } from '../../../test/fixtures/content-tree.ts';

const yamlish = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-zA-Z:{}\[\]\-#'"|>&*!%@` \n\t]{0,80}$/),
  fc.constantFrom('number: [', 'title: {vi: "a"', ': :', '- - -', '&a *a', '? x', 'kind: !!binary x', '\t- tab', '"unclosed', 'a: b\na: c', '*-', '*@', 'a: *b', '&a [*a, *a]'),
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
