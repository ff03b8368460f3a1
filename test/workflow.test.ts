// The pull-request workflow runs what the README promises, and pins every action to a commit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './real-content.ts';

const text = readFileSync(join(ROOT, '.github/workflows/pull-request.yml'), 'utf8');
const workflow = parse(text);
const steps: Array<{ uses?: string; run?: string }> = workflow.jobs.check.steps;

describe('.github/workflows/pull-request.yml', () => {
  it('runs on pull requests: install, validate with annotations, test, build, upload dist/', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const runs = steps.map((s) => s.run ?? s.uses!.split('@')[0]).join('\n');
    const order = ['actions/checkout', 'actions/setup-node', 'npm ci', 'npm run validate -- --format github', 'apt-get install -y chromium', 'npm test', 'npm run build', 'actions/upload-artifact'];
    const positions = order.map((s) => runs.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))).toMatchObject({ with: { path: 'dist/' } });
  });

  it('pins every action to a full commit SHA, with its version in a comment', () => {
    const uses = text.split('\n').filter((l) => /^\s*-?\s*uses:/.test(l));
    expect(uses.length).toBe(3);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});
