// The tenant's several demo accounts: any of them signs in with its own password and code, the
// portal answers /me for whoever signed in, and a code one account used blocks only that account.
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { test, expect } from '../support/simulator-fixture.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { DemoAccount } from '../../simulator/state.ts';
import { checkTotpCode } from '../../simulator/login/totp-check.ts';
import { authorizeUrl, emailLabel } from './sign-in-support.ts';

const WRONG_CODE = "You didn't enter the expected verification code. Please try again.";

function codeOf(account: DemoAccount): string {
  return new TOTP({ secret: Secret.fromBase32(account.totpSecret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

/** Email, password and code by keystrokes and clicks, up to the code's answer (not submitted further). */
async function enterCredentials(page: Page, simulator: RunningSimulator, account: DemoAccount, code: string): Promise<void> {
  await page.goto(authorizeUrl(simulator));
  await page.getByRole('textbox', { name: emailLabel('current') }).fill(account.username);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: `Enter the password for ${account.username}` }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('textbox', { name: 'Enter code' }).fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

test('the demo accounts: alex.admin first, each with its own password and authenticator secret', async ({ simulator, admin }) => {
  const { accounts } = simulator;
  expect(accounts.length).toBeGreaterThanOrEqual(8);
  expect(accounts[0]).toEqual(simulator.account);
  expect(simulator.account.username).toBe('alex.admin@contoso-sim.onmicrosoft.com');
  for (const key of ['username', 'password', 'totpSecret'] as const) {
    expect(new Set(accounts.map((account) => account[key])).size).toBe(accounts.length);
  }
  const state = await admin.state();
  expect(state.accounts.map((account) => account.username)).toEqual(accounts.map((account) => account.username));
});

test('a second account signs in with its own password and code, and /me names it', async ({ page, simulator, admin }) => {
  const account = simulator.accounts[1]!;
  await enterCredentials(page, simulator, account, codeOf(account));
  await page.getByRole('button', { name: 'No', exact: true }).click();

  await expect(page.getByRole('button', { name: `Account menu Currently signed in as ${account.username}, under Contoso (simulated) (contoso-sim.onmicrosoft.com) tenant` })).toBeVisible();
  const token = await page.evaluate(() => sessionStorage.getItem('portal.accessToken'));
  const me = await page.request.get(`${simulator.portalUrl}api/me`, { headers: { Authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({ username: account.username, displayName: account.displayName });
  expect((await admin.state()).events).toContainEqual(expect.objectContaining({ kind: 'sign-in', detail: expect.objectContaining({ username: account.username, silent: false }) }));
});

test("one account's password and code do not sign in another", async ({ page, simulator, admin }) => {
  const [first, second] = simulator.accounts;
  await page.goto(authorizeUrl(simulator));
  await page.getByRole('textbox', { name: emailLabel('current') }).fill(second!.username);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: `Enter the password for ${second!.username}` }).fill(first!.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#passwordError')).toContainText('Your account or password is incorrect.');

  await enterCredentials(page, simulator, second!, codeOf(first!));
  await expect(page.locator('#idSpan_SAOTCC_Error_OTC')).toHaveText(WRONG_CODE);
  const reasons = (await admin.state()).events.filter((event) => event.kind === 'sign-in-failed').map((event) => event.detail?.reason);
  expect(reasons).toEqual(['wrong-password', 'wrong-code']);
});

test("a code one account used does not block another account's sign-in in the same period", async ({ page, simulator, admin }) => {
  const [first, second] = simulator.accounts;
  const firstCode = codeOf(first!);
  await enterCredentials(page, simulator, first!, firstCode);
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Account menu Currently signed in as alex\.admin@/ })).toBeVisible();

  await page.context().clearCookies();
  await enterCredentials(page, simulator, second!, codeOf(second!));
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^Account menu Currently signed in as ${second!.username.replace(/\./g, '\\.')},`) })).toBeVisible();

  // The first account's code stays spent for the first account.
  await page.context().clearCookies();
  await enterCredentials(page, simulator, first!, firstCode);
  await expect(page.locator('#idSpan_SAOTCC_Error_OTC')).toHaveText(WRONG_CODE);
  expect((await admin.state()).events).toContainEqual(
    expect.objectContaining({ kind: 'sign-in-failed', detail: expect.objectContaining({ reason: 'reused-code', username: first!.username }) }),
  );
});

test('used codes are kept per account: the same code spent by one account is still good for another', ({ simulator }) => {
  const [first] = simulator.accounts;
  // An account that shares the first one's authenticator secret: the same codes, another user.
  const twin: DemoAccount = { ...first!, username: 'twin.of.alex@contoso-sim.onmicrosoft.com' };
  const code = codeOf(first!);
  expect(checkTotpCode(simulator.context, first!, code)).toBe('accepted');
  expect(checkTotpCode(simulator.context, first!, code)).toBe('reused-code');
  expect(checkTotpCode(simulator.context, twin, code)).toBe('accepted');
});
