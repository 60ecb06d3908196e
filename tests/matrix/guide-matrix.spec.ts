// verify-guide and screenshots, as QA and the docs team run them, across a seeded sample of the
// portal renderings the reference allows. The verdicts are the era's whatever the rendering: the
// 2019 portal matches at every step (exit 0), today's reports exactly the known drift (exit 6);
// screenshots walks to the end and takes every picture. Nothing is added without --create, what
// is added is deleted (the simulator's record), and no value is written anywhere.
// Replay a failure with `npm run matrix -- --seed N` (the same seed draws both matrices).
import { expect, test } from '../support/simulator-fixture.ts';
import { CURRENT_DIFFERENCES, CURRENT_DIFFERENCES_CREATE, CURRENT_DRIFTING_STEPS, GUIDE_STEPS } from '../support/guide-drift.ts';
import { screenshotsRun } from '../support/screenshots-run.ts';
import { secretsSnapshot } from '../support/tenant-snapshot.ts';
import { differenceLines, verifyGuideRun } from '../support/verify-guide-run.ts';
import { configIn, describeIn } from './draw.ts';
import { GUIDE_DEFAULT_COUNT, GUIDE_DIMENSIONS, guideCombinationAt, guideProductSize, guideSample, type GuideCombination } from './guide-variants.ts';
import { matrixSelection } from './selection.ts';
import type { SimulatorAdmin } from '../support/simulator-admin.ts';

const selection = matrixSelection(guideProductSize());
const count = Number(process.env.GUIDE_MATRIX_COUNT ?? (process.env.MATRIX_COUNT ? selection.count : GUIDE_DEFAULT_COUNT));
const combinations = selection.all ? Array.from({ length: guideProductSize() }, (_, index) => guideCombinationAt(index)) : guideSample(selection.seed, count);

const PICTURES = GUIDE_STEPS.map((id, index) => `${String(index + 1).padStart(2, '0')}-${id}.png`);

function expectedDifferences(combination: GuideCombination): string[] {
  if (combination.era.name === '2019') return [];
  return combination.command.name === 'verify-guide --create' ? CURRENT_DIFFERENCES_CREATE : CURRENT_DIFFERENCES;
}

/** What is added is deleted (one more of each when a session that ended right after Add hid the first value), the tenant is as it was, no value was written. */
async function expectNothingLeft(admin: SimulatorAdmin, combination: GuideCombination, tenantBefore: string, leaks: (value: string) => Promise<string[]>): Promise<void> {
  const adds = combination.command.name !== 'verify-guide';
  const state = await admin.state();
  const kinds = state.events.map((event) => event.kind);
  const added = kinds.filter((kind) => kind === 'secret-added').length;
  // A session that ended right after Add (asked for, or drawn at random) sends the walk to sign in
  // again; the pane it finds gone is filled in again and added once more (the first is deleted).
  const endedAfterAdd = state.events.some((event) => event.kind === 'session-ended' && event.detail?.load === 'add');
  const expected = !adds ? 0 : endedAfterAdd ? 2 : 1;
  expect(added).toBe(expected);
  expect(kinds.filter((kind) => kind === 'secret-deleted')).toHaveLength(added);
  expect(await secretsSnapshot(admin)).toBe(tenantBefore);
  for (const value of state.issuedValues) expect(await leaks(value)).toEqual([]);
}

function context(combination: GuideCombination, stderr: string): string {
  return `seed ${selection.seed}, guide combination #${combination.index}\n${stderr}`;
}

test.describe(`guide matrix, seed ${selection.seed} (replay: npm run matrix -- --seed ${selection.seed})`, () => {
  for (const combination of combinations) {
    test.describe(`#${combination.index} ${describeIn(GUIDE_DIMENSIONS, combination)}`, () => {
      test.use({ simulatorConfig: configIn(GUIDE_DIMENSIONS, combination) });

      // Slow latency with a session that ends mid-walk is minutes of the portal's own time, not ours.
      test.beforeEach(() => {
        test.setTimeout(180_000);
        test.info().annotations.push({ type: 'combination', description: `${combination.index}: ${describeIn(GUIDE_DIMENSIONS, combination)}` });
      });

      if (combination.command.name === 'screenshots') {
        test('every picture taken, what was added deleted, no value written', async ({ simulator, admin }) => {
          const tenantBefore = await secretsSnapshot(admin);
          const run = await screenshotsRun(simulator, [], { signedIn: true });
          // A new set (no baseline): every picture is new, so the run says so (exit 8), and it has all of them.
          expect(run.code, context(combination, run.stderr)).toBe(8);
          expect(await run.pictures(), context(combination, run.stderr)).toEqual(PICTURES);
          await expectNothingLeft(admin, combination, tenantBefore, run.leaks);
        });
      } else {
        const [, ...flags] = combination.command.args as readonly string[];
        const era = combination.era.name;
        const drifting = era === '2019' ? [] : CURRENT_DRIFTING_STEPS;

        test(`the ${era} verdicts (exit ${era === '2019' ? 0 : 6}), nothing left behind, no value written`, async ({ simulator, admin }) => {
          const tenantBefore = await secretsSnapshot(admin);
          const run = await verifyGuideRun(simulator, flags, { signedIn: true });
          const report = await run.report();
          expect(run.code, context(combination, run.stderr)).toBe(era === '2019' ? 0 : 6);
          expect(differenceLines(report), context(combination, run.stderr)).toEqual(expectedDifferences(combination));
          expect(report.steps.map((step) => [step.id, step.verdict]), context(combination, run.stderr)).toEqual(GUIDE_STEPS.map((id) => [id, drifting.includes(id) ? 'drift' : 'match']));
          await expectNothingLeft(admin, combination, tenantBefore, run.leaks);
        });
      }
    });
  }
});
