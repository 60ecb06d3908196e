// `npm run bench`: the runbook's create-secret against the floor (the same work as one
// straight-line Playwright script), cold and warm, with a fixed latency profile. N pairs of
// floor and cold runs, alternating which goes first, each run on a fresh simulator; a warm run
// after each cold one. Prints the summary and writes BENCHMARKS.md. Loopback only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { startSimulator, type RunningSimulator } from '../simulator/index.ts';
import { clientBundle } from '../simulator/portal/bundle.ts';
import { runAppsBench } from './apps-bench.ts';
import { buildFloor } from './build-floor.ts';
import { measureCliStart } from './cli-start.ts';
import { describeMachine } from './machine.ts';
import { currentLoad, summary, writeBenchmarks } from './report.ts';
import { floorRun, runbookRun, type RunRecord, type RunSetting } from './runs.ts';
import { ms } from './stats.ts';

const argv = await yargs(hideBin(process.argv))
  .scriptName('npm run bench --')
  .option('runs', { type: 'number', default: 5, describe: 'Pairs of floor and cold runs, each followed by a warm run (1–50)' })
  .option('latency', { type: 'number', default: 300, describe: 'Simulated server time per data load and blade, ms' })
  .option('jitter', { type: 'number', default: 0, describe: '± ms around --latency' })
  .option('cli-starts', { type: 'number', default: 9, describe: 'How many `--help` and `node -e ""` starts to time' })
  .option('app', { type: 'string', default: 'Puzzel Office 365 connector', describe: 'The app registration (in the seeded tenant)' })
  .option('out', { type: 'string', default: 'BENCHMARKS.md', describe: 'Where the results go' })
  .option('timeout', { type: 'number', default: 180, describe: 'Seconds before a run is killed (with --apps: per many-apps run, default 3600)' })
  .option('apps', { type: 'number', describe: 'Instead: a many-apps run (create-secret --apps) against the many-apps floor, at --apps-small and at N apps' })
  .option('apps-small', { type: 'number', default: 10, describe: 'With --apps: the small size' })
  .option('tabs', { type: 'number', default: 2, describe: 'With --apps: the floor also in this many tabs at N (1: not)' })
  .strict()
  .parseAsync();
const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
const root = fileURLToPath(new URL('..', import.meta.url));
const log = (text: string) => process.stderr.write(`${text}\n`);

if (argv.apps !== undefined) {
  const ok = await runAppsBench({
    command,
    apps: Math.max(2, Math.floor(argv.apps)),
    small: Math.max(2, Math.floor(argv['apps-small'])),
    tabs: Math.max(1, Math.floor(argv.tabs)),
    latency: argv.latency,
    jitter: argv.jitter,
    timeoutSeconds: process.argv.includes('--timeout') ? argv.timeout : 3600,
    out: resolve(root, argv.out),
    log,
  });
  process.exit(ok ? 0 : 1);
}

const runs = Math.min(50, Math.max(1, Math.floor(argv.runs)));
const options = { runs, latency: argv.latency, jitter: argv.jitter, app: argv.app };

const startedAt = new Date().toISOString();
const started = performance.now();
const machine = describeMachine();
log(`Compiling the floor; timing CLI start (${argv['cli-starts']} × 2)…`);
const floorScript = await buildFloor();
// The simulator bundles its portal code once per process: done here, before anything is timed.
await clientBundle();
const cliStart = await measureCliStart(Math.max(1, Math.floor(argv['cli-starts'])));

const work = await mkdtemp(join(tmpdir(), 'portal-runbook-bench-'));
const records: RunRecord[] = [];
const simulators: RunningSimulator[] = [];
const fresh = async () => {
  const simulator = await startSimulator({ port: 0, latency: argv.latency, jitter: argv.jitter });
  simulators.push(simulator);
  return simulator;
};
const setting = (simulator: RunningSimulator, pair: number, folder: string): RunSetting => ({
  simulator,
  appName: argv.app,
  description: `bench pair ${pair}`,
  pair,
  folder: join(work, folder),
  timeoutMs: argv.timeout * 1000,
});
const done = (record: RunRecord) => {
  records.push(record);
  log(`  ${record.kind.padEnd(7)} ${record.ok ? ms(record.wallMs).padStart(8) : 'FAILED'.padStart(8)}${record.totpWaitMs > 0 ? `  (TOTP wait ${ms(record.totpWaitMs)})` : ''}`);
  if (record.problem) log(record.problem);
};

try {
  for (let pair = 1; pair <= runs; pair += 1) {
    log(`pair ${pair}/${runs}`);
    const coldFolder = `pair-${pair}-runbook`;
    const coldSimulator = await fresh();
    const floor = async () => done(await floorRun(setting(await fresh(), pair, `pair-${pair}-floor`), floorScript));
    let coldRecord: RunRecord | undefined;
    const cold = async () => {
      coldRecord = await runbookRun(setting(coldSimulator, pair, coldFolder), 'cold');
      done(coldRecord);
    };
    if (pair % 2 === 1) {
      await floor();
      await cold();
    } else {
      await cold();
      await floor();
    }
    // Warm: the cold run's simulator, saved sign-in and remembered Application ID.
    if (coldRecord?.ok) done(await runbookRun(setting(coldSimulator, pair, coldFolder), 'warm'));
    // Cold by Application ID, as the floor opens the app: what the runbook adds besides the list search.
    done(await runbookRun(setting(await fresh(), pair, `pair-${pair}-runbook-by-id`), 'cold-id'));
    while (simulators.length > 0) await simulators.pop()!.close();
  }
} finally {
  await Promise.all(simulators.map((simulator) => simulator.close()));
}

const result = {
  command,
  startedAt,
  durationMs: performance.now() - started,
  machine,
  loadAtEnd: currentLoad(),
  options,
  cliStart,
  runs: records,
};
const out = resolve(root, argv.out);
await writeBenchmarks(out, result);
console.log(`\n${summary(result)}\n\nWritten to ${argv.out}.`);
if (records.every((record) => record.ok)) await rm(work, { recursive: true, force: true });
else {
  log(`Folders of the failed runs kept under ${work}`);
  process.exitCode = 1;
}
