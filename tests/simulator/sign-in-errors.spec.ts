// The sign-in page's error messages (portal.md §2.1–§2.3, exact texts), the one-use TOTP rule,
// and the controls' pitfalls: hidden buttons submit nothing, script-set values are not seen.
import { Secret, TOTP } from 'otpauth';
import { test, expect } from '../support/simulator-fixture.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import { authorizeUrl, captureFormPost, emailLabel, signInWithPassword, totpCode } from './sign-in-support.ts';

const INVALID_USERNAME = 'Enter a valid email address, phone number, or Skype name.';
const UNKNOWN_USERNAME = 'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.';
const WRONG_PASSWORD = "Your account or password is incorrect. If you don't remember your password, reset it now.";
const WRONG_CODE = "You didn't enter the expected verification code. Please try again.";

/** A six-digit code that is not valid in the current ±1 window. */
function wrongCode(simulator: RunningSimulator): string {
  const totp = new TOTP({ secret: Secret.fromBase32(simulator.account.totpSecret) });
  const now = Date.now();
  const valid = [-30_000, 0, 30_000].map((offset) => totp.generate({ timestamp: now + offset }));
  return ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code))!;
}

test.describe('email view', () => {
  for (const typed of ['', 'not-an-address']) {
    test(`"${typed}" is refused as not an address`, async ({ page, simulator }) => {
      await page.goto(authorizeUrl(simulator));
      await page.getByRole('textbox', { name: emailLabel('current') }).fill(typed);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.locator('#usernameError')).toHaveText(INVALID_USERNAME);
      await expect(page.getByRole('alert').filter({ hasText: INVALID_USERNAME })).toBeVisible();
    });
  }

  test('an unknown username is refused', async ({ page, simulator, admin }) => {
    await page.goto(authorizeUrl(simulator));
    await page.getByRole('textbox', { name: emailLabel('current') }).fill('someone.else@contoso-sim.onmicrosoft.com');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#usernameError')).toHaveText(UNKNOWN_USERNAME);
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    expect((await admin.state()).events).toContainEqual(expect.objectContaining({ kind: 'sign-in-failed', detail: expect.objectContaining({ reason: 'unknown-username' }) }));
  });

  test('a value set by script without input events is not seen (typing needs keystrokes)', async ({ page, simulator }) => {
    await page.goto(authorizeUrl(simulator));
    await page.locator('#i0116').evaluate((input: HTMLInputElement, username) => (input.value = username), simulator.account.username);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#usernameError')).toHaveText(INVALID_USERNAME);
  });
});

test.describe('password view', () => {
  test.beforeEach(async ({ page, simulator }) => {
    await page.goto(authorizeUrl(simulator));
    await page.getByRole('textbox', { name: emailLabel('current') }).fill(simulator.account.username);
    await page.getByRole('button', { name: 'Next' }).click();
  });

  test('an empty password is refused', async ({ page }) => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#passwordError')).toHaveText('Please enter your password.');
  });

  test('a wrong password is refused, with the reset link', async ({ page, simulator, admin }) => {
    const password = page.getByRole('textbox', { name: `Enter the password for ${simulator.account.username}` });
    await password.fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#passwordError')).toHaveText(WRONG_PASSWORD);
    await expect(page.locator('#passwordError').getByRole('link', { name: 'reset it now' })).toBeVisible();
    await expect(password).toHaveValue('');
    expect((await admin.state()).events).toContainEqual(expect.objectContaining({ kind: 'sign-in-failed', detail: expect.objectContaining({ reason: 'wrong-password' }) }));
  });

  test('the hidden email view\'s Next (the first submit in the DOM) submits nothing', async ({ page }) => {
    const firstSubmit = page.locator('input[type=submit]').first();
    await expect(firstSubmit).toBeHidden();
    await firstSubmit.dispatchEvent('click');
    // Had it submitted, the empty password would have been refused on the spot.
    await expect(page.locator('#passwordError')).toBeEmpty();
    await expect(page.getByRole('heading', { name: 'Enter password', level: 1 })).toBeVisible();
  });
});

test.describe('Enter code view', () => {
  test('a wrong code is refused and the view stays', async ({ page, simulator, admin }) => {
    await signInWithPassword(page, simulator);
    await page.getByRole('textbox', { name: 'Enter code' }).fill(wrongCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.locator('#idSpan_SAOTCC_Error_OTC')).toHaveText(WRONG_CODE);
    await expect(page.getByRole('heading', { name: 'Enter code', level: 1 })).toBeVisible();
    expect((await admin.state()).events).toContainEqual(expect.objectContaining({ kind: 'sign-in-failed', detail: expect.objectContaining({ reason: 'wrong-code' }) }));
  });

  test('a code already used is refused with the wrong-code message', async ({ page, simulator, admin }) => {
    const code = totpCode(simulator);
    const { posted } = await captureFormPost(page, simulator);
    await signInWithPassword(page, simulator);
    await page.getByRole('textbox', { name: 'Enter code' }).fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await posted;
    await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();

    await page.context().clearCookies();
    await signInWithPassword(page, simulator);
    await page.getByRole('textbox', { name: 'Enter code' }).fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.locator('#idSpan_SAOTCC_Error_OTC')).toHaveText(WRONG_CODE);
    expect((await admin.state()).events).toContainEqual(expect.objectContaining({ kind: 'sign-in-failed', detail: expect.objectContaining({ reason: 'reused-code' }) }));
  });
});

test.describe('progress', () => {
  test.use({ simulatorConfig: { latency: 1500, jitter: 0 } });

  test('a step in flight shows the progress dots and disables the button', async ({ page, simulator }) => {
    await page.goto(authorizeUrl(simulator));
    await page.getByRole('textbox', { name: emailLabel('current') }).fill(simulator.account.username);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    await expect(page.getByRole('heading', { name: 'Enter password', level: 1 })).toBeVisible();
    await expect(page.getByRole('progressbar')).toBeHidden();
  });
});
