// create-secret, as a user runs it, across a seeded sample of the portal renderings the reference
// allows. Each combination asserts against the simulator's own record: the delivered value is the
// recorded one, exactly one secret was added (or none, when the portal refused), none orphaned,
// and the value went nowhere else. Replay a failure with `npm run matrix -- --seed N`.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecretRun, createSecretRunWithApps, isoDay, type OtherApp } from '../support/create-secret-run.ts';
import { argsOf, combinationAt, configOf, describeCombination, exitCodeOf, expectedOutcome, productSize, sample, type Combination, type Outcome } from './variants.ts';
import { matrixSelection } from './selection.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { SimulatorAdmin } from '../support/simulator-admin.ts';

const APP = 'Puzzel Office 365 connector';

/** An expiry the combination's portal offers, varied by the combination's index; `custom`: an end date (Custom's boxes). */
function expiryFor(combination: Combination): { flag: string; end: string; custom: boolean } {
  const today = new Date();
  const inDays = (days: number) => ({ flag: `${days}d`, end: isoDay(days, today), custom: false });
  if (combination.ui.name === '2019') {
    const years = 1 + (combination.index % 2);
    const end = new Date(today);
    end.setUTCFullYear(end.getUTCFullYear() + years);
    return { flag: `${years}y`, end: end.toISOString().slice(0, 10), custom: false };
  }
  const custom = { flag: isoDay(200, today), end: isoDay(200, today), custom: true };
  if (combination.ui.name.includes('months')) {
    const inMonths = (months: number) => {
      const end = new Date(today);
      end.setUTCMonth(end.getUTCMonth() + months);
      return { flag: `${months}m`, end: end.toISOString().slice(0, 10), custom: false };
    };
    return [inMonths(6), inMonths(3), inMonths(12), inMonths(18), inMonths(24), custom][combination.index % 6]!;
  }
  const choices = [inDays(180), inDays(90), inDays(365), inDays(545), inDays(730), custom];
  return choices[combination.index % choices.length]!;
}

/** One run of the command with the combination's route and an expiry its portal offers. */
async function runCombination(simulator: RunningSimulator, admin: SimulatorAdmin, combination: Combination) {
  test.info().annotations.push({ type: 'combination', description: `${combination.index}: ${describeCombination(combination)}` });
  const expiry = expiryFor(combination);
  const args = ['--description', `matrix ${combination.index}`, '--expires', expiry.flag, ...argsOf(combination)];
  const { moreApps } = combination.apps as { moreApps?: readonly string[] };
  const run = moreApps ? await createSecretRunWithApps(simulator, admin, APP, moreApps, args) : { ...(await createSecretRun(simulator, admin, APP, args)), others: [] as OtherApp[] };
  const added = run.after.filter((secret) => !run.before.some((old) => old.keyId === secret.keyId));
  const exit = exitCodeOf(expectedOutcome(combination, expiry), combination);
  return { ...run, added, expiry, exit, context: `seed ${selection.seed}, combination #${combination.index}\n${run.stderr}` };
}

/** An app after the first in the file: exactly one new secret, and its file holds that value. */
async function deliveredAsRecorded(other: OtherApp): Promise<string> {
  const added = other.after.filter((secret) => !other.before.some((old) => old.keyId === secret.keyId));
  if (added.length !== 1) return `${other.name}: ${added.length} new secrets`;
  const value = (JSON.parse(await readFile(other.output, 'utf8')) as { value: string }).value;
  return value === added[0]!.value ? `${other.name}: delivered as recorded` : `${other.name}: the file holds another value`;
}

const selection = matrixSelection(productSize());
const combinations = selection.all ? Array.from({ length: productSize() }, (_, index) => combinationAt(index)) : sample(selection.seed, selection.count);

test.describe(`variant matrix, seed ${selection.seed} (replay: npm run matrix -- --seed ${selection.seed})`, () => {
  for (const combination of combinations) {
    test.describe(`#${combination.index} ${describeCombination(combination)}`, () => {
      test.use({ simulatorConfig: configOf(combination) });

      const outcome: Outcome = expectedOutcome(combination, expiryFor(combination));
      if (outcome === 'refused') {
        test('the portal refuses Add: exit 5 (12 in a file), nothing added', async ({ simulator, admin }) => {
          test.setTimeout(180_000);
          const run = await runCombination(simulator, admin, combination);
          expect(run.code, run.context).toBe(run.exit);
          expect(run.added, run.context).toHaveLength(0);
          expect(run.after, run.context).toHaveLength(run.before.length);
          expect(await Promise.all(run.others.map(deliveredAsRecorded)), run.context).toEqual(run.others.map(({ name }) => `${name}: delivered as recorded`));
        });
      } else if (outcome === 'end date read two ways') {
        test('nothing tells how the end date reads: exit 1 (13 in a file), what Add created deleted, nothing left', async ({ simulator, admin }) => {
          test.setTimeout(180_000);
          const run = await runCombination(simulator, admin, combination);
          expect(run.code, run.context).toBe(run.exit);
          expect(run.stderr).toMatch(/read day first or .* read month first[\s\S]*The secret this run added was deleted from the portal/);
          expect(run.added, run.context).toHaveLength(0);
          expect(run.after, run.context).toHaveLength(run.before.length);
          for (const value of await admin.issuedValues()) expect(await run.leaks(value)).toEqual([]);
          // In a file, the apps after it fared the same: nothing left behind.
          expect(run.others.map(({ name, before, after }) => `${name}: ${after.length - before.length} left`)).toEqual(run.others.map(({ name }) => `${name}: 0 left`));
        });
      } else if (outcome === 'custom date not typed') {
        test('nothing tells how to type the Custom date: exit 2 (13 in a file) before Add, nothing added', async ({ simulator, admin }) => {
          test.setTimeout(180_000);
          const run = await runCombination(simulator, admin, combination);
          expect(run.code, run.context).toBe(run.exit);
          expect(run.stderr).toContain('cannot be typed into the Custom');
          expect(run.after, run.context).toEqual(run.before);
        });
      } else {
        test('hands over the recorded value, nothing lost, nothing left behind', async ({ simulator, admin }) => {
          // Slow latency on slow blades with a re-sign-in is minutes of the portal's own time, not ours.
          test.setTimeout(180_000);
          const run = await runCombination(simulator, admin, combination);
          expect(run.code, run.context).toBe(run.exit);
          expect(run.added, run.context).toHaveLength(1);
          expect(run.after, run.context).toHaveLength(run.before.length + 1);
          const recorded = run.added[0]!;
          const delivered = await run.document();
          expect(delivered.value).toBe(recorded.value);
          expect(delivered.secretId).toBe(combination.ui.name === '2019' ? null : recorded.keyId);
          expect(recorded.displayName).toBe(`matrix ${combination.index}`);
          expect(recorded.endDateTime.slice(0, 10)).toBe(run.expiry.end);
          expect(delivered.expires).toBe(run.expiry.end);
          expect(await run.outputMode()).toBe(0o600);
          expect(await run.leaks(recorded.value)).toEqual([]);
          // The apps after it in the file: each its one new secret, delivered to its own file.
          expect(await Promise.all(run.others.map(deliveredAsRecorded)), run.context).toEqual(run.others.map(({ name }) => `${name}: delivered as recorded`));
        });
      }
    });
  }
});
