// `npm run soak -- --runs N --seed S`: create-secret through the CLI, N times, against one simulator,
// each run under a drawn fault or variant, each judged against the simulator's record. Prints the
// counts and the exit-code histogram; exits 1 when any run was lost, leaked, orphaned, crashed or
// unexpected. See scripts/soak/soak.ts. `--apps-files K` also runs K apps files (`create-secret
// --apps`) with drawn per-app failures, each judged row by row (scripts/soak/apps-soak.ts).
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { runAppsSoak } from './soak/apps-soak.ts';
import { runSoak } from './soak/soak.ts';
import { SCENARIOS, type ScenarioName } from './soak/plan.ts';
import { summaryLines } from './soak/summary.ts';
import { DEMO_ACCOUNTS } from '../simulator/state.ts';

const flags = await yargs(hideBin(process.argv))
  .scriptName('npm run soak --')
  .usage('$0 [--runs N] [--seed S] [--only K] [--scenarios a,b] [--accounts N] [--latency-min MS] [--latency-max MS] [--keep]')
  .option('runs', { type: 'number', default: 200, describe: 'How many create-secret runs' })
  .option('seed', { type: 'number', describe: 'Seed of the draw (printed by every soak); default: a new one' })
  .option('only', { type: 'number', describe: 'Run only run K of the drawn soak (it starts without a saved sign-in)' })
  .option('scenarios', { type: 'string', describe: `Draw only these (comma-separated): ${SCENARIOS.join(', ')}` })
  .option('accounts', { type: 'number', default: DEMO_ACCOUNTS.length, describe: 'Spread runs over this many demo accounts' })
  .option('latency-min', { type: 'number', default: 0, describe: 'Lowest latency drawn (ms); jitter is drawn up to half the latency' })
  .option('latency-max', { type: 'number', default: 300, describe: 'Highest latency drawn (ms)' })
  .option('apps-files', { type: 'number', default: 0, describe: 'Also run this many apps files (create-secret --apps), each with drawn per-app failures' })
  .option('apps-size', { type: 'number', default: 12, describe: 'Rows per apps file' })
  .option('keep', { type: 'boolean', default: false, describe: "Keep the soak's folder (each run's output, reports) even when all went well" })
  .check((argv) => {
    if (!Number.isInteger(argv.runs) || argv.runs < 0) throw new Error('--runs must be a whole number ≥ 0 (0: apps files only)');
    if (!Number.isInteger(argv['apps-files']) || argv['apps-files'] < 0 || !Number.isInteger(argv['apps-size']) || argv['apps-size'] < 1) throw new Error('--apps-files must be a whole number ≥ 0, --apps-size ≥ 1');
    if (argv.seed !== undefined && (!Number.isInteger(argv.seed) || argv.seed < 0)) throw new Error('--seed must be a whole number ≥ 0');
    if (argv.only !== undefined && (!Number.isInteger(argv.only) || argv.only < 1 || argv.only > argv.runs)) throw new Error('--only must be a run number from 1 to --runs');
    if (!Number.isInteger(argv.accounts) || argv.accounts < 1 || argv.accounts > DEMO_ACCOUNTS.length) throw new Error(`--accounts must be 1 to ${DEMO_ACCOUNTS.length}`);
    if (!(argv['latency-min'] >= 0 && argv['latency-max'] >= argv['latency-min'])) throw new Error('--latency-min must be ≥ 0 and ≤ --latency-max');
    const unknown = (argv.scenarios ?? '').split(',').filter((name) => name && !SCENARIOS.includes(name as ScenarioName));
    if (unknown.length > 0) throw new Error(`--scenarios: unknown ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}`);
    return true;
  })
  .strict()
  .exitProcess(false)
  .fail((message, error) => {
    process.stderr.write(`error: ${message ?? error?.message}\n`);
    process.exit(2);
  })
  .parseAsync();

const seed = flags.seed ?? Math.floor(Math.random() * 1_000_000);
const scenarios = flags.scenarios ? (flags.scenarios.split(',').filter(Boolean) as ScenarioName[]) : undefined;
const extra = [
  ...(flags.accounts !== DEMO_ACCOUNTS.length ? ['--accounts', String(flags.accounts)] : []),
  ...(flags['latency-min'] !== 0 ? ['--latency-min', String(flags['latency-min'])] : []),
  ...(flags['latency-max'] !== 300 ? ['--latency-max', String(flags['latency-max'])] : []),
  ...(scenarios ? ['--scenarios', scenarios.join(',')] : []),
  ...(flags['apps-files'] > 0 ? ['--apps-files', String(flags['apps-files']), '--apps-size', String(flags['apps-size'])] : []),
];
/** The apps files' portal: quick (a file is many apps), not instant (a load still takes its turn). */
const APPS_FILE_LATENCY = 50;
process.stderr.write(`Soak: ${flags.only ? `run ${flags.only} of ` : ''}${flags.runs} create-secret run(s), seed ${seed} (replay: npm run soak -- --runs ${flags.runs} --seed ${seed}${extra.length ? ` ${extra.join(' ')}` : ''})\n`);

// Ctrl+C reaches the run under way too (it finishes safely, as a user's would); the soak stops after it.
let stop = false;
process.on('SIGINT', () => {
  if (!stop) process.stderr.write('\nInterrupted: stopping after the run under way…\n');
  stop = true;
});

const result = flags.runs === 0 ? undefined : await runSoak({
  seed,
  runs: flags.runs,
  only: flags.only,
  scenarios,
  accounts: flags.accounts,
  latency: { min: flags['latency-min'], max: flags['latency-max'] },
  keep: flags.keep,
  log: (line) => process.stderr.write(`${line}\n`),
  stopRequested: () => stop,
});
if (result) process.stdout.write(`${summaryLines(result, { runs: flags.runs, extra }).join('\n')}\n`);
let appsFailures = 0;
if (flags['apps-files'] > 0 && !stop) {
  process.stderr.write(`Apps files: ${flags['apps-files']} of ${flags['apps-size']} rows, seed ${seed}\n`);
  const apps = await runAppsSoak({ seed, files: flags['apps-files'], size: flags['apps-size'], latency: APPS_FILE_LATENCY, keep: flags.keep, log: (line) => process.stderr.write(`${line}\n`) });
  appsFailures = apps.failures;
  process.stdout.write(`\nApps files: ${apps.runs.length - apps.failures} of ${apps.runs.length} with nothing lost, leaked, orphaned or unexpected${apps.failures > 0 ? `; the failed files' folders are under ${apps.root}` : ''}\n`);
}
process.exitCode = (result?.failures ?? 0) + appsFailures > 0 ? 1 : 0;
