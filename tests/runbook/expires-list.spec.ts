// The Expires list closes when a click lands outside it, as the one that answers an overlay does
// (a survey arriving while the list is open; the soak met it: the choice then waited out its 45 s
// and the whole pane was filled in again). The pane object opens the list again instead.
import { test, expect } from '../support/simulator-fixture.ts';
import { AddClientSecretPane } from '../../pages/add-client-secret-pane.ts';
import { openCredentials } from '../simulator/portal-helpers.ts';

test.describe('an Expires list closed under the pane object', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { expiresOptions: 'treeitem' } } });

  test('is opened again to read what it offers and to choose', async ({ page, simulator, admin }) => {
    page.context().setDefaultTimeout(45_000);
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = await AddClientSecretPane.find(page);
    await pane.waitUntilOpen();
    await pane.setDescription('reopened');
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
