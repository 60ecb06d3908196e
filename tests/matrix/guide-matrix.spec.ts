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

const selection = matrixSelection(guideProductSize());
const count = Number(process.env.GUIDE_MATRIX_COUNT ?? (process.env.MATRIX_COUNT ? selection.count : GUIDE_DEFAULT_COUNT));
const combinations = selection.all ? Array.from({ length: guideProductSize() }, (_, index) => guideCombinationAt(index)) : guideSample(selection.seed, count);

const PICTURES = GUIDE_STEPS.map((id, index) => `${String(index + 1).padStart(2, '0')}-${id}.png`);

function expectedDifferences(combination: GuideCombination): string[] {
  if (combination.era.name === '2019') return [];
  return combination.command.name === 'verify-guide --create' ? CURRENT_DIFFERENCES_CREATE : CURRENT_DIFFERENCES;
}

test.describe(`guide matrix, seed ${selection.seed} (replay: npm run matrix -- --seed ${selection.seed})`, () => {
  for (const combination of combinations) {
    test.describe(`#${combination.index} ${describeIn(GUIDE_DIMENSIONS, combination)}`, () => {
      test.use({ simulatorConfig: configIn(GUIDE_DIMENSIONS, combination) });

      test("the era's verdicts, nothing left behind, no value written", async ({ simulator, admin }) => {
        // Slow latency with a session that ends mid-walk is minutes of the portal's own time, not ours.
        test.setTimeout(180_000);
        test.info().annotations.push({ type: 'combination', description: `${combination.index}: ${describeIn(GUIDE_DIMENSIONS, combination)}` });
        const tenantBefore = await secretsSnapshot(admin);
        const [command, ...flags] = combination.command.args as readonly string[];
        const adds = command === 'screenshots' || flags.includes('--create');
        const context = (stderr: string) => `seed ${selection.seed}, guide combination #${combination.index}\n${stderr}`;

        let leaks: (value: string) => Promise<string[]>;
        if (command === 'screenshots') {
          const run = await screenshotsRun(simulator, [], { signedIn: true });
          leaks = run.leaks;
          // A new set (no baseline): every picture is new, so the run says so (exit 8), and it has all of them.
          expect(run.code, context(run.stderr)).toBe(8);
          expect(await run.pictures(), context(run.stderr)).toEqual(PICTURES);
        } else {
          const run = await verifyGuideRun(simulator, flags, { signedIn: true });
          leaks = run.leaks;
          const report = await run.report();
          const era = combination.era.name;
          expect(run.code, context(run.stderr)).toBe(era === '2019' ? 0 : 6);
          expect(differenceLines(report), context(run.stderr)).toEqual(expectedDifferences(combination));
          const drifting = era === '2019' ? [] : CURRENT_DRIFTING_STEPS;
          expect(report.steps.map((step) => [step.id, step.verdict]), context(run.stderr)).toEqual(GUIDE_STEPS.map((id) => [id, drifting.includes(id) ? 'drift' : 'match']));
        }

        const state = await admin.state();
        const kinds = state.events.map((event) => event.kind);
        // One secret added and deleted; one more of each when a session ended right after Add hid
        // the first one's value (the walk deletes it and adds again).
        const added = kinds.filter((kind) => kind === 'secret-added').length;
        expect(added).toBe(adds ? (combination.sessionEnd.name === 'ends after Add' ? 2 : 1) : 0);
        expect(kinds.filter((kind) => kind === 'secret-deleted')).toHaveLength(added);
        expect(await secretsSnapshot(admin)).toBe(tenantBefore);
        for (const value of state.issuedValues) expect(await leaks(value)).toEqual([]);
      });
    });
  }
});
