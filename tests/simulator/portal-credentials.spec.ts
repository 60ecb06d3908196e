// Certificates & secrets (portal.md §7) and "Add a client secret" (§8, §9), current portal.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/simulator-fixture.ts';
import type { SimulatorAdmin } from '../support/simulator-admin.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { SecretRecord } from '../../simulator/state.ts';
import { openCredentials, PUZZEL } from './portal-helpers.ts';

const EXPIRES_OPTIONS = ['Recommended: 180 days (6 months)', '90 days (3 months)', '365 days (12 months)', '545 days (18 months)', '730 days (24 months)', 'Custom'];
const DAY = 86_400_000;

test.describe('Certificates & secrets blade', () => {
  test('matches the reference: title, paragraph, info bar, tabs, grid, empty state', async ({ page, simulator }) => {
    await openCredentials(page, simulator);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(['Home', 'App registrations', PUZZEL].join(''));
    await expect(page.getByRole('button', { name: `Close content '${PUZZEL} | Certificates & secrets'` })).toBeVisible();
    await expect(page.locator('[data-telemetryname="Menu-Credentials"]')).toHaveClass(/fxc-menu-listView-item/);
    await expect(page.locator('li[role=presentation] > div[role=button][aria-label="New client secret"][title="New client secret"]')).toBeVisible();
    await expect(page.getByRole('main')).toMatchAriaSnapshot(`
      - heading "${PUZZEL} | Certificates & secrets" [level=1]
      - toolbar:
        - button "Got feedback?"
      - paragraph: /^Credentials enable confidential applications to identify themselves/
      - status: Application registration certificates, secrets and federated credentials can be found in the tabs below.
      - tablist:
        - tab "Certificates (0)"
        - tab "Client secrets (0)" [selected]
        - tab "Federated credentials (0)"
      - tabpanel "Client secrets (0)":
        - paragraph: A secret string that the application uses to prove its identity when requesting a token. Also can be referred to as application password.
        - toolbar:
          - button "New client secret"
        - grid "Client secrets":
          - rowgroup:
            - row:
              - columnheader "Description"
              - columnheader "Expires"
              - columnheader "Value"
              - columnheader "Secret ID"
              - columnheader "Actions"
          - rowgroup:
            - row:
              - gridcell "No client secrets have been created for this application."
    `);
  });

  test('persisted secrets show hint + asterisks without a copy button, and the Secret ID with one', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator, 'Contoso HR sync');
    const [first] = await admin.secrets('Contoso HR sync');
    const row = page.getByRole('row').filter({ hasText: first!.displayName });
    await expect(row.getByRole('gridcell').nth(2)).toHaveText(`${first!.hint}${'*'.repeat(18)}`);
    await expect(row.getByRole('gridcell').nth(2).getByRole('button')).toHaveCount(0);
    await expect(row.getByRole('gridcell').nth(3)).toContainText(first!.keyId);
    await expect(row.getByRole('gridcell').nth(3).getByRole('button', { name: 'Copy to clipboard' })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Delete' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Certificates (1)' })).toBeVisible();
    await expect(page.getByText(first!.value)).toHaveCount(0);
  });

  test('the Add pane: roles, names, focus and the Expires options in order', async ({ page, simulator }) => {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a client secret' });
    await expect(pane.getByRole('textbox', { name: 'Description' })).toBeFocused();
    await expect(pane).toMatchAriaSnapshot(`
      - heading "Add a client secret" [level=2]
      - button "Close"
      - text: Description
      - textbox "Description"
      - combobox "Expires": "Recommended: 180 days (6 months)"
      - button "Add"
      - button "Cancel"
    `);
    const expires = pane.getByRole('combobox', { name: 'Expires' });
    await expires.evaluate((element) => (element as HTMLElement).click());
    await expect(expires).toHaveAttribute('aria-expanded', 'false');
    await expires.click();
    await expect(pane.getByRole('listbox', { name: 'Expires' }).getByRole('option')).toHaveText(EXPIRES_OPTIONS);
    await page.keyboard.press('Escape');
    await expect(expires).toHaveAttribute('aria-expanded', 'false');
    await expect(pane).toBeVisible();
    await expires.press('Alt+ArrowDown');
    await expect(expires).toHaveAttribute('aria-expanded', 'true');
    await expires.press('ArrowDown');
    await expires.press('Enter');
    await expect(expires).toHaveText('90 days (3 months)');
    await pane.getByRole('button', { name: 'Cancel' }).click();
    await expect(pane).toBeHidden();
  });

  test('Add: pane closes, toast, bell count, tab count, new row with the stored value', async ({ page, simulator, admin, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a client secret' });
    await pane.getByRole('textbox', { name: 'Description' }).pressSequentially('Puzzel Office 365 Certificate');
    await pane.getByRole('combobox', { name: 'Expires' }).click();
    await pane.getByRole('option', { name: '365 days (12 months)' }).click();
    const started = Date.now();
    await pane.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(pane).toBeHidden();
    const toast = page.locator('.fxs-toast').filter({ hasText: 'Update application credentials' });
    await expect(toast).toContainText(`Successfully updated application ${PUZZEL} credentials`);
    await expect(page.getByRole('link', { name: 'Notifications' })).toContainText('1');
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    const [secret] = await admin.secrets(PUZZEL);
    expect(secret!.displayName).toBe('Puzzel Office 365 Certificate');
    expect(secret!.value).toMatch(/^[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{34}$/);
    expect(Math.abs(Date.parse(secret!.endDateTime) - (started + 365 * DAY))).toBeLessThan(60_000);
    const row = page.getByRole('row').filter({ hasText: 'Puzzel Office 365 Certificate' });
    await expect(row.getByRole('gridcell').nth(2)).toHaveText(secret!.value);
    await row.getByRole('gridcell').nth(2).getByRole('button', { name: 'Copy to clipboard' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret!.value);
    const events = (await admin.state()).events.filter((event) => event.kind === 'secret-added');
    expect(events).toHaveLength(1);
    // toasts auto-dismiss
    await expect(toast.locator('button.fxs-toast-close.fxs-portal-svg')).toBeHidden({ timeout: 10_000 });
  });

  /** Adds a secret with the pane's defaults; returns the simulator's record once its value shows. */
  async function addSecretAndSeeItsValue(page: Page, simulator: RunningSimulator, admin: SimulatorAdmin): Promise<SecretRecord> {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    const [secret] = await admin.secrets(PUZZEL);
    await expect(page.getByText(secret!.value)).toBeVisible();
    return secret!;
  }

  test('after Add the grid re-reads the credentials: loading state, then the rows anew, the value still shown', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    const appId = (await admin.app(PUZZEL)).appId;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/apps/${appId}`, async (route) => {
      await released;
      await route.continue();
    });
    const reread = page.waitForRequest((request) => request.method() === 'GET' && request.url().endsWith(`/api/apps/${appId}`));
    await page.getByRole('button', { name: 'New client secret' }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await reread;
    const grid = page.getByRole('grid', { name: 'Client secrets' });
    const [secret] = await admin.secrets(PUZZEL);
    await expect(grid).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('progressbar', { name: 'Loading...' })).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: secret!.value })).toBeVisible();
    release();
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('progressbar', { name: 'Loading...' })).toHaveCount(0);
    await expect(grid.getByRole('row').filter({ hasText: secret!.keyId }).getByRole('gridcell').nth(2)).toHaveText(secret!.value);
  });

  test('the new value is masked for good after leaving the blade', async ({ page, simulator, admin }) => {
    const secret = await addSecretAndSeeItsValue(page, simulator, admin);
    await page.locator('[data-telemetryname="Menu-Overview"]').click();
    await expect(page.getByText('Application (client) ID')).toBeVisible();
    await expect(page.getByText('0 certificate, 1 secret')).toBeVisible();
    await page.locator('[data-telemetryname="Menu-Credentials"]').click();
    await expect(page.getByText(`${secret!.hint}${'*'.repeat(18)}`)).toBeVisible();
    await expect(page.getByText(secret!.value)).toHaveCount(0);
  });

  test('the new value is masked for good after a reload', async ({ page, simulator, admin }) => {
    const secret = await addSecretAndSeeItsValue(page, simulator, admin);
    await page.reload();
    await expect(page.getByText(`${secret!.hint}${'*'.repeat(18)}`)).toBeVisible();
    await expect(page.getByText(secret!.value)).toHaveCount(0);
  });

  test('delete asks for confirmation, then removes the secret', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator, 'Contoso HR sync');
    const [first, second] = await admin.secrets('Contoso HR sync');
    await page.getByRole('row').filter({ hasText: first!.displayName }).getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete client secret' });
    await expect(confirm).toContainText(first!.displayName);
    await confirm.getByRole('button', { name: 'No' }).click();
    await expect(confirm).toBeHidden();
    expect(await admin.secrets('Contoso HR sync')).toHaveLength(2);
    await page.getByRole('row').filter({ hasText: first!.displayName }).getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: first!.displayName })).toHaveCount(0);
    await expect(page.locator('.fxs-toast')).toContainText('Successfully updated application Contoso HR sync credentials');
    expect((await admin.secrets('Contoso HR sync')).map((s) => s.keyId)).toEqual([second!.keyId]);
    expect((await admin.state()).events.some((event) => event.kind === 'secret-deleted')).toBe(true);
  });

  test('Custom: Start/End, validation texts, Add disabled while invalid, End stored', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a client secret' });
    await pane.getByRole('combobox', { name: 'Expires' }).click();
    await pane.getByRole('option', { name: 'Custom' }).click();
    const start = pane.getByRole('textbox', { name: 'Start' });
    const end = pane.getByRole('textbox', { name: 'End' });
    const add = pane.getByRole('button', { name: 'Add', exact: true });
    const today = new Date();
    const fmt = (date: Date) => `${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()}`;
    await expect(start).toHaveValue(fmt(today));
    await end.fill(fmt(new Date(today.getTime() + 800 * DAY)));
    await expect(pane.getByRole('alert')).toHaveText(/within 24 months of the start date/);
    await expect(add).toBeDisabled();
    await end.fill(fmt(new Date(today.getTime() - 3 * DAY)));
    await expect(pane.getByRole('alert')).toHaveText('The end date cannot be in the past.');
    await start.fill(fmt(new Date(today.getTime() + 40 * DAY)));
    await end.fill(fmt(new Date(today.getTime() + 20 * DAY)));
    await expect(pane.getByRole('alert')).toHaveText('The end date must be after the start date.');
    await end.fill('13/45/2020');
    await expect(pane.getByRole('alert')).toHaveText('Enter a date in the format M/D/YYYY.');
    await start.fill(fmt(today));
    const endDate = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 100);
    await end.fill(fmt(endDate));
    await expect(pane.getByRole('alert')).toHaveCount(0);
    await add.click();
    await expect(pane).toBeHidden();
    const [secret] = await admin.secrets(PUZZEL);
    expect(Date.parse(secret!.endDateTime)).toBe(endDate.getTime());
    await expect(page.getByRole('row').filter({ hasText: secret!.value })).toContainText(fmt(endDate));
  });
});

for (const markup of [
  { pane: 'complementary', expiresOptions: 'treeitem', secretsTable: 'table', tabs: 'button' },
  { pane: 'region', expiresOptions: 'option', secretsTable: 'grid', tabs: 'button' },
] as const) {
  test.describe(`markup ${Object.values(markup).join('/')}`, () => {
    test.use({ simulatorConfig: { latency: 40, jitter: 30, markup } });

    test('Add works and renders the chosen roles', async ({ page, simulator, admin }) => {
      await openCredentials(page, simulator);
      await expect(page.getByRole('button', { name: 'Client secrets (0)' })).toBeVisible();
      await expect(page.getByRole('tab')).toHaveCount(0);
      await page.getByRole('button', { name: 'New client secret' }).click();
      const pane = page.getByRole(markup.pane, { name: 'Add a client secret' });
      await pane.getByRole('textbox', { name: 'Description' }).fill('variant');
      await pane.getByRole('combobox', { name: 'Expires' }).click();
      await pane.getByRole(markup.expiresOptions, { name: '545 days (18 months)' }).click();
      await pane.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(pane).toBeHidden();
      const [secret] = await admin.secrets(PUZZEL);
      const table = page.getByRole(markup.secretsTable, { name: 'Client secrets' });
      await expect(table.getByRole('row').filter({ hasText: 'variant' })).toContainText(secret!.value);
      await expect(page.getByText('Client secrets (1)')).toBeVisible();
    });
  });
}

test.describe('Expires worded in months, as the 2021–22 portal did (portal.md §12, §13.5)', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { expiresWording: 'months' } } });

  test('offers the months presets; "12 months" ends twelve calendar months later', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a client secret' });
    await pane.getByRole('textbox', { name: 'Description' }).fill('in months');
    const expires = pane.getByRole('combobox', { name: 'Expires' });
    await expect(expires).toHaveText('Recommended: 6 months');
    await expires.click();
    await expect(pane.getByRole('option')).toHaveText(['Recommended: 6 months', '3 months', '12 months', '18 months', '24 months', 'Custom']);
    await pane.getByRole('option', { name: '12 months', exact: true }).click();
    const before = new Date();
    await pane.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(pane).toBeHidden();
    const [secret] = await admin.secrets(PUZZEL);
    const inAYear = new Date(before);
    inAYear.setMonth(inAYear.getMonth() + 12);
    expect(secret!.endDateTime.slice(0, 10)).toBe(inAYear.toISOString().slice(0, 10));
  });
});

test.describe('the new value in a read-only text box (portal.md §7.11: its element is not known)', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { valueField: 'input' } } });

  test('shows the recorded value in the box, not in the row text, with its copy button', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    const [secret] = await admin.secrets(PUZZEL);
    const valueCell = page.getByRole('row').filter({ hasText: secret!.keyId }).getByRole('gridcell').nth(2);
    await expect(valueCell.getByRole('textbox')).toHaveValue(secret!.value);
    await expect(valueCell.getByRole('textbox')).not.toBeEditable();
    await expect(valueCell).not.toContainText(secret!.value);
    await expect(valueCell.getByRole('button', { name: 'Copy to clipboard' })).toBeVisible();
  });
});

test.describe('each Secret ID in a read-only text box (portal.md §7.11: its element is not known)', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { secretIdField: 'input' } } });

  test('the recorded ID is in a box named "Secret ID", not in the row text, with its copy button', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator, 'Contoso HR sync');
    const [first] = await admin.secrets('Contoso HR sync');
    const row = page.getByRole('row').filter({ hasText: first!.displayName });
    await expect(row.getByRole('textbox', { name: 'Secret ID' })).toHaveValue(first!.keyId);
    await expect(row.getByRole('textbox', { name: 'Secret ID' })).not.toBeEditable();
    await expect(row).not.toContainText(first!.keyId);
    await expect(row.getByRole('gridcell').nth(3).getByRole('button', { name: 'Copy to clipboard' })).toBeVisible();
  });
});

test.describe('the delete confirmation worded "Delete the client secret?" (portal.md §13.11: its texts are not known)', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { deleteConfirm: 'delete-cancel' } } });

  test('Cancel keeps the secret, Delete removes it', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator, 'Contoso HR sync');
    const [first, second] = await admin.secrets('Contoso HR sync');
    const deleteFirst = () => page.getByRole('row').filter({ hasText: first!.displayName }).getByRole('button', { name: 'Delete' }).click();
    await deleteFirst();
    const confirm = page.getByRole('alertdialog', { name: 'Delete the client secret?' });
    await expect(confirm).toContainText(first!.displayName);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    expect(await admin.secrets('Contoso HR sync')).toHaveLength(2);
    await deleteFirst();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    expect((await admin.secrets('Contoso HR sync')).map((s) => s.keyId)).toEqual([second!.keyId]);
  });
});
