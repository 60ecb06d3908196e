// Every sign-in view in both UI variants: the page-level facts of portal.md §2.0, the ids and
// attributes of §2.1–§2.6, and aria snapshots with the reference's roles and names.
import { test, expect } from '../support/simulator-fixture.ts';
import { authorizeUrl, emailLabel, signInWithPassword, totpCode } from './sign-in-support.ts';

// Indented to sit inside the snapshots below.
const FOOTER = `
        - contentinfo:
          - link "Terms of use"
          - link "Privacy & cookies"
          - button "Click here for troubleshooting information"`;

for (const ui of ['current', '2019'] as const) {
  test.describe(`${ui} UI`, () => {
    test.use({ simulatorConfig: { ui } });
    const placeholder = ui === '2019' ? 'Email, phone, or Skype' : 'Email or phone';

    test('one page, one form, every view in one DOM', async ({ page, simulator }) => {
      await page.goto(authorizeUrl(simulator));
      await expect(page).toHaveTitle('Sign in to your account');
      await expect(page.locator('meta[name=PageID]')).toHaveAttribute('content', 'ConvergedSignIn');
      await expect(page.locator('form')).toHaveCount(1);
      await expect(page.locator('form')).toHaveAttribute('name', 'f1');
      await expect(page.locator('form')).toHaveAttribute('id', 'i0281');
      await expect(page.locator('div.pagination-view > div[data-viewid]')).toHaveCount(8);
      // the off-screen password box of the username view (§2.0)
      const offScreen = page.locator('[data-viewid="1"] input#i0118');
      await expect(offScreen).toHaveAttribute('name', 'passwd');
      await expect(offScreen).toHaveAttribute('aria-hidden', 'true');
      await expect(offScreen).toHaveAttribute('type', 'password');
    });

    test('email view', async ({ page, simulator }) => {
      await page.goto(authorizeUrl(simulator));
      const email = page.getByRole('textbox', { name: emailLabel(ui) });
      await expect(email).toBeFocused();
      await expect(email).toHaveAttribute('id', 'i0116');
      await expect(email).toHaveAttribute('name', 'loginfmt');
      await expect(email).toHaveAttribute('type', 'email');
      await expect(email).toHaveAttribute('maxlength', '113');
      await expect(page.getByRole('button', { name: 'Next' })).toHaveAttribute('id', 'idSIButton9');
      await expect(page.locator('body')).toMatchAriaSnapshot(`
        - img "Microsoft"
        - main:
          - heading "Sign in" [level=1]
          - alert
          - textbox "${emailLabel(ui)}":
            - /placeholder: ${placeholder}
          - link "Can’t access your account?"
          - button "Next"
        - button "Sign-in options"${FOOTER}
      `);
    });

    test('password view', async ({ page, simulator }) => {
      const upn = simulator.account.username;
      await page.goto(authorizeUrl(simulator));
      await page.getByRole('textbox', { name: emailLabel(ui) }).fill(upn);
      await page.getByRole('button', { name: 'Next' }).click();
      const password = page.getByRole('textbox', { name: `Enter the password for ${upn}` });
      await expect(password).toBeFocused();
      await expect(password).toHaveAttribute('id', 'i0118');
      await expect(password).toHaveAttribute('name', 'passwd');
      await expect(page.locator('#displayName:visible')).toHaveText(upn);
      await expect(page.locator('body')).toMatchAriaSnapshot(`
        - img "Microsoft"
        - main:
          - button "Back"
          - textbox: ${upn}
          - heading "Enter password" [level=1]
          - alert
          - textbox "Enter the password for ${upn}":
            - /placeholder: Password
          - link "Forgot my password"
          - button "Sign in"${FOOTER}
      `);
      // Back comes before the primary button in DOM order (§2.0)
      const visibleButtons = page.locator('[data-viewid="2"]').locator('#idBtn_Back, #idSIButton9');
      await expect(visibleButtons.first()).toHaveAttribute('id', 'idBtn_Back');
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.getByRole('textbox', { name: emailLabel(ui) })).toHaveValue(upn);
    });

    test('Enter code view', async ({ page, simulator }) => {
      await signInWithPassword(page, simulator, ui);
      const code = page.getByRole('textbox', { name: 'Enter code' });
      await expect(code).toBeFocused();
      for (const [name, value] of [
        ['id', 'idTxtBx_SAOTCC_OTC'], ['name', 'otc'], ['type', 'tel'], ['maxlength', '6'], ['autocomplete', 'off'],
        ['aria-required', 'true'], ['aria-labelledby', 'idDiv_SAOTCC_Title'], ['aria-label', 'Code'], ['placeholder', 'Code'],
        ['aria-describedby', 'idDiv_SAOTCS_Title idDiv_SAOTCC_Description idSpan_SAOTCC_Error_OTC'],
      ]) {
        await expect(code).toHaveAttribute(name!, value!);
      }
      await expect(page.getByRole('button', { name: 'Verify' })).toHaveAttribute('id', 'idSubmit_SAOTCC_Continue');
      await expect(page.locator('#idChkBx_SAOTCC_TD')).toBeHidden();
      await expect(page.locator('body')).toMatchAriaSnapshot(`
        - img "Microsoft"
        - main:
          - heading "Enter code" [level=1]
          - text: Enter the code displayed in the Microsoft Authenticator app on your mobile device
          - alert
          - textbox "Enter code":
            - /placeholder: Code
          - text: Having trouble?
          - link "Sign in another way"
          - link "More information about two step verification"
          - button "Verify"${FOOTER}
      `);
    });

    test('Stay signed in? view', async ({ page, simulator }) => {
      await signInWithPassword(page, simulator, ui);
      await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
      await page.getByRole('button', { name: 'Verify' }).click();
      const yes = page.getByRole('button', { name: 'Yes' });
      await expect(yes).toHaveAttribute('id', 'idSIButton9');
      await expect(yes).toHaveAttribute('aria-describedby', 'KmsiDescription');
      await expect(page.getByRole('button', { name: 'No', exact: true })).toHaveAttribute('id', 'idBtn_Back');
      await expect(page.getByRole('button', { name: 'No', exact: true })).toHaveAttribute('type', 'button');
      await expect(page.getByRole('checkbox', { name: "Don't show this again" })).toHaveAttribute('name', 'DontShowAgain');
      await expect(page.locator('#KmsiDescription')).toHaveText('Do this to reduce the number of times you are asked to sign in.');
      await expect(page.locator('body')).toMatchAriaSnapshot(`
        - img "Microsoft"
        - main:
          - heading "Stay signed in?" [level=1]
          - text: Do this to reduce the number of times you are asked to sign in.
          - checkbox "Don't show this again"
          - button "No"
          - button "Yes"${FOOTER}
      `);
    });
  });
}

for (const ui of ['current', '2019'] as const) {
  const escapeLink = ui === '2019' ? 'Sign in another way' : "I can't use my Microsoft Authenticator app right now";
  const codeTile = ui === '2019' ? 'Use a verification code from my mobile app' : 'Use a verification code';

  test.describe(`${ui} UI, push first`, () => {
    test.use({ simulatorConfig: { ui, mfa: 'push-first' } });

    test('Approve sign in request and Verify your identity views', async ({ page, simulator }) => {
      await signInWithPassword(page, simulator, ui);
      await expect(page.locator('#idDiv_SAOTCAS_Title')).toHaveText('Approve sign in request');
      await expect(page.locator('#idDiv_SAOTCAS_Description')).toHaveText('Open your Authenticator app, and enter the number shown to sign in.');
      await expect(page.locator('#idRichContext_DisplaySign')).toHaveText(/^\d{2}$/);
      await expect(page.getByRole('checkbox', { name: "Don't ask again for 30 days" })).toHaveAttribute('id', 'idChkBx_SAOTCAS_TD');
      await expect(page.getByRole('link', { name: escapeLink })).toHaveAttribute('id', 'signInAnotherWay');
      await page.getByRole('link', { name: escapeLink }).click();

      await expect(page.locator('#idDiv_SAOTCS_Title')).toHaveText('Verify your identity');
      const tiles = page.locator('#idDiv_SAOTCS_Proofs div[data-value][role=button]');
      await expect(tiles).toContainText(['Approve a request on my Microsoft Authenticator app', codeTile, 'Text +X XXXXXXXX12']);
      await expect(page.getByRole('button', { name: codeTile })).toHaveAttribute('data-value', 'PhoneAppOTP');
      // back to the push: a new number, still nobody to approve it
      await page.getByRole('button', { name: 'Approve a request on my Microsoft Authenticator app' }).click();
      await expect(page.getByRole('heading', { name: 'Approve sign in request', level: 1 })).toBeVisible();
    });
  });

  test.describe(`${ui} UI, interrupt`, () => {
    test.use({ simulatorConfig: { ui, interrupt: true } });

    test('Action Required view', async ({ page, simulator }) => {
      await signInWithPassword(page, simulator, ui);
      await page.getByRole('textbox', { name: 'Enter code' }).fill(totpCode(simulator));
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect(page.getByRole('heading', { name: 'Action Required', level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Ask later' })).toHaveAttribute('id', 'btnAskLater');
      await expect(page.getByRole('button', { name: 'Next' })).toHaveAttribute('id', 'idSubmit_ProofUp_Redirect');
    });
  });
}
