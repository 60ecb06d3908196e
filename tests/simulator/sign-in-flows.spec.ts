// The sign-in origin's paths end to end: password + code, push first, "Stay signed in?" first,
// the "Action Required" interrupt, silent sign-in with a live ESTS cookie, and its expiry.
import { test, expect } from '../support/simulator-fixture.ts';
import { authorizeUrl, captureFormPost, PORTAL_STATE, signInWithPassword, totpCode } from './sign-in-support.ts';
import { SignInPage } from '../../pages/sign-in-page.ts';

test.describe('default order: password, code, Stay signed in?', () => {
  test('hands a redeemable code and the state to the portal, and records the sign-in', async ({ page, simulator, admin }) => {
    const { posted: handedOver } = await captureFormPost(page, simulator);
    await signInWithPassword(page, simulator);

    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { name: 'Stay signed in?', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Yes' }).click();

    const post = await handedOver;
    expect(post.state).toBe(PORTAL_STATE);
    expect(simulator.context.redeemAuthCode(post.code)).toBe(simulator.account.username);
    await expect(page).toHaveURL(`${simulator.portalUrl}signin-oidc`);
    const { events } = await admin.state();
    expect(events.filter((event) => event.kind === 'sign-in')).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ username: simulator.account.username, silent: false, persistent: true }) }),
    ]);
  });

  test('Enter in the code box submits it', async ({ page, simulator }) => {
    await signInWithPassword(page, simulator);
    await page.getByRole('textbox', { name: 'Enter code' }).pressSequentially(totpCode(simulator));
    await page.getByRole('textbox', { name: 'Enter code' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Stay signed in?', level: 1 })).toBeVisible();
  });

  for (const [answer, lifetime] of [['Yes', 'persistent for 90 days'], ['No', 'kept for the browser session']] as const) {
    test(`"${answer}": the ESTS cookie is httpOnly and ${lifetime}`, async ({ page, simulator }) => {
      const { posted } = await captureFormPost(page, simulator);
      await signInWithPassword(page, simulator);
      await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByRole('button', { name: answer, exact: true }).click();
      await posted;

      const cookie = (await page.context().cookies(simulator.loginUrl)).find((c) => c.name === 'ESTSAUTH');
      expect(cookie?.httpOnly).toBe(true);
      // Playwright reports a browser-session cookie as expiring at -1
      const expectedExpiry = { Yes: Date.now() / 1000 + 90 * 86_400, No: -1 }[answer];
      expect(cookie?.expires).toBeCloseTo(expectedExpiry, -2);
    });
  }
});

test.describe('push first', () => {
  test.use({ simulatorConfig: { mfa: 'push-first' } });

  test('waits on "Approve sign in request" until the user picks "Use a verification code"', async ({ page, simulator }) => {
    const { posted: handedOver } = await captureFormPost(page, simulator);
    await signInWithPassword(page, simulator);

    await expect(page.getByRole('heading', { name: 'Approve sign in request', level: 1 })).toBeVisible();
    await expect(page.locator('#idRichContext_DisplaySign')).toHaveText(/^\d{2}$/);
    await page.getByRole('link', { name: "I can't use my Microsoft Authenticator app right now" }).click();

    await expect(page.getByRole('heading', { name: 'Verify your identity', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve a request on my Microsoft Authenticator app' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Text +X XXXXXXXX12' })).toBeVisible();
    await page.getByRole('button', { name: 'Use a verification code' }).click();

    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    expect(simulator.context.redeemAuthCode((await handedOver).code)).toBe(simulator.account.username);
  });

  test('the 2019 variant words the way out "Sign in another way"', async ({ page, simulator, admin }) => {
    await admin.configure({ ui: '2019' });
    await signInWithPassword(page, simulator, '2019');
    await page.getByRole('link', { name: 'Sign in another way' }).click();
    await page.getByRole('button', { name: 'Use a verification code from my mobile app' }).click();
    await expect(page.getByRole('textbox', { name: 'Enter code' })).toBeFocused();
  });
});

test.describe('a text message first (the account\'s default method is SMS, portal.md §2.3)', () => {
  test.use({ simulatorConfig: { mfa: 'sms-first' } });

  test('"We texted your phone …" refuses the app\'s code; "Sign in another way" → "Use a verification code" takes it', async ({ page, simulator }) => {
    const { posted: handedOver } = await captureFormPost(page, simulator);
    await signInWithPassword(page, simulator);
    const description = page.locator('#idDiv_SAOTCC_Description');
    await expect(description).toHaveText('We texted your phone +X XXXXXXXX12. Please enter the code to sign in.');
    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toHaveText("You didn't enter the expected verification code. Please try again.");

    await page.getByRole('link', { name: 'Sign in another way' }).click();
    await page.getByRole('button', { name: 'Use a verification code' }).click();
    await expect(description).toHaveText('Enter the code displayed in the Microsoft Authenticator app on your mobile device');
    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    expect(simulator.context.redeemAuthCode((await handedOver).code)).toBe(simulator.account.username);
  });
});

test.describe('a passwordless-first account (portal.md §2.2)', () => {
  test.use({ simulatorConfig: { passwordless: true } });

  test('"Approve sign in request" before any password; "Use your password instead" leads on to the password and the code', async ({ page, simulator }) => {
    const { posted: handedOver } = await captureFormPost(page, simulator);
    await page.goto(authorizeUrl(simulator));
    await page.getByRole('textbox', { name: 'Enter your email or phone' }).fill(simulator.account.username);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: 'Approve sign in request' })).toBeVisible();
    await expect(page.locator('#idRemoteNGC_DisplaySign')).toHaveText(/^\d{2}$/);
    await expect(page.getByRole('textbox', { name: `Enter the password for ${simulator.account.username}` })).toBeHidden();
    await page.locator('#idA_PWD_SwitchToPassword').click();
    await page.getByRole('textbox', { name: `Enter the password for ${simulator.account.username}` }).fill(simulator.account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    expect(simulator.context.redeemAuthCode((await handedOver).code)).toBe(simulator.account.username);
  });
});

test.describe('a phone only: no authenticator app registered (portal.md §2.4)', () => {
  test.use({ simulatorConfig: { mfa: 'sms-only' } });

  test('"Sign in another way" offers the text message alone; the app\'s code is refused', async ({ page, simulator, admin }) => {
    await signInWithPassword(page, simulator);
    await expect(page.locator('#idDiv_SAOTCC_Description')).toHaveText('We texted your phone +X XXXXXXXX12. Please enter the code to sign in.');
    await page.getByRole('link', { name: 'Sign in another way' }).click();
    await expect(page.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
    await expect(page.locator('#idDiv_SAOTCS_Proofs').getByRole('button')).toHaveText(['Text +X XXXXXXXX12']);
    await page.getByRole('button', { name: 'Text +X XXXXXXXX12' }).click();
    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert')).toHaveText("You didn't enter the expected verification code. Please try again.");
    const { events } = await admin.state();
    expect(events.filter((event) => event.kind === 'sign-in-failed').map((event) => event.detail?.reason)).toEqual(['sms-code']);
  });
});

test.describe('"Stay signed in?" first', () => {
  test.use({ simulatorConfig: { kmsiFirst: true } });

  test('asks "Stay signed in?" before the code', async ({ page, simulator }) => {
    const { posted: handedOver } = await captureFormPost(page, simulator);
    await signInWithPassword(page, simulator);
    await expect(page.getByRole('heading', { name: 'Stay signed in?', level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Enter code' })).toBeHidden();
    await page.getByRole('button', { name: 'Yes' }).click();

    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    expect(simulator.context.redeemAuthCode((await handedOver).code)).toBe(simulator.account.username);
  });
});

test.describe('"Action Required" interrupt', () => {
  test.use({ simulatorConfig: { interrupt: true } });

  test('"Ask later" continues the sign-in', async ({ page, simulator, admin }) => {
    const { posted: handedOver } = await captureFormPost(page, simulator);
    await signInWithPassword(page, simulator);
    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();

    await expect(page.getByRole('heading', { name: 'Action Required', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Ask later' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    expect(simulator.context.redeemAuthCode((await handedOver).code)).toBe(simulator.account.username);
    expect((await admin.state()).events.map((event) => event.kind)).toContain('sign-in-interrupt');
  });
});

// The nag in each wording portal.md §2.6 lists, answered by the runbook's own sign-in page object.
for (const [interrupt, title] of [
  ['ask-later', 'Action Required'],
  ['not-now', 'More information required'],
  ['skip-setup', 'Let’s keep your account secure'],
  ['skip-for-now', 'Help us protect your account'],
] as const) {
  test.describe(`"${title}" interrupt`, () => {
    test.use({ simulatorConfig: { interrupt: true, markup: { interrupt } } });

    test('the runbook\'s sign-in answers it and finishes', async ({ page, simulator, admin }) => {
      const { posted: handedOver } = await captureFormPost(page, simulator);
      await page.goto(authorizeUrl(simulator));
      const views: string[] = [];
      const signedIn = new SignInPage(page).signIn(
        { username: simulator.account.username, password: simulator.account.password, nextCode: async () => totpCode(simulator) },
        page.getByRole('heading', { name: 'Signed in', exact: true }),
        (note) => views.push(note),
      );
      await expect(signedIn).resolves.toBe(true);
      expect(views).toEqual(['sign-in view: email', 'sign-in view: password', 'sign-in view: code', 'sign-in view: interrupt', 'sign-in view: kmsi']);
      expect(simulator.context.redeemAuthCode((await handedOver).code)).toBe(simulator.account.username);
      expect((await admin.state()).events.map((event) => event.kind)).toContain('sign-in-interrupt');
    });
  });
}

test.describe('ESTS session', () => {
  test('a live session signs in silently; after expiry the next visit signs in fully', async ({ page, simulator, admin }) => {
    let { posted: handedOver } = await captureFormPost(page, simulator);
    await signInWithPassword(page, simulator);
    await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await handedOver;
    await page.unrouteAll();

    ({ posted: handedOver } = await captureFormPost(page, simulator));
    await page.goto(authorizeUrl(simulator));
    expect(simulator.context.redeemAuthCode((await handedOver).code)).toBe(simulator.account.username);
    expect((await admin.state()).events.at(-1)?.detail).toMatchObject({ silent: true });
    await page.unrouteAll();

    await admin.expireSessions();
    await page.goto(authorizeUrl(simulator));
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  });

  test('codes go only to the portal', async ({ page, simulator }) => {
    await page.goto(authorizeUrl(simulator, { redirect_uri: 'https://evil.example/signin-oidc' }));
    await expect(page.getByText(/AADSTS50011/)).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });
});
