// The shell's half of the sign-in handshake: no token (or a 401) → go to the sign-in origin's
// authorize endpoint, carrying the current hash as `state` so deep links survive sign-in.
import { PORTAL_CLIENT_ID, TOKEN_KEY, type PortalConfig } from '../shared.ts';

export function accessToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The directory a portal address names (`#@<domain or tenant ID>/…`), if any. */
export function directoryInHash(hash: string): string | undefined {
  const named = /^#?@([^/]+)/.exec(hash)?.[1];
  return named ? decodeURIComponent(named) : undefined;
}

/** Whether `named` (a domain or tenant ID) is this directory. */
export function namesDirectory(named: string, directory: { tenantId: string; domain: string }): boolean {
  const wanted = named.toLowerCase();
  return wanted === directory.tenantId.toLowerCase() || wanted === directory.domain.toLowerCase();
}

/** `tenant`: the authority the sign-in is for (the directory the address names, else `common`). */
export function authorizeUrl(config: PortalConfig, hash: string, tenant = (config.directoryLinkIgnored ? undefined : directoryInHash(hash)) ?? 'common'): string {
  const query = [
    `client_id=${PORTAL_CLIENT_ID}`,
    'response_mode=form_post',
    `redirect_uri=${encodeURIComponent(`${config.origins.portal}/signin-oidc`)}`,
    `state=${encodeURIComponent(hash)}`,
    `nonce=${crypto.randomUUID()}`,
  ].join('&');
  return `${config.origins.login}/${encodeURIComponent(tenant)}/oauth2/v2.0/authorize?${query}`;
}

let bouncing = false;

export function bounceToSignIn(config: PortalConfig): void {
  if (bouncing) return;
  bouncing = true;
  sessionStorage.removeItem(TOKEN_KEY);
  location.assign(authorizeUrl(config, location.hash));
}

/** To another directory: a sign-in for it (silent while the sign-in session lives), then back to this address. */
export function enterDirectory(config: PortalConfig, tenant: string): void {
  if (bouncing) return;
  bouncing = true;
  location.assign(authorizeUrl(config, location.hash, tenant));
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
