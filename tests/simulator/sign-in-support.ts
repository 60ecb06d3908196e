// Helpers for the sign-in origin's tests: the authorize URL the portal would send, a stand-in
// for the portal's /signin-oidc that captures the form_post, and the account's TOTP codes.
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import type { RunningSimulator } from '../../simulator/index.ts';

export const PORTAL_CLIENT_ID = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';
export const PORTAL_STATE = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

export function authorizeUrl(simulator: RunningSimulator, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    client_id: PORTAL_CLIENT_ID,
    response_mode: 'form_post',
    redirect_uri: `${simulator.portalUrl}signin-oidc`,
    state: PORTAL_STATE,
    nonce: 'test-nonce',
    ...extra,
  });
  return `${simulator.loginUrl}common/oauth2/v2.0/authorize?${params}`;
}

export interface FormPost {
  code: string;
  state: string;
}

/**
 * Stands in for the portal's /signin-oidc (built separately): resolves with the posted fields.
 * Arm it before the step that finishes sign-in.
 */
export async function captureFormPost(page: Page, simulator: RunningSimulator): Promise<{ posted: Promise<FormPost> }> {
  let resolve!: (post: FormPost) => void;
  const posted = new Promise<FormPost>((done) => (resolve = done));
  await page.route(`${simulator.portalUrl}signin-oidc`, async (route) => {
    const fields = new URLSearchParams(route.request().postData() ?? '');
    resolve({ code: fields.get('code') ?? '', state: fields.get('state') ?? '' });
    await route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Portal</title><h1>Signed in</h1>' });
  });
  return { posted };
}

export function totpCode(simulator: RunningSimulator): string {
  return new TOTP({ secret: Secret.fromBase32(simulator.account.totpSecret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

export function emailLabel(ui: 'current' | '2019'): string {
  return ui === '2019' ? 'Enter your email, phone, or Skype.' : 'Enter your email or phone';
}

/** Email → password, by real keystrokes and clicks; ends on whatever comes after the password. */
export async function signInWithPassword(page: Page, simulator: RunningSimulator, ui: 'current' | '2019' = 'current'): Promise<void> {
  await page.goto(authorizeUrl(simulator));
  await page.getByRole('textbox', { name: emailLabel(ui) }).fill(simulator.account.username);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: `Enter the password for ${simulator.account.username}` }).fill(simulator.account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
