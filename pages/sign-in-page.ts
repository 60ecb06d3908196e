// Microsoft sign-in (login.microsoftonline.com, work or school account), portal.md §2.
// Every view lives in one DOM that the page shows and hides: locators are role-based (hidden
// views are not in the accessibility tree) or [S] ids filtered to the visible view.
import type { Locator, Page } from 'playwright';
import { RunbookError } from '../runbooks/errors.ts';
import { firstVisible, RaceTimeoutError, visibleText } from './race.ts';

export interface SignInCredentials {
  username: string;
  password: string;
  /** Returns a TOTP code that has not been used yet (waits for the next period if needed). */
  nextCode(): Promise<string>;
}

export type SignInScreen =
  | 'portal' | 'error' | 'email' | 'password' | 'code' | 'approve' | 'methods' | 'kmsi' | 'interrupt'
  | 'pickAccount' | 'blocked' | 'failed' | 'expired' | 'noAppCode';

const STEP_TIMEOUT = 45_000;
/** How long the method picker's tiles may take to draw after its title. */
const TILES_GRACE = 3_000;

/** What the portal's error message refers to, by the view that was just answered. */
const REFUSED: Partial<Record<SignInScreen, string>> = {
  email: 'The portal did not accept the username',
  password: 'The portal did not accept the password',
  code: 'The portal did not accept the verification code',
};

export class SignInPage {
  protected readonly root: Locator;
  readonly emailBox: Locator;
  readonly nextButton: Locator;
  /** "Sign in" + Next: the proof-up interrupt also has a Next button, the error page the heading. */
  readonly emailView: Locator;
  readonly passwordBox: Locator;
  readonly signInButton: Locator;
  readonly codeBox: Locator;
  readonly verifyButton: Locator;
  readonly approveTitle: Locator;
  readonly signInAnotherWay: Locator;
  /** A passwordless-first account's way to the password (§2.2, [S] `#idA_PWD_SwitchToPassword`). */
  readonly usePasswordInstead: Locator;
  readonly useVerificationCode: Locator;
  /** "Verify your identity" (§2.4, [S] `#idDiv_SAOTCS_Title`): the method picker, whichever tiles it offers. */
  readonly methodPicker: Locator;
  /** The code view's explanation when the code went to a phone, not to an app (§2.3: "We texted your phone …"). */
  readonly codeSentToPhone: Locator;
  readonly staySignedInTitle: Locator;
  readonly yesButton: Locator;
  readonly askLater: Locator;
  readonly pickAccountTitle: Locator;
  readonly blockedHeading: Locator;
  readonly errorPageText: Locator;
  readonly sessionTimedOut: Locator;
  /** The page's error region (`role=alert`), empty until something is wrong. */
  readonly error: Locator;

  constructor(protected readonly page: Page) {
    this.root = page.getByRole('main');
    const r = this.root;
    // Tenant branding replaces the email box's aria-label, so its [S] id is the fallback.
    this.emailBox = r.getByRole('textbox', { name: /^Enter your email/ }).or(r.locator('#i0116'));
    this.nextButton = r.getByRole('button', { name: 'Next', exact: true });
    this.emailView = r
      .filter({ has: page.getByRole('heading', { name: 'Sign in', exact: true }) })
      .getByRole('button', { name: 'Next', exact: true });
    this.passwordBox = r.getByRole('textbox', { name: /^Enter the password for / });
    this.signInButton = r.getByRole('button', { name: 'Sign in', exact: true });
    this.codeBox = r.getByRole('textbox', { name: 'Enter code', exact: true }).or(r.locator('#idTxtBx_SAOTCC_OTC'));
    this.verifyButton = r.getByRole('button', { name: 'Verify', exact: true });
    this.approveTitle = r.getByText('Approve sign in request', { exact: true });
    this.signInAnotherWay = r
      .getByRole('link', { name: 'Sign in another way', exact: true })
      .or(r.getByRole('link', { name: /^I can.t use my Microsoft Authenticator app right now$/ }));
    this.usePasswordInstead = r.getByRole('link', { name: 'Use your password instead', exact: true }).or(r.locator('#idA_PWD_SwitchToPassword'));
    this.useVerificationCode = r.getByRole('button', { name: /^Use a verification code/ });
    this.methodPicker = r.getByRole('heading', { name: 'Verify your identity', exact: true }).or(r.locator('#idDiv_SAOTCS_Title'));
    this.codeSentToPhone = r.getByText(/^We (texted|called) your phone\b/);
    this.staySignedInTitle = r.getByText('Stay signed in?', { exact: true });
    this.yesButton = r.getByRole('button', { name: 'Yes', exact: true });
    // The MFA-registration nag's ways out (§2.6), as a button or a link, or by their [S] ids. "Not
    // now" is common wording elsewhere (surveys): only beside the nag's own "Next" (proof-up redirect).
    const later = /^(Ask later|Skip setup|Skip for now)$/;
    const proofUp = r.filter({ has: page.locator('#idSubmit_ProofUp_Redirect') });
    this.askLater = r.getByRole('button', { name: later })
      .or(r.getByRole('link', { name: later }))
      .or(proofUp.getByRole('button', { name: 'Not now', exact: true }))
      .or(proofUp.getByRole('link', { name: 'Not now', exact: true }))
      .or(r.locator('#btnAskLater, #iShowSkip'));
    this.pickAccountTitle = r.getByText('Pick an account', { exact: true });
    this.blockedHeading = page.getByRole('heading', { name: 'You cannot access this right now' });
    this.errorPageText = page.getByText(/^Sorry, but we.re having trouble signing you in\.?$/);
    this.sessionTimedOut = page.getByText(/^Your session has timed out\./);
    this.error = r.getByRole('alert').filter({ hasText: /\S/ });
  }

  /** Every screen the sign-in can show, named, in priority order; `portalUp` is the shell's ready signal. */
  screens(portalUp: Locator): Record<SignInScreen, Locator> {
    return {
      portal: portalUp,
      blocked: this.blockedHeading,
      failed: this.errorPageText,
      expired: this.sessionTimedOut,
      error: this.error,
      email: this.emailView,
      password: this.passwordBox,
      code: this.codeBox,
      approve: this.approveTitle,
      methods: this.useVerificationCode,
      // The picker without the app's code (after "methods": a picker that offers it is answered there).
      noAppCode: this.methodPicker,
      kmsi: this.staySignedInTitle,
      interrupt: this.askLater,
      pickAccount: this.pickAccountTitle,
    };
  }

  /** Any sign-in view: the portal bounced to sign-in (session expired). */
  get anyView(): Locator {
    return this.emailView.or(this.passwordBox).or(this.codeBox).or(this.approveTitle).or(this.useVerificationCode).or(this.methodPicker)
      .or(this.staySignedInTitle).or(this.askLater).or(this.pickAccountTitle);
  }

  /**
   * Which screen shows now, other than `previous` (the view just answered, still fading out). A
   * sign-in page that shows none of them is said to be one, with its heading: the user can act on
   * that, not on a list of the views the runbook knows.
   */
  async current(portalUp: Locator, previous?: SignInScreen, timeout = STEP_TIMEOUT): Promise<SignInScreen> {
    const screens: Partial<Record<SignInScreen, Locator>> = this.screens(portalUp);
    if (previous) delete screens[previous];
    // The picker answered either way is one view: its title fades out with the tile that was clicked.
    if (previous === 'methods' || previous === 'noAppCode') {
      delete screens.methods;
      delete screens.noAppCode;
    }
    try {
      return await firstVisible(screens as Record<SignInScreen, Locator>, { timeout });
    } catch (error) {
      const unknown = error instanceof RaceTimeoutError ? await this.unknownView() : undefined;
      throw unknown ? new RunbookError('sign-in', unknown, { cause: error }) : error;
    }
  }

  /** The sign-in page (its [S] title) showing a view the runbook does not know: said with its heading. */
  private async unknownView(): Promise<string | undefined> {
    if ((await this.page.title().catch(() => '')) !== 'Sign in to your account') return undefined;
    const heading = (await this.root.getByRole('heading').filter({ visible: true }).first().innerText({ timeout: 1_000 }).catch(() => '')).trim();
    return (
      `The sign-in page shows a view this runbook does not know${heading ? ` ("${heading}")` : ''}. ` +
      'Sign in once by hand in a browser to see what it asks for (a sign-in method to set up, a prompt of the tenant\'s), then run again.'
    );
  }

  /**
   * Signs in through whichever views the tenant shows, in whatever order (KMSI before or after
   * the code, push first, interrupts), and returns once the portal shell is up: true when any
   * sign-in view had to be answered, false when the portal was already signed in.
   */
  async signIn(credentials: SignInCredentials, portalUp: Locator, note: (message: string) => void = () => {}): Promise<boolean> {
    const handled = new Map<SignInScreen, number>();
    let previous: SignInScreen | undefined;
    for (let screen = await this.current(portalUp); screen !== 'portal'; screen = await this.current(portalUp, previous)) {
      if (screen === 'error') {
        const message = await visibleText(this.error.filter({ visible: true }).first());
        throw new RunbookError('sign-in', `${(previous && REFUSED[previous]) ?? 'Sign-in failed'}: ${message}`);
      }
      const times = (handled.get(screen) ?? 0) + 1;
      handled.set(screen, times);
      if (times > 2) throw new RunbookError('sign-in', `Sign-in is stuck on the "${screen}" view; open the portal by hand to see why.`);
      note(`sign-in view: ${screen}`);
      await this.handle(screen, credentials, note);
      previous = screen;
    }
    return handled.size > 0;
  }

  private async handle(screen: Exclude<SignInScreen, 'portal' | 'error'>, credentials: SignInCredentials, note: (message: string) => void): Promise<void> {
    switch (screen) {
      case 'email': return this.enterEmail(credentials.username);
      case 'password': return this.enterPassword(credentials.password);
      case 'code': return this.enterCodeFromApp(credentials, note);
      case 'approve': return this.awayFromApproval(note);
      case 'methods': return this.useVerificationCode.click();
      case 'noAppCode': return this.chooseCodeOrExplain();
      // "Stay signed in?" → Yes: the sign-in session is kept, so a saved state lasts longer.
      case 'kmsi': return this.yesButton.click();
      case 'interrupt': return this.askLater.filter({ visible: true }).first().click();
      case 'pickAccount': return this.root.getByText(credentials.username, { exact: true }).first().click();
      case 'blocked': throw new RunbookError('sign-in', `Sign-in blocked: ${await this.pageMessage(this.blockedHeading)}`);
      case 'failed': throw new RunbookError('sign-in', `The sign-in page failed: ${await this.pageMessage(this.errorPageText)}`);
      case 'expired': throw new RunbookError('sign-in', await visibleText(this.sessionTimedOut.first()));
    }
  }

  /**
   * "Approve sign in request" needs the phone. Before the password (a passwordless-first account,
   * §2.2) it offers "Use your password instead"; as the second factor (push first, §2.4), "Sign in
   * another way" leads to the method picker and its verification code. Its "Sign in another way"
   * before the password leads to a credential picker instead, which is not on record.
   */
  private async awayFromApproval(note: (message: string) => void): Promise<void> {
    if ((await this.usePasswordInstead.filter({ visible: true }).count()) > 0) {
      note('the sign-in asked to approve in the Authenticator app first: using the password instead');
      return this.usePasswordInstead.filter({ visible: true }).first().click();
    }
    return this.signInAnotherWay.filter({ visible: true }).first().click();
  }

  async enterEmail(username: string): Promise<void> {
    await this.emailBox.filter({ visible: true }).first().fill(username);
    await this.nextButton.click();
  }

  async enterPassword(password: string): Promise<void> {
    await this.passwordBox.fill(password);
    await this.signInButton.click();
  }

  /**
   * Types the authenticator app's code. When the account's default method texted (or called) a
   * phone instead, that code is not ours to type: "Sign in another way" leads to the method picker,
   * and its "Use a verification code" back here, for the app.
   */
  private async enterCodeFromApp(credentials: SignInCredentials, note: (message: string) => void): Promise<void> {
    if ((await this.codeSentToPhone.filter({ visible: true }).count()) > 0) {
      note('the code was sent to a phone: choosing the authenticator app instead');
      return this.signInAnotherWay.filter({ visible: true }).first().click();
    }
    return this.enterCode(await credentials.nextCode());
  }

  /**
   * The method picker drawn without "Use a verification code": its tiles may still be drawing, so
   * that tile gets a moment to show. An account whose only methods are a phone's (a text, a call)
   * never asks for a code the runbook can give: say so, with the ways the picker does offer.
   */
  private async chooseCodeOrExplain(): Promise<void> {
    const shown = await this.useVerificationCode.waitFor({ timeout: TILES_GRACE }).then(() => true, () => false);
    if (shown) return this.useVerificationCode.click();
    const offered = (await this.root.getByRole('button').filter({ visible: true }).allInnerTexts())
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => text && !/^(Cancel|Back)$/.test(text));
    throw new RunbookError(
      'sign-in',
      `This account has no authenticator app to give a verification code: the sign-in offers only ${offered.map((text) => `"${text}"`).join(', ') || 'no method'}. ` +
        'The runbook types the app\'s codes from PORTAL_TOTP_SECRET: register an authenticator app for the account (https://aka.ms/mfasetup) and put its secret there.',
    );
  }

  async enterCode(code: string): Promise<void> {
    await this.codeBox.filter({ visible: true }).first().fill(code);
    await this.verifyButton.click();
  }

  /** The whole view's text (heading, explanation, AADSTS code): what a person would report. */
  private async pageMessage(heading: Locator): Promise<string> {
    const text = await visibleText(this.page.locator('body'));
    const start = text.indexOf(await visibleText(heading.first()));
    return text.slice(Math.max(0, start), Math.max(0, start) + 400);
  }
}
