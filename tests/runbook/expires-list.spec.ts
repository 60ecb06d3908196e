// The Expires list closes when a click lands outside it, as the one that answers an overlay does
// (a survey arriving while the list is open; the soak met it: the choice then waited out its 45 s
// and the whole pane was filled in again). The pane object opens the list again instead. And the
// Custom dates, typed key by key, are read back: keys a dialog took are typed again before Add.
import { test, expect } from '../support/simulator-fixture.ts';
import { AddClientSecretPane } from '../../pages/add-client-secret-pane.ts';
import { PortalDates } from '../../pages/portal-dates.ts';
import { openCredentials } from '../simulator/portal-helpers.ts';
import type { Page } from '@playwright/test';
import type { RunningSimulator } from '../../simulator/index.ts';

/** Signed in on Certificates & secrets, "Add a client secret" open with a description typed. */
async function paneWithDescription(page: Page, simulator: RunningSimulator, description: string): Promise<AddClientSecretPane> {
  page.context().setDefaultTimeout(45_000);
  await openCredentials(page, simulator);
  await page.getByRole('button', { name: 'New client secret' }).click();
  const pane = await AddClientSecretPane.find(page);
  await pane.waitUntilOpen();
  await pane.setDescription(description);
  return pane;
}

test.describe('an Expires list closed under the pane object', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { expiresOptions: 'treeitem' } } });

  test('is opened again to read what it offers and to choose', async ({ page, simulator, admin }) => {
    const pane = await paneWithDescription(page, simulator, 'reopened');
    const closeTheList = async () => {
      await pane.description.click(); // outside the list, as an overlay's button is
      await expect(pane.expiresOptions).toHaveCount(0);
    };
    await pane.openExpires();
    await closeTheList();
    expect(await pane.offeredExpiries('dropdown')).toEqual(['Recommended: 180 days (6 months)', '90 days (3 months)', '365 days (12 months)', '545 days (18 months)', '730 days (24 months)', 'Custom']);
    await closeTheList();
    await pane.chooseExpiry('dropdown', '90 days (3 months)');
    expect(await pane.expiresShown()).toBe('90 days (3 months)');
    await pane.addButton.click();
    await expect.poll(async () => (await admin.secrets('Puzzel Office 365 connector')).map((secret) => secret.displayName)).toEqual(['reopened']);
  });
});

test.describe('Custom dates typed while a dialog takes the focus', () => {
  // Typed as the page writes dates, learned from the Start box's 07.12.2026 (dots: day first).
  test.use({ simulatorConfig: { latency: 40, jitter: 30, regionalFormat: 'de-DE' } });

  test('are read back and typed again: the secret ends on the day asked', async ({ page, simulator, admin }) => {
    const pane = await paneWithDescription(page, simulator, 'custom dates');
    await pane.openExpires();
    await pane.chooseExpiry('dropdown', 'Custom');
    // The first keys typed into End go to a dialog that came up (the pane keeps the focus in itself,
    // so the dialog takes the keys rather than the focus).
    await pane.endDate.first().evaluate((box) => {
      const dialog = Object.assign(document.createElement('section'), { role: 'dialog', innerHTML: '<input aria-label="Comment">' });
      dialog.setAttribute('aria-label', 'Feedback');
      const comment = dialog.querySelector('input')!;
      const takeKey = (event: Event) => {
        const { key } = event as KeyboardEvent;
        if (key.length !== 1) return;
        if (!dialog.isConnected) document.body.append(dialog);
        event.preventDefault();
        comment.value += key;
        if (comment.value.length === 3) box.removeEventListener('keydown', takeKey);
      };
      box.addEventListener('keydown', takeKey);
    });
    const today = new Date().toISOString().slice(0, 10);
    const end = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const dates = new PortalDates();
    dates.sawToday((await pane.startPrefill())!, today, 'the Custom Start box');
    expect(dates.write(end)).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    await pane.setCustomDates(today, end, dates);
    await expect(page.getByRole('textbox', { name: 'Comment' }), 'the dialog took keys').not.toHaveValue('');
    expect(await pane.holdsCustomDates({ start: today, end })).toBe(true);
    await pane.addButton.click();
    await expect.poll(async () => (await admin.secrets('Puzzel Office 365 connector')).map((secret) => secret.endDateTime.slice(0, 10))).toEqual([end]);
  });
});
