// Resource menus whose Manage group renders collapsed (portal.md §3.4: "a first click can only
// expand the menu"): the runbook's page objects expand it, then click the item.
import { test, expect } from '../support/simulator-fixture.ts';
import { signInToPortal } from '../support/portal-session.ts';
import { ApplicationBlade } from '../../pages/application-blade.ts';
import { EntraIdBlade } from '../../pages/entra-id-blade.ts';
import { appIdOf, PUZZEL } from './portal-helpers.ts';

test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { manageGroup: 'collapsed' } } });

test('an app blade: Manage is expanded, then Certificates & secrets opened', async ({ page, simulator }) => {
  const appId = appIdOf(simulator, PUZZEL);
  await signInToPortal(page, simulator, `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${appId}/isMSAApp~/false`);
  await expect(page.getByRole('button', { name: 'Manage', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Certificates & secrets', exact: true })).toHaveCount(0);

  await new ApplicationBlade(page).openCertificatesSecrets();
  await expect(page).toHaveURL(new RegExp(`ApplicationMenuBlade/~/Credentials/appId/${appId}`));
  await expect(page.getByRole('heading', { name: `${PUZZEL} | Certificates & secrets` })).toBeVisible();
});

test('the Entra ID blade: Manage is expanded, then App registrations opened', async ({ page, simulator }) => {
  await signInToPortal(page, simulator, '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview');
  await expect(page.getByRole('button', { name: 'Manage', exact: true })).toHaveAttribute('aria-expanded', 'false');

  await new EntraIdBlade(page).openAppRegistrations();
  await expect(page).toHaveURL(/ActiveDirectoryMenuBlade\/~\/RegisteredApps/);
  await expect(page.getByPlaceholder(/^Start typing a display name/)).toBeVisible();
});
