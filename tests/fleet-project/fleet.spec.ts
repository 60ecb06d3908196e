// The Playwright Test project `fleet`: the same many-apps run as `--apps FILE`, one test per app,
// so `--shard=i/n` spreads the apps across CI machines and `merge-reports` joins what they did.
//   PORTAL_APPS_FILE=apps.yaml PORTAL_FLEET_COMMAND=ensure PORTAL_FLEET_MIN_DAYS=30 \
//     npx playwright test --project=fleet --shard=1/2 --reporter=blob
// Each test is the CLI's work for its row (cli/apps/apps-commands.ts) on its worker's one signed-in
// run; steps as test.step; a failure is cleaned up (what the app added is deleted) and told,
// scrubbed, with its failure report. Each app's outcome is attached as JSON (never a value).
import { expect } from '@playwright/test';
import { readAppsFile, type AppRow } from '../../runbooks/apps/apps-file.ts';
import { forEachApp, type AppOutcome } from '../../runbooks/apps/for-each-app.ts';
import { GithubActionsMask } from '../../runbooks/delivery/github-actions-mask.ts';
import { EXIT_CODES } from '../../runbooks/errors.ts';
import type { PortalRun } from '../../runbooks/portal-run.ts';
import { appsInput, rowInput } from '../../cli/apps/apps-input.ts';
import { jobOf } from '../../cli/apps/run-for-apps.ts';
import { AppsReport } from '../../cli/apps/apps-report.ts';
import { fleetSettings } from './fleet-settings.ts';
import { test } from './fleet-fixtures.ts';

const settings = fleetSettings();
const { appsFile, command } = settings;

/**
 * The runner checks the file whole before any test is given out (every row's input and
 * destination, no two apps delivering to one place): a malformed file fails collection at its
 * file, line and field. A worker (which may start after other apps have delivered) only reads the
 * rows; each test checks its own row's input just before its work, as the CLI does.
 */
const rows: AppRow[] = process.env.TEST_WORKER_INDEX === undefined
  ? (await appsInput(appsFile, settings.flags, command)).map(({ row }) => row)
  : (await readAppsFile(appsFile, command.columns)).rows;

/**
 * Playwright captures a worker's stdout into the reports, so `::add-mask::VALUE` would put the value
 * in them: the fleet never prints it (nothing here prints a value), so the mask is left out.
 */
function withoutLogMask(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('destinations' in input) || !Array.isArray(input.destinations)) return input;
  return { ...input, destinations: input.destinations.filter((destination) => !(destination instanceof GithubActionsMask)) };
}

async function workOn(run: PortalRun, row: AppRow): Promise<AppOutcome<unknown>> {
  const app = await rowInput(row, settings.flags, command);
  const [outcome] = await forEachApp(run, [jobOf({ ...app, input: withoutLogMask(app.input) }, command.work)]);
  return outcome!;
}

/** What the test's failure says: the explained failure (what it added already deleted), its report's path. */
function whyNotDone(outcome: AppOutcome<unknown>): string {
  if (outcome.status === 'failed') return `${settings.commandName} ${outcome.job.label}: ${outcome.error.kind} (exit ${EXIT_CODES[outcome.error.kind]}): ${outcome.error.message}`;
  return outcome.status === 'not-started' ? `${settings.commandName} ${outcome.job.label}: not started (${outcome.why})` : '';
}

const report = new AppsReport(command.summarize);

for (const row of rows) {
  const label = String(row.fields.app).trim();

  test(`${label} (line ${row.line})`, async ({ portalRun: run }) => {
    const info = test.info();
    info.annotations.push({ type: 'account', description: run.account.username });
    const outcome = await workOn(run, row);
    const document = report.document(outcome);
    info.annotations.push({ type: 'outcome', description: String(document.outcome) });
    await info.attach('outcome.json', { body: run.redactor.scrub(JSON.stringify(document, null, 2)), contentType: 'application/json' });
    expect(outcome.status, run.redactor.scrub(whyNotDone(outcome))).toBe('done');
  });
}
