// Faults (issue #2): failed Adds with the §11 texts, session expiry, slow blades, feedback bar.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/simulator-fixture.ts';
import { appIdOf, credentialsHash, openCredentials, PUZZEL } from './portal-helpers.ts';

async function addSecret(page: Page, expires?: string): Promise<void> {
  await page.getByRole('button', { name: 'New client secret' }).click();
  const pane = page.getByRole('dialog', { name: 'Add a client secret' });
  await pane.getByRole('textbox', { name: 'Description' }).fill('fault test');
  if (expires) {
    await pane.getByRole('combobox', { name: 'Expires' }).click();
    await pane.getByRole('option', { name: expires }).click();
  }
  await pane.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pane).toBeHidden();
}

const failure = (app: string, detail: string) => `Failed to update application ${app} credentials. Error detail: ${detail}`;

test.describe('Add failures', () => {
  const cases: [string, string[], string][] = [
    ['add-fail-once', ['add-fail-once'], 'An unexpected error occurred while processing the request. Please try again later.'],
    ['block-secrets', ['block-secrets'], 'Credential type not allowed as per assigned policy'],
    ['policy-max-days', ['policy-max-days=30'], 'Credential lifetime exceeds the max value allowed as per assigned policy'],
    ['secret-limit', ['secret-limit'], 'Unable to save changes because the credential limit has been reached. Please delete a credential and try again.'],
  ];
  for (const [name, faults, detail] of cases) {
    test(`${name}: error toast, no secret added`, async ({ page, simulator, admin }) => {
      await admin.configure({ faults });
      await openCredentials(page, simulator);
      await addSecret(page);
      const toast = page.getByRole('alert').filter({ hasText: 'Update application credentials' });
      await expect(toast).toContainText(failure(PUZZEL, detail));
      await expect(page.getByRole('tab', { name: 'Client secrets (0)' })).toBeVisible();
      const state = await admin.state();
      expect(state.tenant.apps.find((app) => app.displayName === PUZZEL)!.secrets).toHaveLength(0);
      expect(state.events.filter((event) => event.kind === 'secret-add-failed')).toHaveLength(1);
    });
  }

  test('add-fail-once fails once only', async ({ page, simulator, admin }) => {
    await admin.configure({ faults: ['add-fail-once'] });
    await openCredentials(page, simulator);
    await addSecret(page);
    await expect(page.getByRole('alert').filter({ hasText: 'Failed to update' })).toBeVisible();
    await addSecret(page);
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    expect(await admin.secrets(PUZZEL)).toHaveLength(1);
  });

  test('policy-max-days allows a lifetime within the cap', async ({ page, simulator, admin }) => {
    await admin.configure({ faults: ['policy-max-days=100'] });
    await openCredentials(page, simulator);
    await addSecret(page, '90 days (3 months)');
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    expect(await admin.secrets(PUZZEL)).toHaveLength(1);
  });

  test('an app allowing two secrets refuses the third', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator, 'Fabrikam Consumer Portal');
    await addSecret(page);
    await expect(page.getByRole('tab', { name: 'Client secrets (2)' })).toBeVisible();
    await addSecret(page);
    await expect(page.getByRole('alert').filter({ hasText: 'credential limit has been reached' })).toBeVisible();
    expect(await admin.secrets('Fabrikam Consumer Portal')).toHaveLength(2);
  });
});

test('session-expire-once: the next data call bounces to sign-in with the hash', async ({ page, simulator, admin }) => {
  await openCredentials(page, simulator);
  await expect(page.getByRole('button', { name: 'New client secret' })).toBeVisible();
  await admin.configure({ faults: ['session-expire-once'] });
  const login = simulator.context.origins.login;
  const authorize = page.waitForRequest((request) => request.url().startsWith(`${login}/common/oauth2/v2.0/authorize`));
  await page.locator('[data-telemetryname="Menu-Overview"]').click();
  const url = new URL((await authorize).url());
  expect(url.searchParams.get('state')).toMatch(/^#view\/Microsoft_AAD_RegisteredApps\/ApplicationMenuBlade\/~\/Overview\//);
  const state = await admin.state();
  expect(state.options.faults.sessionExpireOnce).toBe(false);
  expect(simulator.context.portalSessions.size).toBe(0);
});

test('feedback-bar: the feedback bar appears after Add', async ({ page, simulator, admin }) => {
  await admin.configure({ faults: ['feedback-bar'] });
  await openCredentials(page, simulator);
  await expect(page.getByText('Got a second to give us some feedback?')).toHaveCount(0);
  await addSecret(page);
  const bar = page.getByRole('status').filter({ hasText: 'Got a second to give us some feedback?' });
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: 'Close' }).click();
  await expect(bar).toBeHidden();
});

test.describe('slow-blade', () => {
  test.use({ simulatorConfig: { latency: 100, jitter: 0, faults: ['slow-blade'] } });

  test('blades show "Loading..." until their data arrives', async ({ page, simulator }) => {
    await openCredentials(page, simulator);
    expect(credentialsHash(appIdOf(simulator, PUZZEL))).toContain('Credentials');
    await expect(page.getByRole('progressbar', { name: 'Loading...' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New client secret' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('progressbar', { name: 'Loading...' })).toHaveCount(0);
  });
});
