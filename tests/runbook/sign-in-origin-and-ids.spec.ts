// Where --verify learns what it asks the token endpoint with, without the sign-in pages: the
// session remembers the origin of the sign-in page the portal sent it to (saved with the sign-in,
// so a warm run knows it too), and the Overview's Essentials give the tenant and client IDs.
import { readFile } from 'node:fs/promises';
import { AppOverviewBlade } from '../../pages/app-overview-blade.ts';
import { PortalSession } from '../../runbooks/portal-session.ts';
import { expect, test } from '../support/simulator-fixture.ts';
import { seedPortalSession } from '../support/portal-session.ts';
import { accountOf, TestSteps } from './runbook-support.ts';

for (const ui of ['current', '2019'] as const) {
  test(`the Overview's Essentials: Directory (tenant) ID and Application (client) ID (${ui})`, async ({ page, simulator, admin }) => {
    await admin.configure({ ui });
    const { tenant } = await admin.state();
    const app = await admin.app('Contoso HR sync');
    await seedPortalSession(page, simulator);
    await page.goto(`${simulator.portalUrl}#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${app.appId}/isMSAApp~/false`);
    const overview = new AppOverviewBlade(page);
    expect(await overview.directoryTenantId()).toBe(tenant.tenantId);
    expect(await overview.applicationClientId()).toBe(app.appId);
  });
}

test('the sign-in origin: the default until seen; the page the portal sent the tab to; kept in the saved sign-in', async ({ simulator }) => {
  const stateFile = test.info().outputPath('auth', 'state.json');
  const start = () => PortalSession.start({ account: accountOf(simulator), headed: false, stateFile, steps: new TestSteps(), totpMemory: new Map(), totpUseLogFile: test.info().outputPath('totp.json') });
  const loginOrigin = new URL(simulator.loginUrl).origin;
  const first = await start();
  try {
    expect(first.signInOrigin).toBe('https://login.microsoftonline.com');
    // The runbook is not signing in here: the guard must not answer the sign-in page.
    await first.guard.disarm();
    // No session yet: the shell sends the tab to the sign-in origin's authorize page.
    await first.page.goto(simulator.portalUrl);
    await first.signInPage.anyView.filter({ visible: true }).first().waitFor();
    expect(first.signInOrigin).toBe(loginOrigin);
    await first.save();
    expect((JSON.parse(await readFile(stateFile, 'utf8')) as { signInOrigin?: string }).signInOrigin).toBe(loginOrigin);
  } finally {
    await first.close();
  }
  const warm = await start();
  try {
    expect(warm.signInOrigin).toBe(loginOrigin);
  } finally {
    await warm.close();
  }
});
