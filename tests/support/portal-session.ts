// Signs a page in to the simulated portal without the sign-in UI: the test plays the sign-in
// origin's last step (a form_post of a one-time code to /signin-oidc), so the portal side of
// the handshake runs for real. Used by the portal tests and the screenshot script.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright';
import type { RunningSimulator } from '../../simulator/index.ts';

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Posts a fresh auth code to /signin-oidc (as the sign-in origin does) and waits for the shell. */
export async function signInToPortal(page: Page, simulator: RunningSimulator, hash = ''): Promise<void> {
  const code = simulator.context.issueAuthCode(simulator.account.username);
  const action = `${simulator.context.origins.portal}/signin-oidc`;
  await page.setContent(`<form method="post" action="${escapeAttr(action)}">
    <input type="hidden" name="code" value="${escapeAttr(code)}">
    <input type="hidden" name="state" value="${escapeAttr(hash)}">
    <button type="submit">Continue</button></form>`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /^Account menu Currently signed in as / }).waitFor();
}

/** Creates a portal session directly and seeds its token into the page's sessionStorage. */
export async function seedPortalSession(page: Page, simulator: RunningSimulator): Promise<string> {
  const accessToken = randomBytes(32).toString('base64url');
  simulator.context.portalSessions.set(accessToken, { username: simulator.account.username, accessToken });
  const portal = simulator.context.origins.portal;
  await page.addInitScript(
    ({ origin, token }) => {
      if (location.origin === origin && !sessionStorage.getItem('portal.seeded')) {
        sessionStorage.setItem('portal.seeded', '1');
        sessionStorage.setItem('portal.accessToken', token);
      }
    },
    { origin: portal, token: accessToken },
  );
  return accessToken;
}
