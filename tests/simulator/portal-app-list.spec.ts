// App registrations list (portal.md §5) and the application blade's Overview (§6).
import { test, expect } from '../support/simulator-fixture.ts';
import { signInToPortal } from '../support/portal-session.ts';
import { appIdOf, PUZZEL } from './portal-helpers.ts';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const FILTER = 'Start typing a display name or application (client) ID to filter these results';

test('list: command bar, tabs, columns, every app', async ({ page, simulator }) => {
  await signInToPortal(page, simulator, LIST);
  for (const name of ['New registration', 'Endpoints', 'Troubleshooting', 'Refresh', 'Download', 'Preview features', 'Got feedback?']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('tab')).toHaveText(['All applications', 'Owned applications', 'Deleted applications']);
  const grid = page.getByRole('grid', { name: 'Applications' });
  await expect(grid.getByRole('columnheader')).toHaveText(['Display name', 'Application (client) ID', 'Created on', 'Certificates & secrets']);
  await expect(grid.getByRole('row')).toHaveCount(simulator.context.tenant.apps.length + 1);
  await expect(grid.getByRole('row').filter({ hasText: 'Contoso HR sync' })).toContainText('Current');
});

test('filter by name substring as you type, and by client ID', async ({ page, simulator }) => {
  await signInToPortal(page, simulator, LIST);
  const grid = page.getByRole('grid', { name: 'Applications' });
  await expect(grid.getByRole('row')).toHaveCount(simulator.context.tenant.apps.length + 1);
  const filter = page.getByPlaceholder(FILTER);
  await filter.pressSequentially('puzzel office');
  await expect(grid.getByRole('link')).toHaveText([PUZZEL, `${PUZZEL} (test)`, 'Puzzel Office 365 Connector - staging']);
  await filter.fill('');
  await filter.pressSequentially(appIdOf(simulator, `${PUZZEL} (test)`));
  await expect(grid.getByRole('link')).toHaveText([`${PUZZEL} (test)`]);
  await page.getByRole('tab', { name: 'Owned applications' }).click();
  await expect(page.getByText("This account isn't listed as an owner of any applications in this directory.")).toBeVisible();
  await page.getByRole('tab', { name: 'Deleted applications' }).click();
  await expect(page.getByText('No deleted applications found in this directory.')).toBeVisible();
});

test('open an app: Overview with Essentials, then Certificates & secrets from the menu', async ({ page, simulator }) => {
  await signInToPortal(page, simulator, LIST);
  await page.getByRole('link', { name: PUZZEL, exact: true }).click();
  await expect(page.getByRole('heading', { name: PUZZEL, exact: true, level: 1 })).toBeVisible();
  const appId = appIdOf(simulator, PUZZEL);
  await expect(page.locator('.fxc-essentials-value').filter({ hasText: appId })).toBeVisible();
  for (const label of ['Display name', 'Application (client) ID', 'Object ID', 'Directory (tenant) ID', 'Supported account types', 'Client credentials', 'Redirect URIs', 'Application ID URI', 'State']) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Add a certificate or secret' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: PUZZEL });
  await expect(menu.getByRole('link')).toHaveText(['Overview', 'Quickstart', 'Integration assistant', 'Diagnose and solve problems', 'Branding & properties', 'Authentication (Preview)',
    'Certificates & secrets', 'Token configuration', 'API permissions', 'Expose an API', 'App roles', 'Owners', 'Roles and administrators', 'Manifest']);
  await expect(menu.locator('[data-telemetryname="Menu-CallAnAPI"]')).toHaveText('API permissions');
  await menu.getByRole('button', { name: 'Manage' }).click();
  await expect(menu.getByRole('link', { name: 'Certificates & secrets' })).toHaveCount(0);
  await menu.getByRole('button', { name: 'Manage' }).click();
  await menu.getByRole('link', { name: 'Certificates & secrets' }).click();
  await expect(page).toHaveURL(new RegExp(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}`));
  await expect(page.getByRole('heading', { name: `${PUZZEL} | Certificates & secrets` })).toBeVisible();
  await page.getByRole('button', { name: `Close content '${PUZZEL} | Certificates & secrets'` }).click();
  await expect(page.getByRole('heading', { name: 'App registrations', exact: true })).toBeVisible();
});
