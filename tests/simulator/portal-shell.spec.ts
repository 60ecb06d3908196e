// Portal shell: the sign-in handshake, top bar, Home, welcome dialog, routes and deep links.
import { test, expect } from '../support/simulator-fixture.ts';
import { seedPortalSession, signInToPortal } from '../support/portal-session.ts';
import { appIdOf, credentialsHash, PUZZEL } from './portal-helpers.ts';

const CLIENT_ID = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';

test.describe('sign-in handshake', () => {
  test('a visit without a token goes to the authorize endpoint, carrying the hash as state', async ({ page, simulator }) => {
    const hash = credentialsHash(appIdOf(simulator, PUZZEL));
    const login = simulator.context.origins.login;
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${login}/common/oauth2/v2.0/authorize`));
    await page.goto(`${simulator.portalUrl}${hash}`);
    const url = new URL((await authorize).url());
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('response_mode')).toBe('form_post');
    expect(url.searchParams.get('redirect_uri')).toBe(`${simulator.context.origins.portal}/signin-oidc`);
    expect(url.searchParams.get('state')).toBe(hash);
    expect(url.searchParams.get('nonce')).toBeTruthy();
  });

  test('/signin-oidc redeems the code once, keeps the token in sessionStorage and restores the hash', async ({ page, simulator, admin }) => {
    const hash = credentialsHash(appIdOf(simulator, PUZZEL));
    await signInToPortal(page, simulator, hash);
    await expect(page).toHaveURL(`${simulator.portalUrl}${hash}`);
    await expect(page.getByRole('heading', { name: `${PUZZEL} | Certificates & secrets` })).toBeVisible();
    const token = await page.evaluate(() => sessionStorage.getItem('portal.accessToken'));
    expect(simulator.context.portalSessions.has(token ?? '')).toBe(true);
    expect((await admin.state()).events.map((event) => event.kind)).toContain('portal-signed-in');
  });

  test('a bad or reused code gets a 400 page', async ({ request, simulator }) => {
    const code = simulator.context.issueAuthCode(simulator.account.username);
    const first = await request.post(`${simulator.portalUrl}signin-oidc`, { form: { code, state: '' } });
    expect(first.status()).toBe(200);
    const again = await request.post(`${simulator.portalUrl}signin-oidc`, { form: { code, state: '' } });
    expect(again.status()).toBe(400);
    expect(await again.text()).toContain('Sign-in failed');
  });

  test('a data call answering 401 bounces to sign-in with the current hash', async ({ page, simulator, admin }) => {
    await signInToPortal(page, simulator);
    const hash = credentialsHash(appIdOf(simulator, PUZZEL));
    await admin.expireSessions();
    const login = simulator.context.origins.login;
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${login}/common/oauth2/v2.0/authorize`));
    await page.goto(`${simulator.portalUrl}${hash}`);
    await page.reload();
    expect(new URL((await authorize).url()).searchParams.get('state')).toBe(hash);
  });

  test('a seeded session token is accepted', async ({ page, simulator }) => {
    await seedPortalSession(page, simulator);
    await page.goto(simulator.portalUrl);
    await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
  });
});

test.describe('shell', () => {
  test('top bar, Home and its tiles', async ({ page, simulator }) => {
    await signInToPortal(page, simulator);
    const { username } = simulator.account;
    const tenant = simulator.context.tenant;
    await expect(page.getByRole('link', { name: 'Microsoft Azure' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search resources, services, and docs (G+/)' })).toHaveAttribute('placeholder', 'Search resources, services, and docs (G+/)');
    for (const name of ['Copilot', 'Cloud Shell', 'Notifications', 'Settings', 'Support + Troubleshooting', 'Feedback']) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: `Account menu Currently signed in as ${username}, under ${tenant.displayName} (${tenant.domain}) tenant` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create a resource' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'All resources' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Microsoft Entra ID' })).toHaveAttribute('href', '#blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade');
    await page.getByRole('link', { name: 'Microsoft Entra ID' }).click();
    await expect(page.getByRole('heading', { name: `${tenant.displayName} | Overview` })).toBeVisible();
    await expect(page.getByText(tenant.tenantId)).toBeVisible();
  });

  test('global search finds App registrations', async ({ page, simulator }) => {
    await signInToPortal(page, simulator);
    await page.getByRole('combobox', { name: 'Search resources, services, and docs (G+/)' }).pressSequentially('app reg');
    await page.getByRole('option', { name: 'App registrations' }).click();
    await expect(page.getByRole('heading', { name: 'App registrations', exact: true })).toBeVisible();
  });

  test('Entra ID → Manage → App registrations → app → Certificates & secrets', async ({ page, simulator }) => {
    await signInToPortal(page, simulator, '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview');
    await page.getByRole('link', { name: 'App registrations' }).click();
    const tenant = simulator.context.tenant.displayName;
    await expect(page.getByRole('heading', { name: `${tenant} | App registrations` })).toBeVisible();
    await expect(page).toHaveURL(/#view\/Microsoft_AAD_IAM\/ActiveDirectoryMenuBlade\/~\/RegisteredApps$/);
    await page.getByRole('link', { name: PUZZEL, exact: true }).click();
    await expect(page.getByRole('heading', { name: PUZZEL, exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(`${tenant} | App registrations`);
    await page.locator('[data-telemetryname="Menu-Credentials"]').click();
    await expect(page.getByRole('heading', { name: `${PUZZEL} | Certificates & secrets` })).toBeVisible();
  });

  test('welcome dialog after sign-in with --welcome; Maybe later closes it', async ({ page, simulator, admin }) => {
    await admin.configure({ welcome: true });
    await signInToPortal(page, simulator);
    const dialog = page.getByRole('alertdialog', { name: 'Welcome to Microsoft Azure' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Maybe later' }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
    await expect(dialog).toBeHidden();
  });

  test('no welcome dialog by default', async ({ page, simulator }) => {
    await signInToPortal(page, simulator);
    await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
});

test.describe('deep links', () => {
  const cases: [string, (appId: string) => string, string][] = [
    ['#view list', () => '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade', 'App registrations'],
    ['#blade list', () => '#blade/Microsoft_AAD_RegisteredApps/ApplicationsListBlade', 'App registrations'],
    ['Entra variant list', () => '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM', 'App registrations'],
    ['#view credentials', (id) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${id}`, `${PUZZEL} | Certificates & secrets`],
    ['#view credentials isMSAApp', (id) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${id}/isMSAApp~/false`, `${PUZZEL} | Certificates & secrets`],
    ['#blade credentials', (id) => `#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Credentials/appId/${id}`, `${PUZZEL} | Certificates & secrets`],
    ['#blade credentials isMSAApp', (id) => `#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Credentials/appId/${id}/isMSAApp/`, `${PUZZEL} | Certificates & secrets`],
    ['#view overview', (id) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${id}/isMSAApp~/false`, PUZZEL],
    ['tenant prefix', (id) => `#@contoso-sim.onmicrosoft.com/asset/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Credentials/appId/${id}`, `${PUZZEL} | Certificates & secrets`],
    ['Entra menu RegisteredApps', () => '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps', 'Contoso (simulated) | App registrations'],
    ['legacy Entra menu', () => '#blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/RegisteredApps', 'Contoso (simulated) | App registrations'],
  ];
  for (const [name, hashFor, heading] of cases) {
    test(name, async ({ page, simulator }) => {
      await signInToPortal(page, simulator, hashFor(appIdOf(simulator, PUZZEL)));
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    });
  }

  test('an unknown appId shows a portal-style error blade', async ({ page, simulator }) => {
    await signInToPortal(page, simulator, credentialsHash('00000000-0000-0000-0000-000000000000'));
    await expect(page.getByRole('heading', { name: 'Application not found' })).toBeVisible();
  });

  test('an unknown blade shows "Dashboard not found"', async ({ page, simulator }) => {
    await signInToPortal(page, simulator, '#view/Microsoft_AAD_IAM/NoSuchBlade');
    await expect(page.getByRole('heading', { name: 'Dashboard not found', level: 1 })).toBeVisible();
  });

  test('a hash set after the shell loaded does not route (the portal owns its router)', async ({ page, simulator }) => {
    await signInToPortal(page, simulator);
    await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
    await page.goto(`${simulator.portalUrl}#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`);
    await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'App registrations', exact: true })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
  });
});

for (const [fault, address] of [
  ['kept', 'still the deep link'],
  ['rewrite', '#home'],
] as const) {
  test.describe(`--faults deep-link-home=${fault} (portal.md §1: a cold deep link sometimes lands on Home)`, () => {
    test.use({ simulatorConfig: { latency: 40, jitter: 30, faults: [`deep-link-home=${fault}`] } });

    test(`the first load after sign-in draws Home, the address ${address}; the next load routes`, async ({ page, simulator }) => {
      const hash = credentialsHash(appIdOf(simulator, PUZZEL));
      await signInToPortal(page, simulator, hash);
      await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
      await expect(page.getByRole('tab', { name: /^Client secrets/ })).toHaveCount(0);
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(fault === 'kept' ? decodeURIComponent(hash) : '#home');
      // A new load of the page (a change of the hash alone does not route, as in the real portal).
      await page.goto('about:blank');
      await page.goto(`${simulator.portalUrl}${hash}`);
      await expect(page.getByRole('tab', { name: /^Client secrets/ })).toBeVisible();
    });
  });
}
