// `portal-runbook logout`: signs out in the portal as a person does (account menu → Sign out),
// then deletes the saved sign-in and forgets what the runbook remembered for the account (the
// authenticator periods it used, the Application IDs of app names). Never signs in: a saved
// sign-in that no longer opens the portal has nothing left to sign out of.
import { stat, unlink } from 'node:fs/promises';
// An operation on the run (runbooks/portal-run.ts), which owns the browser and closes it.
import { AccountMenu } from '../../pages/account-menu.ts';
import type { PortalRun } from '../portal-run.ts';
import { readSavedState } from '../saved-state.ts';
import { interruptible } from '../interruptible-steps.ts';
import { TotpUseLog } from '../totp-use-log.ts';

export interface LogoutResult {
  /** signed-out: through the account menu; ended: the saved sign-in no longer opened the portal; none: no saved sign-in. */
  portal: 'signed-out' | 'ended' | 'none';
  /** A saved sign-in file of another portal, left as it is. */
  otherPortalState?: string;
  forgotTotpPeriod: boolean;
  forgotApps: number;
}

/** Deletes the file; one already gone (another logout meanwhile) is what was wanted. */
async function removeFile(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

export async function logout(run: PortalRun): Promise<LogoutResult> {
  const { account } = run;
  const { stateFile } = run.options;
  // Ctrl+C cuts a step short here: the run closes the browser.
  const steps = interruptible(run.steps, run.options.signal, 'the saved sign-in and what was remembered are kept');
  const saved = stateFile ? await readSavedState(stateFile, account.portalUrl) : undefined;
  let portal: LogoutResult['portal'] = 'none';
  if (saved) {
    // The session never signs in here (its guard is off once the portal is opened), so it saves nothing.
    const session = await run.startBrowser();
    {
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
    }
  }
  const otherPortalState = stateFile && !saved && (await exists(stateFile)) ? stateFile : undefined;
  // Not cut short by Ctrl+C: a few milliseconds, and half of it done would be said wrong.
  return run.steps.uninterrupted.run('Forget the saved sign-in and what was remembered for the account', async () => {
    if (saved && stateFile) await removeFile(stateFile);
    if (otherPortalState) steps.note(`${otherPortalState} is not a sign-in to ${account.portalUrl} (another portal's, or unreadable): left as it is`);
    const forgotTotpPeriod = await new TotpUseLog(account, run.options.totpUseLogFile).forget();
    const forgotApps = await run.knownApps.forgetAll();
    return { portal, otherPortalState, forgotTotpPeriod, forgotApps };
  });
}
