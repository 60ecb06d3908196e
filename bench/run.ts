// `npm run bench`: how long create-secret takes against the simulator, step by step, and how
// much memory the runner holds; with --soak, runs under random faults and checks that every
// run either delivered exactly the secret the portal recorded or left the app as it was.
// Bounded: --runs (default 5) against loopback only.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { startSimulator } from '../simulator/index.ts';
import { parseFaults } from '../simulator/options.ts';
import { createSecret } from '../runbooks/create-secret-runbook.ts';
import { parseExpiry } from '../runbooks/expiry.ts';
import { RecordingSteps, type StepRecord } from '../runbooks/steps.ts';
import { RunbookError } from '../runbooks/errors.ts';
import type { CreatedSecret } from '../runbooks/created-secret.ts';
import type { SecretDestination } from '../runbooks/delivery/destination.ts';

const argv = await yargs(hideBin(process.argv))
  .option('runs', { type: 'number', default: 5, describe: 'How many create-secret runs (1–50)' })
  .option('latency', { type: 'number', default: 250 })
  .option('jitter', { type: 'number', default: 150 })
  .option('soak', { type: 'boolean', default: false, describe: 'Draw a random fault for each run' })
  .strict()
  .parseAsync();
const runs = Math.min(50, Math.max(1, Math.floor(argv.runs)));

class MemoryDestination implements SecretDestination {
  readonly label = 'memory';
  secret?: CreatedSecret;
  async preflight(): Promise<void> {}
  async deliver(secret: CreatedSecret): Promise<void> {
    this.secret = secret;
  }
  async confirm(): Promise<void> {}
}

const SOAK_FAULTS = ['', 'add-fail-once', 'session-expire-once', 'slow-blade', 'feedback-bar', 'policy-max-days=30', 'block-secrets', 'secret-limit'];
const APP = 'Puzzel Office 365 connector';
const simulator = await startSimulator({ port: 0, latency: argv.latency, jitter: argv.jitter });
const timings = new Map<string, number[]>();
const outcomes = new Map<string, number>();
let peakRss = 0;
let violations = 0;
const started = performance.now();
const totpMemory = new Map<string, number>();
// Runs after the first reuse the saved sign-in, as a user's repeated runs do.
const stateDir = await mkdtemp(join(tmpdir(), 'bench-'));

try {
  for (let run = 0; run < runs; run += 1) {
    const fault = argv.soak ? SOAK_FAULTS[Math.floor(Math.random() * SOAK_FAULTS.length)]! : '';
    simulator.context.options.faults = parseFaults(fault);
    const app = simulator.context.tenant.apps.find((candidate) => candidate.displayName === APP)!;
    const before = app.secrets.map((secret) => secret.keyId);
    const destination = new MemoryDestination();
    const steps = new RecordingSteps();
    let outcome = 'ok';
    try {
      await createSecret(
        { app: { kind: 'name', displayName: APP }, description: `bench ${run}`, expires: parseExpiry('90d'), navigate: false, dryRun: false },
        {
          account: { portalUrl: simulator.portalUrl, ...simulator.account },
          destinations: [destination],
          steps,
          headed: false,
          totpMemory,
          stateFile: join(stateDir, 'state.json'),
          totpUseLogFile: join(stateDir, 'totp-periods.json'),
        },
      );
    } catch (error) {
      outcome = error instanceof RunbookError ? error.kind : 'crash';
    }
    const added = app.secrets.filter((secret) => !before.includes(secret.keyId));
    const consistent = outcome === 'ok' ? added.length === 1 && added[0]!.value === destination.secret?.value : added.length === 0;
    if (!consistent) violations += 1;
    const key = `${fault || 'no fault'} → ${outcome}${consistent ? '' : ' (INCONSISTENT)'}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    for (const record of steps.records as StepRecord[]) {
      const title = record.title.replace(`bench ${run}`, 'bench N');
      timings.set(title, [...(timings.get(title) ?? []), record.durationMs]);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    process.stderr.write(`run ${run + 1}/${runs}: ${key}\n`);
  }
} finally {
  await simulator.close();
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;
console.log(`\n${runs} runs in ${((performance.now() - started) / 1000).toFixed(1)} s (latency ${argv.latency} ± ${argv.jitter} ms)`);
console.log('step'.padEnd(60), 'median ms'.padStart(10), 'p95 ms'.padStart(10));
for (const [title, values] of timings) {
  console.log(title.slice(0, 60).padEnd(60), String(Math.round(percentile(values, 0.5))).padStart(10), String(Math.round(percentile(values, 0.95))).padStart(10));
}
console.log(`\npeak RSS of the runner: ${(peakRss / 2 ** 20).toFixed(0)} MiB (the browser is a separate process)`);
for (const [key, count] of outcomes) console.log(`${String(count).padStart(3)} × ${key}`);
if (violations > 0) {
  console.log(`${violations} run(s) lost or leaked a secret`);
  process.exitCode = 1;
}
