// The 2019 portal of the guide: Azure Active Directory, stacked sections, radio buttons.
import { test, expect } from '../support/simulator-fixture.ts';
import { signInToPortal } from '../support/portal-session.ts';
import { openCredentials, PUZZEL } from './portal-helpers.ts';

test.use({ simulatorConfig: { latency: 40, jitter: 30, ui: '2019' } });

test('Home says Azure Active Directory and the app menu is the guide\'s', async ({ page, simulator }) => {
  await signInToPortal(page, simulator);
  await page.getByRole('link', { name: 'Azure Active Directory' }).click();
  await expect(page.getByText('Azure Active Directory', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'App registrations' }).click();
  await page.getByRole('link', { name: PUZZEL, exact: true }).click();
  const menu = page.getByRole('navigation', { name: PUZZEL });
  await expect(menu.getByRole('textbox', { name: 'Search' })).toHaveAttribute('placeholder', 'Search (Ctrl+/)');
  await expect(menu.getByRole('link')).toHaveText(['Overview', 'Quickstart', 'Integration assistant (preview)', 'Branding', 'Authentication', 'Certificates & secrets',
    'Token configuration', 'API permissions', 'Expose an API', 'Owners', 'Roles and administrators (Preview)', 'Manifest', 'Troubleshooting', 'New support request']);
});

test('stacked sections, Add with "Never", the yellow banner, 12/31/2299', async ({ page, simulator, admin }) => {
  await openCredentials(page, simulator);
  await expect(page.getByRole('heading', { name: 'Certificates', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Client secrets', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload certificate' })).toBeVisible();
  await expect(page.getByText('No certificates have been added for this application.')).toBeVisible();
  const secrets = page.getByRole('grid', { name: 'Client secrets' });
  await expect(secrets.getByRole('columnheader')).toHaveText(['Description', 'Expires', 'Value', '']);
  await page.getByRole('button', { name: 'New client secret' }).click();
  const pane = page.getByRole('dialog', { name: 'Add a client secret' });
  await expect(pane.getByRole('radio', { name: 'In 1 year' })).toBeChecked();
  await expect(pane.getByRole('radiogroup', { name: 'Expires' }).getByRole('radio')).toHaveCount(3);
  await pane.getByRole('textbox', { name: 'Description' }).pressSequentially('Puzzel Office 365 Certificate');
  await pane.getByRole('radio', { name: 'Never' }).check();
  await pane.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pane).toBeHidden();
  await expect(page.getByText("Copy the new client secret value. You won't be able to retrieve it after you perform another operation or leave this blade.")).toBeVisible();
  const [secret] = await admin.secrets(PUZZEL);
  const row = secrets.getByRole('row').filter({ hasText: 'Puzzel Office 365 Certificate' });
  await expect(row).toContainText('12/31/2299');
  await expect(row.getByRole('gridcell').nth(2)).toHaveText(secret!.value);
  await expect(row.getByRole('button', { name: 'Copy to clipboard' })).toBeVisible();
  await expect(page.locator('.fxs-toast')).toContainText(`Successfully updated application ${PUZZEL} credentials`);
  await page.reload();
  await expect(row).toContainText('12/31/2299');
  await expect(page.getByText(secret!.value)).toHaveCount(0);
  await expect(page.getByText("Copy the new client secret value.")).toHaveCount(0);
});

test('"In 2 years" stores two years; another Add hides the earlier value', async ({ page, simulator, admin }) => {
  await openCredentials(page, simulator);
  for (const [description, choice] of [['first', 'In 2 years'], ['second', 'In 1 year']] as const) {
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a client secret' });
    await pane.getByRole('textbox', { name: 'Description' }).fill(description);
    await pane.getByRole('radio', { name: choice }).check();
    await pane.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(pane).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: description })).toBeVisible();
  }
  const [first, second] = await admin.secrets(PUZZEL);
  const years = (Date.parse(first!.endDateTime) - Date.parse(first!.startDateTime)) / (365.25 * 86_400_000);
  expect(Math.round(years)).toBe(2);
  await expect(page.getByText(second!.value)).toBeVisible();
  await expect(page.getByText(first!.value)).toHaveCount(0);
});
