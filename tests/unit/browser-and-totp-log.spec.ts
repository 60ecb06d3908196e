// The one browser resolver, and the cross-run log of used authenticator periods.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { findBrowser, resolveBrowser } from '../../lib/browser.ts';
import { TotpUseLog } from '../../runbooks/totp-use-log.ts';

test.describe('browser resolution', () => {
  test('PORTAL_BROWSER wins when it exists', async () => {
    const fake = test.info().outputPath('my-chrome');
    await writeFile(fake, '');
    expect(findBrowser({ PORTAL_BROWSER: fake })).toEqual({ executablePath: fake, source: 'PORTAL_BROWSER' });
  });

  test('a PORTAL_BROWSER that does not exist is an error that says what to run', () => {
    expect(() => resolveBrowser({ PORTAL_BROWSER: '/nonexistent/chrome' })).toThrow(/PORTAL_BROWSER=\/nonexistent\/chrome does not exist[\s\S]*npm run setup[\s\S]*apt-get install -y chromium/);
  });

  test("otherwise Playwright's Chromium or the system's, one that exists", () => {
    const found = resolveBrowser({});
    expect(['playwright', 'system']).toContain(found.source);
    expect(existsSync(found.executablePath)).toBe(true);
  });
});

test.describe('used authenticator periods', () => {
  const account = { portalUrl: 'https://portal.azure.com/', username: 'Alex@Contoso.com', totpSecret: 'JBSWY3DPEHPK3PXP' };

  test('a period recorded by one run is known to the next, per account and portal', async () => {
    const file = test.info().outputPath('state', 'totp-periods.json');
    await new TotpUseLog(account, file).record(1234);
    expect(await new TotpUseLog({ ...account, username: 'alex@contoso.com' }, file).lastUsed()).toBe(1234);
    expect(await new TotpUseLog({ ...account, portalUrl: 'https://entra.microsoft.com/' }, file).lastUsed()).toBeUndefined();
    expect(await new TotpUseLog({ ...account, username: 'someone@contoso.com' }, file).lastUsed()).toBeUndefined();
  });

  test('an older period never replaces a newer one, and the file holds no secret', async () => {
    const file = test.info().outputPath('totp-periods.json');
    const log = new TotpUseLog(account, file);
    await log.record(2000);
    await log.record(1999);
    expect(await log.lastUsed()).toBe(2000);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(account.totpSecret);
    expect(text.toLowerCase()).not.toContain('alex');
  });

  test('a log that cannot be written costs nothing but a wait', async () => {
    const blocker = test.info().outputPath('a-file');
    await writeFile(blocker, '');
    const log = new TotpUseLog(account, `${blocker}/state/totp-periods.json`);
    await expect(log.record(5)).resolves.toBeUndefined();
    expect(await log.lastUsed()).toBeUndefined();
  });
});
