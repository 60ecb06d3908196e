import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './lib/browser.ts';

/** Whether `--project NAME` (or `--project=NAME`) is on the command line. */
const asked = (name: string) => process.argv.some((arg, index, all) => arg === `--project=${name}` || (arg === '--project' && all[index + 1] === name));

// The `fleet` project works through an apps file on a real portal (tests/fleet-project): like
// `guide`, only when asked for by name. Workers load this file again without the arguments: the
// choice travels in the environment.
if (asked('fleet')) process.env.PORTAL_FLEET_PROJECT = '1';

// Runs in the test process itself (the runbook, the walker, screenshots) keep what they remember
// and record apart from the developer's own state (~/.local/state); command runs get a folder per
// test (tests/support/account-env.ts). A fleet is a user's run: it keeps the user's own state
// (used authenticator periods, known apps, the run record).
if (!process.env.PORTAL_FLEET_PROJECT) process.env.XDG_STATE_HOME = join(tmpdir(), `azure-portal-runbook-tests-${process.getuid?.() ?? 'user'}`);

// The variant matrix draws its sample from this seed: chosen once per run here (workers inherit
// it), printed in the test titles, and replayed with `npm run matrix -- --seed N`.
process.env.MATRIX_SEED ??= String(Math.floor(Math.random() * 1_000_000));
// The same for the soak in `npm test`, whose shares run in several workers (replay: SOAK_SEED=N).
process.env.SOAK_SEED ??= String(Math.floor(Math.random() * 1_000_000));

// The `guide` project walks a written guide through a real portal (tests/guide-project): it is
// defined only when asked for by name (`--project=guide`), so `npm test` never drives a tenant.
// Workers load this file again without those arguments: the choice travels in the environment.
if (asked('guide')) process.env.PORTAL_GUIDE_PROJECT = '1';

/** The variant matrix, the fault soak and the many-apps runs: whole command runs, many of them. */
const LONG_RUNS = ['**/matrix/*.spec.ts', '**/soak/soak.spec.ts', '**/cli/many-apps.spec.ts', '**/cli/fleet-shards.spec.ts'];

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  // Four on two cores: a test spends about half its time waiting on the portal's latency, page
  // loads and authenticator periods (three workers kept the CPU about half busy).
  workers: 4,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two command runs in one test on a loaded 2-core machine take over a minute; a hang still ends.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['./tests/support/summary-reporter.ts'],
    ...(process.env.CI ? [['html', { open: 'never', outputFolder: 'reports/playwright' }] as const] : []),
  ],
  outputDir: 'test-results',
  projects: [
    // The longest tests first (a soak share is several whole runs, a matrix combination may sign in
    // twice): workers take tests in the projects' order, so the short ones fill in around them
    // instead of three workers waiting at the end on the last long one.
    { name: 'long-runs', testMatch: LONG_RUNS },
    { name: 'default', testIgnore: ['**/guide-project/**', '**/fleet-project/**', ...LONG_RUNS] },
    ...(process.env.PORTAL_GUIDE_PROJECT ? [{ name: 'guide', testDir: './tests/guide-project', timeout: 15 * 60_000 }] : []),
    // One test per app, split per test across shards; the first test in a worker signs in (and may
    // wait for a fresh authenticator period). Traces, videos and screenshots are forced off there.
    ...(process.env.PORTAL_FLEET_PROJECT ? [{ name: 'fleet', testDir: './tests/fleet-project', fullyParallel: true, timeout: 5 * 60_000 }] : []),
  ],
  use: {
    launchOptions: browserLaunchOptions(),
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // Traces hold DOM snapshots: a secret on screen would be in them. Off unless a test opts in.
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});
