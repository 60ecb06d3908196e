// The shell's half of the sign-in handshake: no token (or a 401) → go to the sign-in origin's
// authorize endpoint, carrying the current hash as `state` so deep links survive sign-in.
import { PORTAL_CLIENT_ID, TOKEN_KEY, type PortalConfig } from '../shared.ts';

export function accessToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function authorizeUrl(config: PortalConfig, hash: string): string {
  const query = [
    `client_id=${PORTAL_CLIENT_ID}`,
    'response_mode=form_post',
    `redirect_uri=${encodeURIComponent(`${config.origins.portal}/signin-oidc`)}`,
    `state=${encodeURIComponent(hash)}`,
    `nonce=${crypto.randomUUID()}`,
  ].join('&');
  return `${config.origins.login}/common/oauth2/v2.0/authorize?${query}`;
}

let bouncing = false;

export function bounceToSignIn(config: PortalConfig): void {
  if (bouncing) return;
  bouncing = true;
  sessionStorage.removeItem(TOKEN_KEY);
  location.assign(authorizeUrl(config, location.hash));
}

/**
 * The account menu's "Sign out": the portal session ends on the server, the shell forgets its
 * token, and the browser goes to the sign-in origin's logout, which ends the sign-in session.
 */
export async function signOut(config: PortalConfig): Promise<void> {
  const token = accessToken();
  if (token) await fetch(`${config.origins.portal}/api/signout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  sessionStorage.removeItem(TOKEN_KEY);
  bouncing = true;
  location.assign(`${config.origins.login}/common/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(`${config.origins.portal}/`)}`);
}
