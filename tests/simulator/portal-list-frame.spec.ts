// --list-frame: the App registrations list (tabs, filter box, grid) in a cross-origin React-view
// frame; the shell, the blade's title and breadcrumb stay in the top document, and an app clicked
// in the frame opens its blade in the top document.
import { test, expect } from '../support/simulator-fixture.ts';
import { signInToPortal } from '../support/portal-session.ts';
import { appIdOf, PUZZEL } from './portal-helpers.ts';

test.use({ simulatorConfig: { latency: 40, jitter: 30, listFrame: true } });

test('the list is framed from the sandbox origin; filtering and opening an app work through it', async ({ page, simulator }) => {
  await signInToPortal(page, simulator, '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
  await expect(page.getByRole('heading', { name: 'App registrations', level: 1 })).toBeVisible();
  await expect(page.getByPlaceholder(/^Start typing a display name/)).toHaveCount(0);
  await expect(page.locator('iframe.fxs-reactview-frame')).toHaveAttribute('src', new RegExp(`^${simulator.context.origins.sandbox}/`));

  const frame = page.frameLocator('iframe.fxs-reactview-frame');
  await frame.getByPlaceholder(/^Start typing a display name/).fill(PUZZEL);
  const row = frame.getByRole('row').filter({ hasText: appIdOf(simulator, PUZZEL) });
  await expect(row).toHaveCount(1);
  await expect(frame.getByRole('row').filter({ hasText: 'Contoso Intranet (dev)' })).toHaveCount(0);
  await row.getByRole('link', { name: PUZZEL }).click();

  await expect(page).toHaveURL(new RegExp(`ApplicationMenuBlade/~/Overview/appId/${appIdOf(simulator, PUZZEL)}`));
  await expect(page.getByRole('heading', { name: PUZZEL, level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'App registrations' })).toBeVisible();
  await expect(page.locator('iframe.fxs-reactview-frame')).toHaveCount(0);
});
