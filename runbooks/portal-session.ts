// One browser, one tab, signed in to the portal: launched the project's one way, without
// tracing, video or screenshots (a secret on screen would end up in them), and reusing the
// saved sign-in while it still works.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright';
import { missingSignInSecrets, type PortalAccount } from '../lib/account.ts';
import { browserLaunchOptions, playwrightChromiumLauncher, playwrightLibrary } from '../lib/browser.ts';
import { registerFieldValueEngine } from '../pages/field-value.ts';
import { PortalShell } from '../pages/portal-shell.ts';
import { RaceTimeoutError } from '../pages/race.ts';
import { SignInPage } from '../pages/sign-in-page.ts';
import { RunbookError } from './errors.ts';
import { RUNBOOK_DIALOGS } from './runbook-dialogs.ts';
import { InterruptionGuard } from './interruption-guard.ts';
import { captureState, readSavedState, restoreSessionStorage, writeSavedState } from './saved-state.ts';
import { DEFAULT_SIGN_IN_ORIGIN } from './verify-secret.ts';
import type { Steps } from './steps.ts';
import { TotpCodes } from './totp.ts';
import { TotpUseLog } from './totp-use-log.ts';

export interface PortalSessionOptions {
  account: PortalAccount;
  headed: boolean;
  stateFile?: string;
  steps: Steps;
  /** Codes already used are remembered per process; tests pass their own memory. */
  totpMemory?: Map<string, number>;
  totpUseLogFile?: string;
  /** Browser context settings on top of the defaults (documentation screenshots fix scale, time zone…). */
  contextOptions?: BrowserContextOptions;
}

export class PortalSession {
  readonly shell: PortalShell;
  readonly signInPage: SignInPage;
  /** Overlays and sign-in prompts at any step, from the first page on. */
  readonly guard: InterruptionGuard;
  /** Where the portal sent the browser to sign in: seen in this run, or remembered in the saved state. */
  private seenSignInOrigin: string | undefined;

  private constructor(
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly options: PortalSessionOptions,
    private readonly codes: TotpCodes,
    private readonly useLog: TotpUseLog,
  ) {
    this.shell = new PortalShell(page, options.account.portalUrl, (message) => options.steps.note(message));
    this.signInPage = new SignInPage(page);
    this.guard = new InterruptionGuard({ page, shell: this.shell, signInPage: this.signInPage, signIn: () => this.completeSignIn(), steps: options.steps });
    // The dialogs the runbook opens itself are never overlays to dismiss.
    this.guard.register(...RUNBOOK_DIALOGS);
    // The sign-in service's origin, from the authorize page the portal sends the tab to (its token
    // endpoint is on the same origin: --verify asks it).
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = URL.canParse(frame.url()) ? new URL(frame.url()) : undefined;
      if (url && /\/oauth2(\/v2\.0)?\/authorize$/.test(url.pathname)) this.seenSignInOrigin = url.origin;
    });
  }

  /** The sign-in service's origin (seen this run, or saved with the sign-in); https://login.microsoftonline.com when never seen. */
  get signInOrigin(): string {
    return this.seenSignInOrigin ?? DEFAULT_SIGN_IN_ORIGIN;
  }

  static async start(options: PortalSessionOptions): Promise<PortalSession> {
    const saved = options.stateFile ? await readSavedState(options.stateFile, options.account.portalUrl) : undefined;
    // Before any context: rows are found by what their read-only text boxes hold too.
    await registerFieldValueEngine(playwrightLibrary().selectors);
    const browser = await playwrightChromiumLauncher().launch({
      ...browserLaunchOptions(process.env, { headed: options.headed }),
      // The CLI owns the signals: SIGINT after Add must let the runbook delete the secret first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      storageState: saved?.storageState,
      ...options.contextOptions,
    });
    context.setDefaultTimeout(45_000);
    context.setDefaultNavigationTimeout(90_000);
    if (saved) await restoreSessionStorage(context, saved);
    const page = await context.newPage();
    const useLog = new TotpUseLog(options.account, options.totpUseLogFile);
    const lastUsed = Math.max(saved?.lastTotpPeriod ?? -1, (await useLog.lastUsed()) ?? -1);
    const codes = new TotpCodes(options.account.totpSecret, { memory: options.totpMemory, lastUsed: lastUsed >= 0 ? lastUsed : undefined });
    const session = new PortalSession(browser, context, page, options, codes, useLog);
    session.seenSignInOrigin = saved?.signInOrigin;
    await session.guard.arm();
    if (saved) options.steps.note(`reusing the saved sign-in from ${saved.savedAt}`);
    return session;
  }

  /**
   * Opens the portal (at `startRoute`, the first page the run needs: the sign-in comes back to it)
   * and signs in unless the saved state still works; ends with the shell up. The runbook drives
   * the sign-in page itself here, so the guard's lookout leaves it alone meanwhile, and after a
   * sign-in that failed too: the page still shows the view that refused, and the run is ending.
   */
  async signIn(startRoute?: string): Promise<void> {
    await this.guard.disarm();
    await this.openPortal(startRoute);
    await this.completeSignIn();
    await this.guard.arm();
  }

  /**
   * Opens the portal and says what it shows: the shell (the saved sign-in still works, silently
   * through the sign-in cookie too) or a sign-in view. Nothing is typed; the guard stays off, so
   * the caller decides what to do about a sign-in view.
   */
  async openAndSee(startRoute?: string): Promise<'ready' | 'signIn'> {
    await this.guard.disarm();
    await this.openPortal(startRoute);
    return this.shell.showing({ ready: this.shell.ready, signIn: this.signInPage.anyView.filter({ visible: true }).first() });
  }

  /**
   * `login --interactive`: the person signs in in the window by whatever method the tenant offers;
   * nothing is typed. Done when the shell is up; a closed window or `timeoutMs` ends the wait.
   */
  async waitForPersonToSignIn(timeoutMs: number): Promise<void> {
    await this.guard.disarm();
    const closed = new Promise<'closed'>((resolve) => {
      this.page.once('close', () => resolve('closed'));
      this.browser.once('disconnected', () => resolve('closed'));
    });
    const ready = this.shell.showing({ ready: this.shell.ready }, timeoutMs).then(() => 'ready' as const);
    const outcome = await Promise.race([ready, closed]).catch((error: unknown) => {
      if (this.page.isClosed() || !this.browser.isConnected()) return 'closed' as const;
      if (error instanceof RaceTimeoutError) return 'timeout' as const;
      throw error;
    });
    if (outcome === 'closed') throw new RunbookError('sign-in', 'The browser window was closed before the portal showed: nothing was saved. Run `portal-runbook login --interactive` again and sign in in the window.');
    if (outcome === 'timeout') {
      throw new RunbookError('sign-in', `Waited ${Math.round(timeoutMs / 1000)} s for the portal to show after a sign-in in the browser window: nothing was saved. Run \`portal-runbook login --interactive\` again (--timeout gives more time).`);
    }
  }

  /** A portal that cannot be reached at all is said in one sentence, with its own exit code. */
  private async openPortal(startRoute: string | undefined): Promise<void> {
    const url = this.options.account.portalUrl;
    try {
      await this.page.goto(this.shell.urlOf(startRoute));
    } catch (error) {
      const network = /net::(ERR_[A-Z_]+)/.exec(error instanceof Error ? error.message : String(error))?.[1];
      if (!network) throw error;
      throw new RunbookError('unreachable', `Could not reach the portal at ${url}: the browser said ${network} (${explainNetworkError(network)}). Check PORTAL_URL and this machine's network or proxy.`, { cause: error });
    }
  }

  /** Signs in through whatever the page shows now (also after the portal bounced to sign-in). */
  async completeSignIn(): Promise<void> {
    const { username, password } = this.options.account;
    const note = (message: string) => this.options.steps.note(message);
    const nextCode = async () => {
      const code = await this.codes.next(note);
      await this.useLog.record(this.codes.lastUsed!);
      return code;
    };
    // An account given without its password or TOTP secret (a saved sign-in stood in for them)
    // fails only if a sign-in view asks for what is missing, in words that say what to do.
    const missing = missingSignInSecrets(this.options.account);
    const cannot = (): never => {
      throw new RunbookError(
        'sign-in',
        `The portal asks to sign in again (the saved sign-in has expired or was signed out), and ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set to sign in with: ` +
          'run `portal-runbook login --interactive` to sign in in a browser window again (or set them in the environment or .env).',
      );
    };
    const credentials = {
      get username() { return username || cannot(); },
      get password() { return password || cannot(); },
      nextCode: () => (this.options.account.totpSecret ? nextCode() : Promise.resolve(cannot())),
    };
    // The portal may send the page back to sign-in right after it showed (its session ended on the
    // first load): then the sign-in is gone through again, a bounded number of times.
    let signedIn = false;
    for (let round = 1; ; round += 1) {
      signedIn = (await this.signInPage.signIn(credentials, this.shell.ready, note)) || signedIn;
      const landed = await this.shell.showing({ ready: this.shell.ready, signIn: this.signInPage.anyView.filter({ visible: true }).first() });
      if (landed === 'ready') break;
      if (round >= 3) throw new RunbookError('sign-in', 'The portal sent the browser back to sign in three times in a row; open the portal by hand to see why.');
      note('the portal went back to sign in as it opened (its session ended): signing in again');
    }
    // From here the guard answers a later trip to sign-in; a state that cannot be read now is not saved.
    if (signedIn) await this.save().catch(() => note('the sign-in could not be saved this time (the page was changing)'));
  }

  /** Saves cookies + sessionStorage (0600), and who signed in; called while no secret is on screen. */
  async save(username = this.options.account.username): Promise<void> {
    const file = this.options.stateFile;
    if (!file) return;
    const state = await captureState(this.context, this.page, this.options.account.portalUrl);
    await writeSavedState(file, { ...state, lastTotpPeriod: this.codes.lastUsed, signInOrigin: this.seenSignInOrigin, ...(username ? { username } : {}) });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

function explainNetworkError(code: string): string {
  const known: Record<string, string> = {
    ERR_NAME_NOT_RESOLVED: 'the host name could not be resolved',
    ERR_CONNECTION_REFUSED: 'nothing answers at that address',
    ERR_CONNECTION_TIMED_OUT: 'the connection timed out',
    ERR_INTERNET_DISCONNECTED: 'this machine is offline',
    ERR_ADDRESS_UNREACHABLE: 'the address cannot be reached',
    ERR_PROXY_CONNECTION_FAILED: 'the proxy could not be reached',
    ERR_CERT_AUTHORITY_INVALID: 'the certificate is not trusted',
  };
  return known[code] ?? 'a network error';
}
