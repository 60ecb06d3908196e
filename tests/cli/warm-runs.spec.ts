// Runs after the first skip what they can: the saved sign-in opens the portal without the sign-in
// pages, and the Application ID a name had opens the app by deep link. A remembered ID that no
// longer opens that app (renamed, deleted) is forgotten and the list searched, as on a first run.
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecretRun, type CreateSecretRun } from '../support/create-secret-run.ts';
import { KnownApps } from '../../runbooks/known-apps.ts';
import { stateHomeFile } from '../../lib/state-home.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { SimulatorAdmin } from '../support/simulator-admin.ts';

const APP = 'Puzzel Office 365 connector';
const FOUND_IN_LIST = `Find "${APP}" in App registrations`;
const BY_REMEMBERED_ID = `Open "${APP}" by its remembered Application ID`;

/** The runs' memory of app IDs: account-env.ts gives each test its own XDG_STATE_HOME. */
function knownApps(simulator: RunningSimulator): KnownApps {
  const file = stateHomeFile('known-apps.json', { XDG_STATE_HOME: test.info().outputPath('xdg-state') });
  return new KnownApps({ portalUrl: simulator.portalUrl, username: simulator.account.username }, file);
}

function addedValue(run: CreateSecretRun): string {
  const added = run.after.filter((secret) => !run.before.some((old) => old.keyId === secret.keyId));
  expect(added, run.stderr).toHaveLength(1);
  return added[0]!.value;
}

test('a second run by name neither signs in nor searches the list, and hands over the recorded value; an ended session signs in again', async ({ simulator, admin }) => {
  const first = await createSecretRun(simulator, admin, APP);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stderr).toContain(`✓ ${FOUND_IN_LIST}`);
  const eventsBefore = (await admin.state()).events.length;

  // The test's runs share one saved sign-in, as a user's runs do.
  const second = await createSecretRun(simulator, admin, APP);
  expect(second.stateFile).toBe(first.stateFile);
  expect(second.code, second.stderr).toBe(0);
  expect(second.stderr).toContain(`✓ ${BY_REMEMBERED_ID}`);
  expect(second.stderr).not.toContain(FOUND_IN_LIST);
  // Not even a silent trip through the sign-in origin.
  const signIns = (await admin.state()).events.slice(eventsBefore).filter((event) => event.kind === 'sign-in');
  expect(signIns).toEqual([]);
  expect((await second.document()).value).toBe(addedValue(second));
  expect(await second.leaks(addedValue(second))).toEqual([]);
  expect(second.stderr).toContain('reusing the saved sign-in');
  // A credential: 0600 in a 0700 folder; saved before Add, so it never holds the value (leaks above).
  expect((await stat(first.stateFile)).mode & 0o777).toBe(0o600);
  expect((await stat(dirname(first.stateFile))).mode & 0o777).toBe(0o700);

  // Once the portal's session has ended, the saved sign-in no longer opens it: a full sign-in.
  await admin.expireSessions();
  const third = await createSecretRun(simulator, admin, APP, ['--dry-run']);
  expect(third.code, third.stderr).toBe(0);
  expect(third.stderr).toContain('sign-in view: password');
});

for (const { name, rememberedId } of [
  { name: 'now names another app (renamed)', rememberedId: async (admin: SimulatorAdmin) => (await admin.app('Contoso Intranet (dev)')).appId },
  { name: 'the portal no longer knows (deleted)', rememberedId: async () => '00000000-0000-4000-8000-00000000dead' },
]) {
  test(`a remembered ID that ${name} is forgotten, and the list finds the app`, async ({ simulator, admin }) => {
    const appId = await rememberedId(admin);
    await knownApps(simulator).remember({ displayName: APP, appId });

    const run = await createSecretRun(simulator, admin, APP);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/the remembered Application ID no longer opens/);
    expect(run.stderr).toContain(`✓ ${FOUND_IN_LIST}`);
    expect((await run.document()).appId).toBe((await admin.app(APP)).appId);
    expect((await run.document()).value).toBe(addedValue(run));
    expect(await knownApps(simulator).idFor(APP)).toBe((await admin.app(APP)).appId);
  });
}
