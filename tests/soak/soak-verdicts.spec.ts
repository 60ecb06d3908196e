// The soak's own logic, without a browser: the seeded draw replays, and each kind of run is judged
// as the issue defines it (delivered, cleanly refused, rolled back; lost, leaked, orphaned, crashed).
import { test, expect } from '@playwright/test';
import { classify, type RunObservation } from '../../scripts/soak/classify.ts';
import { drawPlans, SCENARIOS, STEP_LINES, type RunPlan, type ScenarioName } from '../../scripts/soak/plan.ts';
import { MARKUP_CHOICES } from '../../simulator/options.ts';

const DRAW = { latency: { min: 0, max: 120 }, accounts: 4 };

test.describe('the draw', () => {
  test('a seed draws the same runs; a longer soak starts with the same ones; another seed draws others', () => {
    const twenty = drawPlans({ seed: 42, runs: 20, ...DRAW });
    expect(drawPlans({ seed: 42, runs: 20, ...DRAW })).toEqual(twenty);
    expect(drawPlans({ seed: 42, runs: 200, ...DRAW }).slice(0, 20)).toEqual(twenty);
    expect(drawPlans({ seed: 43, runs: 20, ...DRAW })).not.toEqual(twenty);
  });

  test('every scenario is drawn, each run sets every option afresh, and moments come from the step lines', () => {
    const plans = drawPlans({ seed: 7, runs: 500, ...DRAW });
    expect(new Set(plans.map((plan) => plan.scenario))).toEqual(new Set(SCENARIOS));
    for (const plan of plans) {
      expect(Object.keys(plan.config).sort()).toEqual(['calloutDelay', 'faults', 'iframe', 'interrupt', 'jitter', 'kmsiFirst', 'latency', 'listFrame', 'markup', 'mfa', 'paneFrame', 'passwordless', 'surveyDelay', 'welcome', 'welcomeDelay']);
      expect(Object.keys(plan.config.markup!).sort()).toEqual(Object.keys(MARKUP_CHOICES).sort());
      // Where the portal words its presets in months, the run asks in months.
      expect(plan.expires).toMatch(plan.config.markup!.expiresWording === 'months' ? /^(3|6|12)m$/ : /^(90|180|365)d$/);
      expect(plan.config.latency).toBeGreaterThanOrEqual(0);
      expect(plan.config.latency).toBeLessThanOrEqual(120);
      expect(plan.account).toBeLessThan(4);
    }
    // Every rendering the reference leaves open is drawn, under every scenario.
    for (const [key, choices] of Object.entries(MARKUP_CHOICES)) {
      expect(new Set(plans.map((plan) => (plan.config.markup as Record<string, string>)[key])), key).toEqual(new Set(choices));
    }
    expect(new Set(plans.filter((plan) => plan.config.listFrame).map((plan) => plan.scenario))).toEqual(new Set(SCENARIOS));
    const killed = plans.filter((plan) => plan.scenario === 'browser-killed');
    expect(killed.every((plan) => STEP_LINES.includes(plan.moment!.step))).toBe(true);
    // The browser does not exist yet when "→ Start the browser" is printed.
    expect(killed.some((plan) => plan.moment!.step === STEP_LINES[0] && plan.moment!.phase === '→')).toBe(false);
  });

  test('--scenarios draws only those', () => {
    const only: ScenarioName[] = ['ctrl-c', 'full-destination'];
    expect(new Set(drawPlans({ seed: 3, runs: 50, ...DRAW, scenarios: only }).map((plan) => plan.scenario))).toEqual(new Set(only));
  });
});

function plan(scenario: ScenarioName, change: Partial<RunPlan> = {}): RunPlan {
  const drawn = drawPlans({ seed: 1, runs: 1, ...DRAW, scenarios: [scenario] })[0]!;
  return { ...drawn, ...change };
}

const SECRET = { appId: 'app-1', keyId: 'key-1', value: 'recorded-value' };
const CREATED = 'Created client secret "x" for app (app-1).\n  Secret ID: key-1   hint: rec…\n';

function observed(change: Partial<RunObservation>): RunObservation {
  return {
    plan: plan('plain'),
    code: 0,
    signal: null,
    hung: false,
    stderr: CREATED,
    added: [SECRET],
    removed: [],
    issuedCount: 1,
    portalTouched: true,
    deliveredValue: SECRET.value,
    deliveryProblems: [],
    leaks: [],
    ...change,
  };
}

const ROLLED_BACK = 'failed (other): Could not write. The secret this run added was deleted from the portal, so nothing was left behind (app "x" (00000000-0000-4000-8000-000000000001), description "ci").\n';

test.describe('the verdict', () => {
  const cases: { name: string; run: RunObservation; outcome?: string; problems: string[] }[] = [
    { name: 'delivered and equal to the record', run: observed({}), outcome: 'delivered', problems: [] },
    { name: 'exit 0 but another value in the destination', run: observed({ deliveredValue: 'something else' }), problems: ['lost'] },
    { name: 'exit 0 but no secret left', run: observed({ added: [] }), problems: ['lost'] },
    { name: 'a secret that was there before is gone', run: observed({ removed: [{ ...SECRET, keyId: 'older' }] }), problems: ['lost'] },
    { name: 'exit 0 with two secrets added', run: observed({ added: [SECRET, { ...SECRET, keyId: 'key-2', value: 'v2' }] }), problems: ['orphaned'] },
    {
      name: 'refused by the portal, nothing added',
      run: observed({ plan: plan('add-fails'), code: 5, stderr: 'failed (portal-refused): Failed to update application\n', added: [], issuedCount: 0, deliveredValue: undefined }),
      outcome: 'refused',
      problems: [],
    },
    {
      name: 'Add happened, the secret deleted and the user told',
      run: observed({ plan: plan('full-destination'), code: 1, stderr: ROLLED_BACK, added: [], deliveredValue: undefined }),
      outcome: 'rolled back',
      problems: [],
    },
    {
      name: 'rolled back without saying so',
      run: observed({ plan: plan('full-destination'), code: 1, stderr: 'failed (other): Could not write.\n', added: [], deliveredValue: undefined }),
      outcome: 'rolled back',
      problems: ['unexpected'],
    },
    {
      name: 'a failure that leaves the secret in the portal',
      run: observed({ plan: plan('browser-killed'), code: 1, stderr: 'failed (other): the browser has been closed\n', deliveredValue: undefined }),
      problems: ['orphaned'],
    },
    { name: 'killed by a signal', run: observed({ code: null, signal: 'SIGKILL', stderr: '', added: [], deliveredValue: undefined }), problems: ['crashed'] },
    { name: 'an undocumented exit code', run: observed({ code: 7, stderr: 'failed (other): x\n', added: [], issuedCount: 0 }), problems: ['crashed'] },
    { name: 'exit 1 without the one-sentence failure (a stack trace)', run: observed({ code: 1, stderr: 'TypeError: x\n    at y\n', added: [], issuedCount: 0 }), problems: ['crashed'] },
    { name: 'the value in a failure report', run: observed({ leaks: ['/tmp/soak/runs/0001/reports/x/report.md'] }), outcome: 'delivered', problems: ['leaked'] },
    { name: 'a plain run refused', run: observed({ code: 3, stderr: 'failed (sign-in): wrong code\n', added: [], issuedCount: 0 }), outcome: 'refused', problems: ['unexpected'] },
    {
      name: 'a read-only destination refused only after the portal was touched',
      run: observed({ plan: plan('read-only-destination'), code: 2, stderr: 'error: --output x: cannot write\n', added: [], issuedCount: 0, deliveredValue: undefined }),
      outcome: 'refused',
      problems: ['unexpected'],
    },
  ];
  for (const { name, run, outcome, problems } of cases) {
    test(name, () => {
      const verdict = classify(run);
      expect(verdict.problems).toEqual(problems);
      expect(verdict.outcome).toBe(outcome);
    });
  }
});
