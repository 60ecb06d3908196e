// When the browser dies after Add (it crashed, or was killed), what Add created can no longer be
// read nor deleted through it. A new browser signs in (silently with the saved sign-in where there
// is one), opens the app's Certificates & secrets and deletes every secret this run added: its
// value was never handed over, so keeping it would only leave an orphan behind.
import type { Browser, Page } from 'playwright';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import { credentialsRoute, type SecretRow } from '../pages/certificates-secrets-blade.ts';
import { created } from './add-secret.ts';
import { PortalSession, type PortalSessionOptions } from './portal-session.ts';
import { CredentialsNavigator } from './reach-credentials.ts';

export function browserGone(session: { browser: Browser; page: Page }): boolean {
  return !session.browser.isConnected() || session.page.isClosed();
}

/** Deletes the secrets described `description` that were not listed `before`; returns how many. */
export async function deleteInNewBrowser(app: AppMatch, description: string, before: SecretRow[], options: PortalSessionOptions): Promise<number> {
  const { steps } = options;
  const session = await steps.run('Start a new browser (the first one closed after Add)', () => PortalSession.start(options));
  try {
    await steps.run(`Sign in as ${options.account.username} again`, () => session.signIn(credentialsRoute(app.appId)));
    const navigator = new CredentialsNavigator(session, steps);
    const title = 'Open Certificates & secrets again';
    let blade = await steps.run(title, () => session.guard.protect(title, () => navigator.reopen(app)));
    const ours = await session.guard.protect(
      'Find what Add created',
      async () => {
        await blade.selectClientSecrets();
        return created(await blade.secrets(), before).filter((row) => row.description === description);
      },
      async () => {
        blade = await navigator.reopen(app);
      },
    );
    for (const row of ours) {
      await steps.run(`Delete the secret Add created (its value was never handed over)${row.secretId ? `, Secret ID ${row.secretId}` : ''}`, () =>
        blade.deleteRow(blade.rowOf(row)),
      );
    }
    return ours.length;
  } finally {
    await session.close();
  }
}
