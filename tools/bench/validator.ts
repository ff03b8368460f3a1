// npm run bench: what checking content costs, against the alternatives. For synthetic registries
// of 1,000 and 10,000 entries (tools/bench/synthetic.ts) it measures, in one run:
//   - our validator, as an editor runs it (`npm run -s validate -- --root <dir>`, npm included),
//     wall time and peak memory, median of 3;
//   - what starlight-links-validator adds to a build of the same pages as plain Markdown: a bare
//     Starlight project built with and without the plugin, and the CPU time spent in the plugin's
//     code within the one build, from a CPU profile;
//   - a fresh Node process that only reads every content file: the floor under any validator;
//   - our full build against that bare Starlight build of the same pages (the cost of everything
//     this site adds: validation, data pages, search index, CSP).
//   --sizes 1000,10000
// BENCH_KEEP=1 keeps the temporary projects. Times depend on the machine and its load.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ROOT,
  astroBuild,
  cleanUp,
  cpuInPackage,
  siteBuild,
  distStats,
  fail,
  markdownTwins,
  measure,
  secs,
  starlightFixture,
  syntheticProject,
  table,
  tempDir,
  type Measured,
} from './lib.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

/** A fresh Node process that lists and reads every file under a folder, and does nothing with them. */
const READ_EVERY_FILE = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : readFileSync(join(d, e.name), 'utf8'); };
walk(process.argv[1]);`;
const mbOf = (m: Measured) => `${m.peakMb.toFixed(0)} MB`;

interface Result {
  size: number;
  pages: number;
  validator: Measured[];
  ours: Measured;
  bare: Measured;
  withLinks: Measured;
  linkErrors: string;
  /** CPU time in starlight-links-validator's code during its build, from a profile. */
  slvCpu: number;
  /** Starting Node and reading every content file, nothing else: what any validator pays. */
  floor: Measured;
}
const results: Result[] = [];
const startLoad = loadavg()[0];
console.error(
  `bench on ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

for (const size of sizes) {
  const { dir, result } = syntheticProject(size);
  console.error(`${size} entries (${result.pages} MDX files): validator…`);
  const validator: Measured[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await measure('npm', ['run', '-s', 'validate', '--', '--root', dir], { cwd: ROOT });
    if (run.code !== 0) fail('the validator', run);
    validator.push(run);
  }
  console.error(`  validator: ${validator.map((v) => secs(v.ms)).join(', ')}`);
  const floor = await measure(process.execPath, ['-e', READ_EVERY_FILE, join(dir, 'content')], { cwd: ROOT });
  if (floor.code !== 0) fail('reading the files', floor);

  console.error('  our full build…');
  const ours = await siteBuild(dir);
  if (ours.code !== 0) fail(`our ${size}-entry build`, ours);
  const pages = distStats(join(dir, 'dist')).pages;
  console.error(`  our build: ${secs(ours.ms)}, ${pages} pages`);
  const twins = markdownTwins(join(dir, 'content'));
  cleanUp(dir);

  const bareDir = starlightFixture(twins, { sidebar: 'sections' });
  console.error(`  bare Starlight, ${twins.size} Markdown pages…`);
  const bare = await astroBuild(bareDir);
  if (bare.code !== 0) fail('bare Starlight', bare);
  console.error(`  bare: ${secs(bare.ms)}`);
  cleanUp(bareDir);

  const slvDir = starlightFixture(twins, { sidebar: 'sections', linksValidator: true });
  console.error('  bare Starlight with starlight-links-validator, under a CPU profile…');
  // Two builds of 19,000 pages differ by more than a minute from run to run here, so their
  // difference says little. The profile tells, within this one build, how much CPU time went to
  // the plugin's own code and what it called: collecting links and headings while each page
  // renders, then checking them all once the pages are built.
  const profiles = tempDir('slv-profile');
  const withLinks = await astroBuild(slvDir, join(slvDir, 'dist'), ['--cpu-prof', '--cpu-prof-dir', profiles]);
  if (withLinks.code !== 0) fail('bare Starlight with starlight-links-validator', withLinks);
  const slvCpu = cpuInPackage(profiles, 'starlight-links-validator');
  // What it reported: the pages our components fill (anchors such as #chuoi-thay-the) and our
  // generated files (/data/…) are not in the Markdown copy, so it flags a few links to them.
  const plain = withLinks.output.replace(/\x1b\[[0-9;]*m/g, '');
  const linkErrors = plain.match(/Found (\d+) invalid links?/)?.[1] ?? (/links are valid/i.test(plain) ? '0' : '?');
  console.error(
    `  with links validator: ${secs(withLinks.ms)} (${linkErrors} links flagged; CPU time in its code ${secs(slvCpu)})`,
  );
  cleanUp(slvDir, profiles);

  results.push({ size, pages, validator, floor, ours, bare, withLinks, linkErrors, slvCpu });
}

const median = (runs: Measured[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
console.log(`\nChecking content and building, ${cpus().length} cores, load at start ${startLoad.toFixed(1)}\n`);
console.log(
  table(
    [
      'entries',
      'our validator (median of 3)',
      'validator peak RSS',
      'Node reading every file, nothing else',
      'build with starlight-links-validator − without',
      'CPU time in its code, same build',
      'that ÷ our validator',
    ],
    results.map((r) => {
      const v = median(r.validator);
      const adds = r.withLinks.ms - r.bare.ms;
      return [
        String(r.size),
        `${secs(v.ms)} (${r.validator.map((x) => secs(x.ms)).join(', ')})`,
        `${Math.max(...r.validator.map((x) => x.peakMb)).toFixed(0)} MB`,
        secs(r.floor.ms),
        `${secs(adds)} (${secs(r.bare.ms)} → ${secs(r.withLinks.ms)}, ${r.linkErrors} links flagged)`,
        secs(r.slvCpu),
        `${(r.slvCpu / v.ms).toFixed(1)}×`,
      ];
    }),
  ),
);
console.log('');
console.log(
  table(
    [
      'entries',
      'pages',
      'our full build',
      'peak RSS',
      'bare Starlight, same pages as Markdown',
      'peak RSS',
      'ours ÷ bare',
    ],
    results.map((r) => [
      String(r.size),
      String(r.pages),
      secs(r.ours.ms),
      mbOf(r.ours),
      secs(r.bare.ms),
      mbOf(r.bare),
      `${(r.ours.ms / r.bare.ms).toFixed(2)}×`,
    ]),
  ),
);

const big = results.find((r) => r.size === 10000);
if (big) {
  const v = median(big.validator);
  const peak = Math.max(...big.validator.map((x) => x.peakMb));
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\nTargets at 10,000 entries');
  console.log(
    table(
      ['target', 'measured', ''],
      [
        ['validator < 2 s', secs(v.ms), check(v.ms < 2000)],
        ['validator < 500 MB', `${peak.toFixed(0)} MB`, check(peak < 500)],
        // Ten times less than the plugin's CPU time would be under the time Node takes to start and
        // read the files; the row says so rather than hide it.
        [
          `validator ≥ 10× faster than what starlight-links-validator adds (CPU time in its code; 10× means ≤ ${secs(big.slvCpu / 10)}, and reading the files alone takes ${secs(big.floor.ms)})`,
          `${(big.slvCpu / v.ms).toFixed(1)}×`,
          check(big.slvCpu >= 10 * v.ms),
        ],
        [
          'our build ≤ 1.3× bare Starlight',
          `${(big.ours.ms / big.bare.ms).toFixed(2)}×`,
          check(big.ours.ms <= 1.3 * big.bare.ms),
        ],
      ],
    ),
  );
}
