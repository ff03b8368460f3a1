// npm run bench: what checking content costs, against the alternatives. For synthetic registries
// of 1,000 and 10,000 entries (src/lib/synthetic.ts) it measures, in one run:
//   - our validator, run as `npm run validate` runs it (its command in package.json, with --root
//     <dir>), wall time and peak memory, median of 3;
//   - what starlight-links-validator adds to a build of the same pages as plain Markdown (a bare
//     Starlight project built with and without the plugin);
//   - our full build against that bare Starlight build of the same pages (the cost of everything
//     this site adds: validation, data pages, search adapter, CSP).
//   --sizes 1000,10000
// BENCH_KEEP=1 keeps the temporary projects. Times depend on the machine and its load.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ROOT, astroBuild, cleanUp, siteBuild, stepMs, distStats, fail, markdownTwins, measure, secs, starlightFixture, syntheticProject, table, tempDir,
  type Measured,
} from './bench-lib.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);

/** `npm run validate`'s command, with our Node: "node --flag scripts/validate.ts" → [--flag, /…/scripts/validate.ts]. */
function validateCommand(): string[] {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.validate;
  const [program, ...args] = script.split(/\s+/);
  if (program !== 'node') throw new Error(`npm run validate runs "${script}": the benchmark expects "node …"`);
  return args.map((a) => (a.endsWith('.ts') ? join(ROOT, a) : a));
}
const mbOf = (m: Measured) => `${m.peakMb.toFixed(0)} MB`;

interface Result {
  size: number;
  pages: number;
  validator: Measured[];
  coldValidator: Measured;
  ours: Measured;
  bare: Measured;
  withLinks: Measured;
  linkErrors: string;
  slvStep: number | undefined;
}
const results: Result[] = [];
const startLoad = loadavg()[0]!;
console.error(`bench on ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

for (const size of sizes) {
  const { dir, result } = syntheticProject(size);
  console.error(`${size} entries (${result.pages} MDX files): validator…`);
  // The validator keeps Node's compile cache (scripts/validate.ts). A first run with an empty
  // cache is timed on its own; the median is of the three runs after it, as an editor runs it.
  const cache = tempDir('compile-cache');
  const runValidator = async () => {
    const run = await measure(process.execPath, [...validateCommand(), '--root', dir], { cwd: ROOT, env: { NODE_COMPILE_CACHE: cache } });
    if (run.code !== 0) fail('the validator', run);
    return run;
  };
  const coldValidator = await runValidator();
  const validator: Measured[] = [];
  for (let i = 0; i < 3; i++) validator.push(await runValidator());
  cleanUp(cache);
  console.error(`  validator: first run ${secs(coldValidator.ms)}, then ${validator.map((v) => secs(v.ms)).join(', ')}`);

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
  console.error('  bare Starlight with starlight-links-validator…');
  const withLinks = await astroBuild(slvDir);
  if (withLinks.code !== 0) fail('bare Starlight with starlight-links-validator', withLinks);
  // What it reported: the pages our components fill (anchors such as #chuoi-thay-the) and our
  // generated files (/data/…) are not in the Markdown copy, so it flags a few links to them.
  const plain = withLinks.output.replace(/\x1b\[[0-9;]*m/g, '');
  const linkErrors = plain.match(/Found (\d+) invalid links?/)?.[1] ?? (/links are valid/i.test(plain) ? '0' : '?');
  // Its own step after the pages are built, timed from its log: a floor for what it adds, read
  // within one build (two builds of 19,000 pages differ by more than a minute from run to run).
  const slvStep = stepMs(withLinks, /validating links/, /links are valid|invalid links?/i);
  console.error(`  with links validator: ${secs(withLinks.ms)} (${linkErrors} links flagged; its validation step ${slvStep === undefined ? '?' : secs(slvStep)})`);
  cleanUp(slvDir);

  results.push({ size, pages, validator, coldValidator, ours, bare, withLinks, linkErrors, slvStep });
}

const median = (runs: Measured[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
console.log(`\nChecking content and building, ${cpus().length} cores, load at start ${startLoad.toFixed(1)}\n`);
console.log(table(
  ['entries', 'our validator (median of 3)', 'first run, empty compile cache', 'validator peak RSS', 'build with starlight-links-validator − without', 'its validation step', 'step ÷ validator'],
  results.map((r) => {
    const v = median(r.validator);
    const adds = r.withLinks.ms - r.bare.ms;
    return [
      String(r.size),
      `${secs(v.ms)} (${r.validator.map((x) => secs(x.ms)).join(', ')})`,
      secs(r.coldValidator.ms),
      `${Math.max(...r.validator.map((x) => x.peakMb)).toFixed(0)} MB`,
      `${secs(adds)} (${secs(r.bare.ms)} → ${secs(r.withLinks.ms)}, ${r.linkErrors} links flagged)`,
      r.slvStep === undefined ? '?' : secs(r.slvStep),
      r.slvStep === undefined ? '?' : `${(r.slvStep / v.ms).toFixed(1)}×`,
    ];
  }),
));
console.log('');
console.log(table(
  ['entries', 'pages', 'our full build', 'peak RSS', 'bare Starlight, same pages as Markdown', 'peak RSS', 'ours ÷ bare'],
  results.map((r) => [String(r.size), String(r.pages), secs(r.ours.ms), mbOf(r.ours), secs(r.bare.ms), mbOf(r.bare), `${(r.ours.ms / r.bare.ms).toFixed(2)}×`]),
));

const big = results.find((r) => r.size === 10000);
if (big) {
  const v = median(big.validator);
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\nTargets at 10,000 entries');
  console.log(table(['target', 'measured', ''], [
    ['validator < 2 s', secs(v.ms), check(v.ms < 2000)],
    ['validator < 500 MB', `${Math.max(...big.validator.map((x) => x.peakMb)).toFixed(0)} MB`, check(Math.max(...big.validator.map((x) => x.peakMb)) < 500)],
    // Its validation step alone is a floor for what the plugin adds (it also collects links and
    // headings while every page renders); the difference of two builds is the whole, but noisy.
    ['validator ≥ 10× faster than what starlight-links-validator adds (its validation step alone)', big.slvStep === undefined ? '?' : `${(big.slvStep / v.ms).toFixed(1)}×`, check(big.slvStep !== undefined && big.slvStep >= 10 * v.ms)],
    ['our build ≤ 1.3× bare Starlight', `${(big.ours.ms / big.bare.ms).toFixed(2)}×`, check(big.ours.ms <= 1.3 * big.bare.ms)],
  ]));
}
