// npm run bench:build: how the full build (validation, pages, search index) grows with the
// registry. Builds the real site, then synthetic registries of 1,000 and 10,000 entries (the
// real content plus generated entries and pages, tools/bench/synthetic.ts), and a stock Starlight
// site of as many Markdown pages as ours at 1,000 entries, with Starlight's default sidebar.
// Prints wall time, peak memory of the build's process tree, pages, dist/ size, the heaviest
// page and the largest index page.
//   --sizes 1000,10000   registry sizes to build
//   --no-stock           skip the stock Starlight comparison
// BENCH_KEEP=1 keeps the temporary projects. Times depend on the machine and its load.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpSync, existsSync } from 'node:fs';
import {
  ROOT,
  astroBuild,
  cleanUp,
  siteBuild,
  distStats,
  fail,
  kb,
  markdownTwins,
  mb,
  secs,
  starlightFixture,
  syntheticProject,
  table,
  tempDir,
  type DistStats,
  type Measured,
} from './lib.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'no-stock': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

interface Row {
  label: string;
  entries: string;
  run: Measured;
  stats: DistStats;
}
const rows: Row[] = [];
const report = (row: Row) => {
  rows.push(row);
  const { run, stats } = row;
  console.error(`  ${row.label}: ${secs(run.ms)}, peak ${run.peakMb.toFixed(0)} MB, ${stats.pages} pages`);
};

console.error(
  `bench:build on ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

// The site as it is today.
{
  const dir = tempDir('bench-real');
  for (const item of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  console.error('building the real site…');
  const run = await siteBuild(dir);
  if (run.code !== 0) fail('the real site', run);
  report({ label: 'this site, real content', entries: 'real', run, stats: distStats(join(dir, 'dist')) });
  cleanUp(dir);
}

let stockPages: Map<string, string> | undefined;
for (const size of sizes) {
  const { dir, result } = syntheticProject(size);
  console.error(`building ${size} entries (${result.pages} MDX files)…`);
  const run = await siteBuild(dir);
  if (run.code !== 0) fail(`the ${size}-entry site`, run);
  report({
    label: `this site, ${size} entries`,
    entries: String(result.entries),
    run,
    stats: distStats(join(dir, 'dist')),
  });
  if (size === 1000 && !values['no-stock']) stockPages = markdownTwins(join(dir, 'content'));
  cleanUp(dir);
}

if (stockPages) {
  const dir = starlightFixture(stockPages, { sidebar: 'autogenerate' });
  console.error(`building stock Starlight, ${stockPages.size} Markdown pages, default sidebar…`);
  const run = await astroBuild(dir);
  if (run.code !== 0) fail('stock Starlight', run);
  report({
    label: 'stock Starlight, 1000 entries as Markdown',
    entries: '1000',
    run,
    stats: distStats(join(dir, 'dist')),
  });
  cleanUp(dir);
}

console.log(
  `\nFull build (validation, pages, search index); ${cpus().length} cores, load at start ${loadavg()[0].toFixed(1)}\n`,
);
console.log(
  table(
    [
      'build',
      'entries',
      'pages',
      'wall time',
      'peak RSS',
      'dist/',
      'heaviest page (raw / gz)',
      'largest index page (gz)',
    ],
    rows.map(({ label, entries, run, stats }) => [
      label,
      entries,
      String(stats.pages),
      secs(run.ms),
      `${run.peakMb.toFixed(0)} MB`,
      mb(stats.bytes),
      `${kb(stats.heaviest.raw)} / ${kb(stats.heaviest.gz)} ${stats.heaviest.path}`,
      stats.indexes[0] ? `${kb(stats.indexes[0].gz)} ${stats.indexes[0].path}` : '-',
    ]),
  ),
);

const at = (n: number) => rows.find((r) => r.label === `this site, ${n} entries`);
const big = at(10000);
const small = at(1000);
if (big) {
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\nTargets at 10,000 entries');
  const lines: string[][] = [
    ['wall time ≤ 150 s', secs(big.run.ms), check(big.run.ms <= 150_000)],
    ['peak memory ≤ 2 GB', `${big.run.peakMb.toFixed(0)} MB`, check(big.run.peakMb <= 2048)],
    [
      'largest index page < 100 kB gzipped',
      big.stats.indexes[0] ? kb(big.stats.indexes[0].gz) : '-',
      check((big.stats.indexes[0]?.gz ?? 0) < 100 * 1024),
    ],
  ];
  if (small)
    lines.push([
      'time(10k) / time(1k) ≤ 12',
      (big.run.ms / small.run.ms).toFixed(1),
      check(big.run.ms / small.run.ms <= 12),
    ]);
  console.log(table(['target', 'measured', ''], lines));
}
