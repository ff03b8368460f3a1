// The workflows run what the README promises, pin every action to a commit, and give each job only
// the permissions it needs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './real-content.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const DIR = join(ROOT, '.github/workflows');
const read = (file: string) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  return { text, workflow: parse(text) };
};
/** The steps as one text, each by its command or its action, to check their order. */
const outline = (steps: Step[]) => steps.map((s) => s.run ?? s.uses!.split('@')[0]).join('\n');
function inOrder(steps: Step[], order: string[]) {
  const positions = order.map((s) => outline(steps).indexOf(s));
  expect(
    positions.every((p) => p >= 0),
    order.filter((_, i) => positions[i] < 0).join(', '),
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('.github/workflows/pull-request.yml', () => {
  const { workflow } = read('pull-request.yml');
  const steps: Step[] = workflow.jobs.check.steps;

  it('runs on pull requests: install, validate with annotations, test, build, upload dist/', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    inOrder(steps, [
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'npm run validate -- --format github',
      'apt-get install -y chromium',
      'npm test',
      'npm run build',
      'actions/upload-artifact',
    ]);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))).toMatchObject({ with: { path: 'dist/' } });
  });

  it('installs nginx for the hosting test', () => {
    expect(steps.find((s) => s.run?.includes('apt-get install'))?.run).toMatch(/apt-get install -y .*\bnginx\b/);
  });

  it('may only read the repository', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});

describe('.github/workflows/deploy.yml', () => {
  const { workflow } = read('deploy.yml');
  const { build, deploy } = workflow.jobs;

  it('builds main for publishing, at the address GitHub Pages gives, and deploys it', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    inOrder(build.steps, [
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'actions/configure-pages',
      'npm run build:publish',
      'actions/upload-pages-artifact',
    ]);
    const pages = build.steps.find((s: Step) => s.uses?.startsWith('actions/configure-pages'));
    const buildStep = build.steps.find((s: Step) => s.run === 'npm run build:publish');
    expect(buildStep.env.SITE_URL).toBe(`\${{ steps.${pages.id}.outputs.base_url }}`);
    expect(build.steps.find((s: Step) => s.uses?.startsWith('actions/upload-pages-artifact'))).toMatchObject({
      with: { path: 'dist/' },
    });
    expect(deploy.needs).toBe('build');
    expect(deploy.environment.name).toBe('github-pages');
    expect(outline(deploy.steps)).toBe('actions/deploy-pages');
  });

  it('grants nothing by default, and each job only what it needs: writing to Pages only to the deploy job', () => {
    expect(workflow.permissions).toEqual({});
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('never cancels a deployment under way', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
});

describe('every workflow', () => {
  const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
  const pins = new Map<string, Set<string>>();

  it.each(files)('%s pins every action to a full commit SHA, with its version in a comment', (file) => {
    const uses = read(file)
      .text.split('\n')
      .filter((l) => /^\s*-?\s*uses:/.test(l));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      const [, action, sha] = /uses: ([\w./-]+)@([0-9a-f]{40})/.exec(line)!;
      pins.set(action, (pins.get(action) ?? new Set()).add(sha));
    }
  });

  it('pins an action to the same commit wherever it is used', () => {
    expect([...pins].filter(([, shas]) => shas.size > 1).map(([action]) => action)).toEqual([]);
  });
});
