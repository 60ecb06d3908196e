// session-end-after=LOAD / sign-out-after=LOAD: the named load is answered in full, then the
// portal session (and, for sign-out-after, the sign-in session) ends; the next data request
// answers 401 and the shell bounces to sign-in carrying the hash, to come back where it was.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/simulator-fixture.ts';
import type { SimulatorAdmin } from '../support/simulator-admin.ts';
import { signInToPortal } from '../support/portal-session.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import { appIdOf, credentialsHash, PUZZEL } from './portal-helpers.ts';
import { signInWithPassword, totpCode } from './sign-in-support.ts';

const appHash = (appId: string) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${appId}/isMSAApp~/false`;

/** A full sign-in through the sign-in pages, "Stay signed in?" Yes: lands on App registrations with a live ESTS cookie. */
async function signInThroughTheLoginPages(page: Page, simulator: RunningSimulator): Promise<void> {
  await signInWithPassword(page, simulator);
  await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText(`${simulator.context.tenant.apps.length} applications found`)).toBeVisible();
}

async function eventsOf(admin: SimulatorAdmin, kind: string) {
  return (await admin.state()).events.filter((event) => event.kind === kind);
}

function authorizeRequest(page: Page, simulator: RunningSimulator) {
  const login = simulator.context.origins.login;
  return page.waitForRequest((request) => request.url().startsWith(`${login}/common/oauth2/v2.0/authorize`));
}

test('session-end-after=apps: the list shows, the next request bounces, the live ESTS cookie signs back in silently to the same place', async ({ page, simulator, admin }) => {
  await admin.configure({ faults: ['session-end-after=apps'] });
  await signInThroughTheLoginPages(page, simulator);
  await expect.poll(async () => (await eventsOf(admin, 'session-ended')).map((event) => event.detail)).toEqual([
    expect.objectContaining({ after: 'apps', load: 'apps', signOut: false }),
  ]);
  expect(simulator.context.portalSessions.size).toBe(0);
  expect(simulator.context.signInSessions.size).toBe(1);

  const appId = appIdOf(simulator, PUZZEL);
  const bounce = authorizeRequest(page, simulator);
  await page.getByRole('link', { name: PUZZEL, exact: true }).click();
  expect(new URL((await bounce).url()).searchParams.get('state')).toBe(appHash(appId));
  await expect(page.getByRole('heading', { name: PUZZEL, exact: true, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(`${simulator.portalUrl}${appHash(appId)}`);
  const signIns = await eventsOf(admin, 'sign-in');
  expect(signIns.map((event) => event.detail?.silent)).toEqual([false, true]);
  expect((await admin.state()).options.faults.sessionEndAfter).toBeUndefined();
});

test('sign-out-after=app: the blade shows, then the next request needs a full sign-in', async ({ page, simulator, admin }) => {
  await admin.configure({ faults: ['sign-out-after=app'] });
  await signInThroughTheLoginPages(page, simulator);
  await page.getByRole('link', { name: PUZZEL, exact: true }).click();
  await expect(page.getByRole('heading', { name: PUZZEL, exact: true, level: 1 })).toBeVisible();
  await expect.poll(async () => (await eventsOf(admin, 'session-ended')).map((event) => event.detail)).toEqual([
    expect.objectContaining({ after: 'app', signOut: true }),
  ]);
  expect(simulator.context.signInSessions.size).toBe(0);

  const bounce = authorizeRequest(page, simulator);
  await page.locator('[data-telemetryname="Menu-Credentials"]').click();
  expect(new URL((await bounce).url()).searchParams.get('state')).toBe(credentialsHash(appIdOf(simulator, PUZZEL)));
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  expect((await eventsOf(admin, 'sign-in')).filter((event) => event.detail?.silent)).toHaveLength(0);
});

test('session-end-after=add: Add is answered, then the re-read of the credentials bounces to sign-in', async ({ page, simulator, admin }) => {
  await admin.configure({ faults: ['session-end-after=add'] });
  await signInToPortal(page, simulator, credentialsHash(appIdOf(simulator, PUZZEL)));
  await page.getByRole('button', { name: 'New client secret' }).click();
  const bounce = authorizeRequest(page, simulator);
  await page.getByRole('dialog', { name: 'Add a client secret' }).getByRole('button', { name: 'Add', exact: true }).click();
  expect(new URL((await bounce).url()).searchParams.get('state')).toContain('/~/Credentials/');
  expect(await eventsOf(admin, 'secret-added')).toHaveLength(1);
  expect((await eventsOf(admin, 'session-ended')).map((event) => event.detail)).toEqual([expect.objectContaining({ after: 'add', load: 'add' })]);
});

test('=random draws a load and an occurrence 1..3 when set, and records them', async ({ admin }) => {
  await admin.configure({ faults: ['session-end-after=random'] });
  const [armed] = await eventsOf(admin, 'session-end-armed');
  expect(armed?.detail).toMatchObject({ fault: 'session-end-after', random: true });
  expect(['me', 'apps', 'app', 'add', 'delete']).toContain(armed?.detail?.load);
  expect([1, 2, 3]).toContain(armed?.detail?.occurrence);
  const { options } = await admin.state();
  expect(options.faults.sessionEndAfter).toMatchObject({ after: armed?.detail?.load, occurrence: armed?.detail?.occurrence, signOut: false });
});
