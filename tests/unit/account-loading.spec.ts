// The account from the environment when a saved sign-in may stand in for the password and the
// authenticator secret, and what logout forgets of an account.
import { test, expect } from '@playwright/test';
import { accountFromEnv, missingSignInSecrets } from '../../lib/account.ts';
import { KnownApps } from '../../runbooks/known-apps.ts';
import { TotpUseLog } from '../../runbooks/totp-use-log.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

test('without the sign-in secrets the account says what is missing; what is given is still checked', () => {
  const account = accountFromEnv({ PORTAL_USERNAME: 'alex@contoso.com' }, { signInSecrets: false });
  expect(account).toEqual({ portalUrl: 'https://portal.azure.com/', username: 'alex@contoso.com', password: '', totpSecret: '' });
  expect(missingSignInSecrets(account)).toEqual(['PORTAL_PASSWORD', 'PORTAL_TOTP_SECRET']);
  expect(() => accountFromEnv({ PORTAL_USERNAME: 'alex@contoso.com', PORTAL_TOTP_SECRET: 'not base32!' }, { signInSecrets: false })).toThrow(/PORTAL_TOTP_SECRET is not a base32 secret/);
  expect(missingSignInSecrets(accountFromEnv({ PORTAL_TOTP_SECRET: SECRET }, { username: false, signInSecrets: false }))).toEqual(['PORTAL_USERNAME', 'PORTAL_PASSWORD']);
  // By default all are required, as before.
  expect(() => accountFromEnv({ PORTAL_USERNAME: 'alex@contoso.com', PORTAL_PASSWORD: 'x' })).toThrow(/PORTAL_TOTP_SECRET is not set/);
});

test("logout forgets the account's used periods whatever its secret, and its app IDs, and no one else's", async () => {
  const file = test.info().outputPath('totp-periods.json');
  const apps = test.info().outputPath('known-apps.json');
  const alex = { portalUrl: 'https://portal.azure.com/', username: 'Alex@Contoso.com', totpSecret: SECRET };
  const bea = { ...alex, username: 'bea@contoso.com' };
  await new TotpUseLog(alex, file).record(10);
  await new TotpUseLog(bea, file).record(11);
  await new KnownApps(alex, apps).remember({ displayName: 'My app', appId: '0f3c' });
  await new KnownApps(bea, apps).remember({ displayName: 'My app', appId: '0f3d' });

  expect(await new TotpUseLog({ ...alex, totpSecret: '' }, file).forget()).toBe(true);
  expect(await new TotpUseLog(alex, file).lastUsed()).toBeUndefined();
  expect(await new TotpUseLog(bea, file).lastUsed()).toBe(11);
  expect(await new KnownApps(alex, apps).forgetAll()).toBe(1);
  expect(await new KnownApps(alex, apps).idFor('My app')).toBeUndefined();
  expect(await new KnownApps(bea, apps).idFor('My app')).toBe('0f3d');
  expect(await new TotpUseLog(alex, file).forget()).toBe(false);
});

test('app IDs and the tenant ID are remembered per directory, and logout forgets every directory of the account', async () => {
  const apps = test.info().outputPath('known-apps.json');
  const alex = { portalUrl: 'https://portal.azure.com/', username: 'alex@contoso.com' };
  const inFabrikam = () => {
    const known = new KnownApps(alex, apps);
    known.useDirectory('5D7F0C1A-0000-4000-A000-000000000001');
    return known;
  };
  await new KnownApps(alex, apps).remember({ displayName: 'My app', appId: 'home-id' });
  await new KnownApps(alex, apps).rememberTenant('home-tenant');
  await inFabrikam().remember({ displayName: 'My app', appId: 'fabrikam-id' });
  expect(await inFabrikam().idFor('My app')).toBe('fabrikam-id');
  expect(await inFabrikam().tenantId()).toBeUndefined();
  expect(await new KnownApps(alex, apps).idFor('My app')).toBe('home-id');
  expect(await new KnownApps(alex, apps).forgetAll()).toBe(2);
  expect(await inFabrikam().idFor('My app')).toBeUndefined();
});
