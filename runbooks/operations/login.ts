// `portal-runbook login`: sign in once and keep the sign-in (PORTAL_STATE_FILE) for the commands
// after it. With a saved sign-in that still opens the portal, nothing is signed in again. With
// `interactive`, the person signs in in a window by whatever method the tenant offers (push,
// FIDO2, a text, passwordless) and the runbook types nothing; it only waits for the portal.
// An operation on the run (runbooks/portal-run.ts), which owns the browser and closes it.
import { AccountMenu } from '../../pages/account-menu.ts';
import type { PortalRun } from '../portal-run.ts';
import { readSavedState } from '../saved-state.ts';
import { interruptible } from '../interruptible-steps.ts';

export interface LoginOptions {
  interactive: boolean;
  /** How long a person has to sign in in the window (interactive only). */
  timeoutMs: number;
}

export interface LoginResult {
  /** still-signed-in: the saved sign-in opened the portal, nothing was signed in again. */
  outcome: 'still-signed-in' | 'signed-in';
  /** Who the account button says is signed in, when it says. */
  signedInAs: string | undefined;
  savedAt: string | undefined;
}

export async function login(run: PortalRun, options: LoginOptions): Promise<LoginResult> {
  const { account } = run;
  const { interactive } = options;
  const { stateFile } = run.options;
  // Ctrl+C cuts a step short here (nothing is added): the run closes the browser, nothing saved.
  const steps = interruptible(run.steps, run.options.signal, 'nothing was saved');
  const saved = stateFile ? await readSavedState(stateFile, account.portalUrl) : undefined;
  const session = await run.startBrowser(interactive ? 'Open a browser window' : 'Start the browser');
  {
    let outcome: LoginResult['outcome'] = 'signed-in';
    const shows = await steps.run(saved ? 'Open the portal with the saved sign-in' : 'Open the portal', () => session.openAndSee());
    if (shows === 'ready') {
      outcome = 'still-signed-in';
    } else if (interactive) {
      const minutes = Math.round(options.timeoutMs / 60_000);
      steps.note(`sign in in the browser window, by whatever method your tenant offers; waiting up to ${minutes >= 1 ? `${minutes} min` : `${Math.round(options.timeoutMs / 1000)} s`} for the portal to show`);
      await steps.run('Wait for the sign-in in the browser window', () => session.waitForPersonToSignIn(options.timeoutMs));
    } else {
      await steps.run(`Sign in as ${account.username}`, () => session.completeSignIn());
    }
    const signedInAs = await new AccountMenu(session.page).signedInAs().catch(() => undefined);
    if (signedInAs && account.username && signedInAs.toLowerCase() !== account.username.toLowerCase()) {
      steps.note(`the portal is signed in as ${signedInAs}, not as PORTAL_USERNAME=${account.username}: the saved sign-in is ${signedInAs}'s`);
    }
    let savedAt: string | undefined;
    if (stateFile) {
      // Saved also when it still worked: a silent trip through the sign-in cookie renewed it.
      await steps.run(`Save the sign-in to ${stateFile}`, () => session.save(signedInAs ?? account.username));
      savedAt = (await readSavedState(stateFile, account.portalUrl))?.savedAt;
    }
    return { outcome, signedInAs, savedAt };
  }
}
