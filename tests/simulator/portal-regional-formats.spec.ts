// The portal's regional format (Portal settings → Language + region; --regional-format): every
// date the simulator shows, in both UIs, and what the Custom boxes fill in, accept and refuse.
// The expected texts are written out here, not taken from the simulator's formatter.
import { test, expect } from '../support/simulator-fixture.ts';
import type { RegionalFormat } from '../../simulator/options.ts';
import { openCredentials, PUZZEL } from './portal-helpers.ts';

const HR = 'Contoso HR sync';
const pad = (n: number) => String(n).padStart(2, '0');
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How each format writes a (local) day. en-GB's short September is ICU's "Sept". */
const WRITTEN: Record<RegionalFormat, (d: Date) => string> = {
  'en-US': (d) => `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`,
  'en-GB': (d) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`,
  'de-DE': (d) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`,
  iso: (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
  'en-GB-names': (d) => `${d.getDate()} ${d.getMonth() === 8 ? 'Sept' : SHORT_MONTHS[d.getMonth()]} ${d.getFullYear()}`,
  'en-US-names': (d) => `${SHORT_MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`,
};


for (const format of Object.keys(WRITTEN) as RegionalFormat[]) {
  test.describe(`regional format ${format}`, () => {
    test.use({ simulatorConfig: { latency: 40, jitter: 30, regionalFormat: format } });

    test('the grid shows each Expires in it; the Custom boxes fill in today and today + 180 days in it', async ({ page, simulator, admin }) => {
      const app = await admin.app(HR);
      await openCredentials(page, simulator, HR);
      const grid = page.getByRole('grid', { name: 'Client secrets' });
      for (const secret of app.secrets) {
        await expect(grid.getByRole('row').filter({ hasText: secret.displayName })).toContainText(WRITTEN[format](new Date(secret.endDateTime)));
      }
      await page.getByRole('button', { name: 'New client secret' }).click();
      const pane = page.getByRole('dialog', { name: 'Add a client secret' });
      await pane.getByRole('combobox', { name: 'Expires' }).click();
      await pane.getByRole('option', { name: 'Custom' }).click();
      const today = new Date();
      await expect(pane.getByRole('textbox', { name: 'Start' })).toHaveValue(WRITTEN[format](today));
      const later = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 180);
      await expect(pane.getByRole('textbox', { name: 'End' })).toHaveValue(WRITTEN[format](later));
    });
  });
}

test.describe('Custom in en-GB', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, regionalFormat: 'en-GB' } });

  test('reads what is typed day first, refuses month first with its format, and stores the day typed', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a client secret' });
    await pane.getByRole('textbox', { name: 'Description' }).fill('en-GB custom');
    await pane.getByRole('combobox', { name: 'Expires' }).click();
    await pane.getByRole('option', { name: 'Custom' }).click();
    const end = pane.getByRole('textbox', { name: 'End' });
    const add = pane.getByRole('button', { name: 'Add', exact: true });
    const today = new Date();
    const endDay = new Date(today.getFullYear() + 1, 1, 25); // 25 February next year: 2/25 reads only month first
    await end.fill(`2/25/${endDay.getFullYear()}`);
    await expect(pane.getByRole('alert')).toHaveText('Enter a date in the format DD/MM/YYYY.');
    await expect(add).toBeDisabled();
    await end.fill(`25/2/${endDay.getFullYear()}`);
    await expect(pane.getByRole('alert')).toHaveCount(0);
    await add.click();
    await expect(pane).toBeHidden();
    const [secret] = await admin.secrets(PUZZEL);
    expect(Date.parse(secret!.endDateTime)).toBe(endDay.getTime());
    await expect(page.getByRole('row').filter({ hasText: secret!.value })).toContainText(`25/02/${endDay.getFullYear()}`);
  });
});

test.describe('the 2019 portal in de-DE', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, ui: '2019', regionalFormat: 'de-DE' } });

  test('shows each Expires in it', async ({ page, simulator, admin }) => {
    const app = await admin.app(HR);
    await openCredentials(page, simulator, HR);
    for (const secret of app.secrets) {
      await expect(page.getByRole('row').filter({ hasText: secret.displayName })).toContainText(WRITTEN['de-DE'](new Date(secret.endDateTime)));
    }
  });
});

test('the admin API refuses a regional format it does not know', async ({ admin }) => {
  await expect(admin.configure({ regionalFormat: 'fr-FR' as RegionalFormat })).rejects.toThrow(/not one of en-US, en-GB, de-DE, iso, en-GB-names, en-US-names/);
});
