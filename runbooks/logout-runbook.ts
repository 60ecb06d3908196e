// `portal-runbook logout`: signs out in the portal as a person does (account menu → Sign out),
// then deletes the saved sign-in and forgets what the runbook remembered for the account (the
// authenticator periods it used, the Application IDs of app names). Never signs in: a saved
// sign-in that no longer opens the portal has nothing left to sign out of.
import { rm, stat } from 'node:fs/promises';
import type { PortalAccount } from '../lib/account.ts';
import { AccountMenu } from '../pages/account-menu.ts';
import { KnownApps } from './known-apps.ts';
import { PortalSession } from './portal-session.ts';
import { readSavedState } from './saved-state.ts';
import type { Steps } from './steps.ts';
import { interruptible } from './interruptible-steps.ts';
import { TotpUseLog } from './totp-use-log.ts';

export interface LogoutOptions {
  account: PortalAccount;
  stateFile: string | undefined;
  steps: Steps;
  headed: boolean;
  totpUseLogFile?: string;
  knownAppsFile?: string;
  /** Ctrl+C: the step under way is cut short and the browser closed (exit 130). */
  signal?: AbortSignal;
}

export interface LogoutResult {
  /** signed-out: through the account menu; ended: the saved sign-in no longer opened the portal; none: no saved sign-in. */
  portal: 'signed-out' | 'ended' | 'none';
  /** A saved sign-in file of another portal, left as it is. */
  otherPortalState?: string;
  forgotTotpPeriod: boolean;
  forgotApps: number;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

export async function logout(options: LogoutOptions): Promise<LogoutResult> {
  const { account, stateFile } = options;
  const steps = interruptible(options.steps, options.signal, 'the saved sign-in and what was remembered are kept');
  const saved = stateFile ? await readSavedState(stateFile, account.portalUrl) : undefined;
  let portal: LogoutResult['portal'] = 'none';
  if (saved) {
    // The session never signs in here (its guard is off once the portal is opened), so it saves nothing.
    const session = await steps.run('Start the browser', () => PortalSession.start({ account, headed: options.headed, stateFile, steps, totpUseLogFile: options.totpUseLogFile }));
    try {
      const shows = await steps.run('Open the portal with the saved sign-in', () => session.openAndSee());
      if (shows === 'ready') {
        const menu = new AccountMenu(session.page);
        await steps.run('Sign out (Account menu → Sign out)', async () => {
          const on = await menu.signOut(session.signInPage.anyView, account.username);
          steps.note(on === 'signedOut' ? 'the sign-in service says the account is signed out' : 'the portal is back at its sign-in page');
        });
        portal = 'signed-out';
      } else {
        steps.note('the saved sign-in no longer opens the portal (it had expired or was signed out): nothing to sign out of');
        portal = 'ended';
      }
    } finally {
      await session.close();
    }
  }
  const otherPortalState = stateFile && !saved && (await exists(stateFile)) ? stateFile : undefined;
  // Not cut short by Ctrl+C: a few milliseconds, and half of it done would be said wrong.
  return options.steps.run('Forget the saved sign-in and what was remembered for the account', async () => {
    if (saved && stateFile) await rm(stateFile, { force: true });
    if (otherPortalState) steps.note(`${otherPortalState} is not a sign-in to ${account.portalUrl} (another portal's, or unreadable): left as it is`);
    const forgotTotpPeriod = await new TotpUseLog(account, options.totpUseLogFile).forget();
    const forgotApps = await new KnownApps(account, options.knownAppsFile).forgetAll();
    return { portal, otherPortalState, forgotTotpPeriod, forgotApps };
  });
}
