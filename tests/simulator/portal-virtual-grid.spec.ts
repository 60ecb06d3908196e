// `--markup grid=virtual`: the credentials grids render as a virtualised Fluent DetailsList (only
// the rows in view and a small overscan, aria-rowcount on the grid, aria-rowindex on each row);
// scrolling renders the others and removes those scrolled out. Both UIs, one signed-in page.
import type { Page } from '@playwright/test';
import type { AppRegistration } from '../../simulator/state.ts';
import { test, expect } from '../support/simulator-fixture.ts';
import { openCredentials, PUZZEL } from './portal-helpers.ts';

const SECRETS = 30;
const CERTIFICATES = 14;

test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { grid: 'virtual' } } });

/** The grids of the blade on screen: some rows of many, and the wheel brings the others. */
async function checkGrids(page: Page, app: AppRegistration, showCertificates: () => Promise<void>): Promise<void> {
  const secrets = page.getByRole('grid', { name: 'Client secrets' });
  const rows = secrets.getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(secrets).toHaveAttribute('aria-rowcount', String(SECRETS + 1));
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect(rows.first()).toContainText(app.secrets[0]!.displayName);
  const shown = await rows.count();
  expect(shown, 'only the rows in view and an overscan').toBeGreaterThan(3);
  expect(shown).toBeLessThan(SECRETS / 2);
  await expect(rows.filter({ hasText: app.secrets[SECRETS - 1]!.displayName })).toHaveCount(0);

  // A person's wheel over the grid, to its end: the last rows come, the first ones go.
  await rows.first().hover();
  await page.mouse.wheel(0, 5_000);
  await expect(rows.last()).toHaveAttribute('aria-rowindex', String(SECRETS + 1));
  await expect(rows.last()).toContainText(app.secrets[SECRETS - 1]!.displayName);
  await expect(rows.filter({ hasText: app.secrets[0]!.displayName })).toHaveCount(0);
  expect(await rows.count()).toBeLessThan(SECRETS / 2);

  await showCertificates();
  const certificates = page.getByRole('grid', { name: 'Certificates' });
  const certificateRows = certificates.getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(certificates).toHaveAttribute('aria-rowcount', String(CERTIFICATES + 1));
  await expect(certificateRows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect(certificateRows.first()).toContainText(app.certificates[0]!.thumbprint);
  expect(await certificateRows.count()).toBeLessThan(CERTIFICATES);
}

test('grid=virtual renders some rows of many, with aria-rowcount and aria-rowindex, and scrolling swaps them (current and 2019 UIs)', async ({ page, simulator, admin }) => {
  const app = await admin.seedCredentials(PUZZEL, { secrets: SECRETS, expired: 4, expiringSoon: 3, certificates: CERTIFICATES });
  expect(app.secrets).toHaveLength(SECRETS);
  await openCredentials(page, simulator);

  await test.step('ui=current', () => checkGrids(page, app, () => page.getByRole('tab', { name: `Certificates (${CERTIFICATES})` }).click()));

  await test.step('ui=2019', async () => {
    await admin.configure({ ui: '2019' });
    await page.reload();
    // The 2019 blade stacks both sections on one page: the certificates grid is already there.
    await checkGrids(page, app, async () => {});
  });
});
