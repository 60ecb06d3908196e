// The fault soak in `npm test`: 16 create-secret runs through the CLI, in four shares that test
// workers run side by side (each share against a simulator of its own), each run under a drawn fault or variant (failed Adds, sessions ending, overlays, policy caps, frames,
// Ctrl+C and a killed browser at a drawn step line, unwritable destinations), each judged against
// the simulator's record. Nothing may be lost, leaked, orphaned or crashed. The seed is in the
// test's annotations and output; replay with SOAK_SEED=S, or `npm run soak` with the printed flags.
import { test, expect } from '@playwright/test';
import { runSoak, type SoakResult } from '../../scripts/soak/soak.ts';
import { summaryLines } from '../../scripts/soak/summary.ts';

const RUNS = 8;
// Fast portal, four accounts: most runs reuse a saved sign-in and none waits for an authenticator period.
const LATENCY = { min: 0, max: 120 };
const ACCOUNTS = 4;

/** The soak's runs, in shares that the test workers run side by side (each on a simulator of its own). */
const SHARES = 4;

/** SOAK_SEED replays a soak; otherwise playwright.config.ts draws one per test run, the same for every worker. */
function soakSeed(): number {
  return Number(process.env.SOAK_SEED ?? 1);
}

/** Runs whose verdict disagrees with their exit code or with what their fault leads to. */
function inconsistentRuns(result: SoakResult): string[] {
  const consistent = ({ code, plan, verdict }: SoakResult['runs'][number]) =>
    verdict.problems.length === 0 &&
    !!verdict.outcome &&
    plan.expectedExits.includes(code!) &&
    (verdict.outcome === 'delivered') === (code === 0);
  return result.runs
    .filter((run) => !run.skipped && !consistent(run))
    .map((run) => `run ${run.plan.index}: exit ${run.code ?? run.signal}, ${run.verdict.outcome ?? 'no outcome'} ${run.verdict.problems.join(' ')}`);
}

const seed = soakSeed();
const replay = `npm run soak -- --runs ${RUNS} --seed ${seed} --accounts ${ACCOUNTS} --latency-max ${LATENCY.max}`;

test.describe(`${RUNS} soak runs through the CLI, seed ${seed}: nothing lost, leaked, orphaned or crashed`, () => {
  const size = Math.ceil(RUNS / SHARES);
  for (let first = 1; first <= RUNS; first += size) {
    const last = Math.min(RUNS, first + size - 1);

    test(`runs ${first}-${last}`, async () => {
      // Each run is a whole CLI run on a 2-core machine; the soak's own guard ends a hung run after 3 min.
      test.setTimeout(15 * 60_000);
      test.info().annotations.push({ type: 'seed', description: `${seed} (replay: ${replay}, or SOAK_SEED=${seed})` });
      process.stdout.write(`soak seed ${seed}, runs ${first}-${last} — replay: ${replay}\n`);

      const result = await runSoak({
        seed,
        runs: RUNS,
        share: { first, last },
        latency: LATENCY,
        accounts: ACCOUNTS,
        guardMs: 3 * 60_000,
        log: (line) => process.stdout.write(`${line}\n`),
      });
      const summary = summaryLines(result, { runs: RUNS, extra: ['--accounts', String(ACCOUNTS), '--latency-max', String(LATENCY.max)] }).join('\n');
      await test.info().attach('soak summary', { body: summary, contentType: 'text/plain' });

      // Each run's verdict agrees with its exit code and with what its fault leads to.
      expect(inconsistentRuns(result), summary).toEqual([]);
      expect({ lost: result.counts.lost, leaked: result.counts.leaked, orphaned: result.counts.orphaned, crashed: result.counts.crashed }, summary).toEqual({
        lost: 0,
        leaked: 0,
        orphaned: 0,
        crashed: 0,
      });
      expect(result.runs.map((run) => run.plan.index), summary).toEqual(Array.from({ length: last - first + 1 }, (_, index) => first + index));
      // The step lines Ctrl+C and the browser kill wait for are the ones the CLI prints.
      expect(result.runs.flatMap((run) => run.missingStepLines), summary).toEqual([]);
    });
  }
});
