// The portal behaviours create-secret once broke on (issue 6 and since), each reproduced by the
// simulator and run through the command: the value delivered is the one the portal recorded,
// exactly one secret was added and none orphaned. The 2021–22 portal's Expires in months. And a
// failure leaves a report a user can act on.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/simulator-fixture.ts';
import type { AdminConfigChange } from '../../simulator/admin.ts';
import { createSecretRun, type CreateSecretRun } from '../support/create-secret-run.ts';
import { saveSignIn } from '../support/saved-sign-in.ts';

const APP = 'Puzzel Office 365 connector';

async function expectOneSecretHandedOver(run: CreateSecretRun): Promise<void> {
  expect(run.code, run.stderr).toBe(0);
  const added = run.after.filter((secret) => !run.before.some((old) => old.keyId === secret.keyId));
  expect(added).toHaveLength(1);
  expect(run.after).toHaveLength(run.before.length + 1);
  expect((await run.document()).value).toBe(added[0]!.value);
  expect(await run.leaks(added[0]!.value)).toEqual([]);
}

const DONE = /Created client secret/;

/**
 * `coldSignIn`: the behaviour is the sign-in's, or comes only after one (the welcome dialog, the
 * first link after a sign-in). The others start from a saved sign-in, as a user's later runs do; a
 * session that ends mid-run still meets the whole sign-in.
 */
const behaviours: { name: string; config: AdminConfigChange; args: string[]; says: RegExp; coldSignIn?: true }[] = [
  { name: 'the pane form in a frame of its own, blade in a React view', config: { iframe: true, paneFrame: true }, args: [], says: DONE },
  // The new value in a read-only text box (its element is [NF]): with no Secret ID column, the new row is the one that holds it.
  {
    name: 'the pane form in a frame of its own, 2019 portal, the new value in a read-only text box',
    config: { ui: '2019', paneFrame: true, markup: { valueField: 'input' } },
    // No date on this page tells the order (no Custom, no other secret): the flag does.
    args: ['--expires', '2y', '--date-order', 'month-first'],
    says: DONE,
  },
  { name: 'the session ends right after the App registrations list loaded', config: { faults: ['sign-out-after=apps'] }, args: [], says: /asked to sign in again/ },
  // The orphan is found by its Secret ID in a read-only box and deleted through a confirmation worded otherwise, with Cancel (both are [NF]): the guard leaves it alone.
  {
    name: 'the session ends right after Add was answered; each Secret ID in a read-only text box; the delete confirmation says "Delete the client secret?"',
    config: { faults: ['session-end-after=add'], markup: { deleteConfirm: 'delete-cancel', secretIdField: 'input' } },
    args: [],
    says: /checking what was created[\s\S]*✓ Delete the secret this run added: "[^"]*", Secret ID [0-9a-f-]+ \(its value was lost in the interruption\)/,
  },
  {
    name: 'a list that reloads and answers out of order while the filter is typed',
    // Opening on "Owned applications" makes the runbook click "All applications": that reloads the list.
    config: { listFilter: 'server', latency: 100, jitter: 90, faults: ['stale-responses'], markup: { listTab: 'owned' } },
    args: [],
    says: DONE,
  },
  // The account's default method texts a code (§2.3): the app's code typed there would be refused.
  { name: 'a code texted to a phone first (the account\'s default method)', config: { mfa: 'sms-first' }, args: [], says: /the code was sent to a phone: choosing the authenticator app instead/, coldSignIn: true },
  // A passwordless-first account (§2.2) is asked to approve in its app before any password.
  {
    name: 'a passwordless-first account: "Approve sign in request" before any password',
    config: { passwordless: true },
    args: [],
    says: /the sign-in asked to approve in the Authenticator app first: using the password instead[\s\S]*sign-in view: password/,
    coldSignIn: true,
  },
  // A cold deep link sometimes lands on Home (§1); here the address keeps the link, so only Home drawn alone tells.
  { name: 'the first link after sign-in lands on Home, its address kept', config: { faults: ['deep-link-home=kept'] }, args: [], says: /the link to App registrations landed on Home: continuing by clicks/, coldSignIn: true },
  { name: "the welcome dialog arriving during the guide's clicks", config: { welcome: true, welcomeDelay: 1200 }, args: ['--navigate'], says: /dismissed/, coldSignIn: true },
  { name: 'a survey over the blade at any moment', config: { surveyDelay: 900, latency: 200, jitter: 100 }, args: [], says: /dismissed/ },
  {
    name: "a teaching callout inside the list's frame, over its rows; the list and the blade a frame deeper (nested)",
    config: { listFrame: true, iframe: true, calloutDelay: 400, markup: { viewFrames: 'nested' } },
    args: [],
    // Answered while the click waits, not after the step failed on it and started again.
    says: /dismissed the "Try the new search" overlay inside the blade(?![\s\S]*resuming)/,
  },
];

for (const behaviour of behaviours) {
  test.describe(behaviour.name, () => {
    test.use({ simulatorConfig: behaviour.config });
    if (!behaviour.coldSignIn) test.beforeEach(async ({ simulator }) => saveSignIn(simulator));

    test('delivers the recorded value, exactly one secret added', async ({ simulator, admin }) => {
      const run = await createSecretRun(simulator, admin, APP, behaviour.args);
      await expectOneSecretHandedOver(run);
      expect(run.stderr).toMatch(behaviour.says);
    });
  });
}

test.describe('the Expires presets worded in months, as the 2021–22 portal did (portal.md §12)', () => {
  test.use({ simulatorConfig: { markup: { expiresWording: 'months' } } });

  test.beforeEach(async ({ simulator }) => saveSignIn(simulator));

  test('--expires 6m chooses "Recommended: 6 months": the recorded value, six calendar months', async ({ simulator, admin }) => {
    const run = await createSecretRun(simulator, admin, APP, ['--expires', '6m']);
    await expectOneSecretHandedOver(run);
    expect(run.stderr).toMatch(/Choose Expires: 6 months/);
    const end = new Date();
    end.setUTCMonth(end.getUTCMonth() + 6);
    expect((await run.document()).expires).toBe(end.toISOString().slice(0, 10));
  });
});

test.describe('a failure after Add', () => {
  test.use({ simulatorConfig: { faults: ['block-secrets'] } });

  test.beforeEach(async ({ simulator }) => saveSignIn(simulator));

  test('leaves a report: redacted screenshot, aria snapshots, the step; plain words; exit 5', async ({ simulator, admin }) => {
    const run = await createSecretRun(simulator, admin, APP, []);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/Credential type not allowed as per assigned policy/);
    // The point: no terminal escape codes, no call log.
    expect(run.stderr).not.toMatch(/\x1b\[|Call log:/);
    const where = /A failure report .* is in (reports\/failures\/[^\s/]+)\//.exec(run.stderr)?.[1];
    expect(where, run.stderr).toBeTruthy();
    const dir = join(run.dir, where!);
    const files = await readdir(dir, { recursive: true });
    expect(files).toEqual(expect.arrayContaining(['screenshot.png', 'report.md', 'report.json', join('aria', '00-top.yml')]));
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as { step: string; url: string };
    expect(report.step).toBe('Click "Add"');
    expect(report.url).not.toMatch(/code=[^…&]|state=[^…&]/);
    expect(run.after).toHaveLength(run.before.length);
  });
});
