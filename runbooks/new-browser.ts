// When the browser dies after Add (it crashed, or was killed), what Add created can no longer be
// read nor deleted through it. A new browser signs in (silently with the saved sign-in where there
// is one) at the app's Certificates & secrets, for the run's record (added-secrets.ts) to delete
// what it added from there; the new browser is closed once that is done.
import type { Browser, Page } from 'playwright';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import { credentialsRoute } from '../pages/certificates-secrets-blade.ts';
import { PortalSession, type PortalSessionOptions } from './portal-session.ts';

export function browserGone(session: { browser: Browser; page: Page }): boolean {
  return !session.browser.isConnected() || session.page.isClosed();
}

/** Runs `work` in a new browser signed in at the app's Certificates & secrets. */
export async function inNewBrowser<T>(app: AppMatch, options: PortalSessionOptions, work: (session: PortalSession) => Promise<T>): Promise<T> {
  const { steps } = options;
  const session = await steps.run('Start a new browser (the first one closed after Add)', () => PortalSession.start(options));
  try {
    await steps.run(`Sign in as ${options.account.username} again`, () => session.signIn(credentialsRoute(app.appId)));
    return await work(session);
  } finally {
    await session.close();
  }
}
