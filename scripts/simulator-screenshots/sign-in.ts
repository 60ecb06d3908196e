// Screenshots of every sign-in view in both UI variants, for people to look at:
// screenshots/simulator/sign-in-<variant>-<view>.png. Run: npx tsx scripts/simulator-screenshots/sign-in.ts
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { Secret, TOTP } from 'otpauth';
import { browserLaunchOptions } from '../../lib/browser.ts';
import { startSimulator, type RunningSimulator } from '../../simulator/index.ts';
import { DEFAULT_SIMULATOR_OPTIONS, type UiVariant } from '../../simulator/options.ts';

const OUT_DIR = 'screenshots/simulator';

async function snap(page: Page, ui: UiVariant, view: string): Promise<void> {
  const path = `${OUT_DIR}/sign-in-${ui}-${view}.png`;
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  console.log(`wrote ${path}`);
}

/** One walk shows every view: push first, the method picker, the code, the interrupt, KMSI. */
async function walk(page: Page, simulator: RunningSimulator, ui: UiVariant): Promise<void> {
  const { username, password, totpSecret } = simulator.account;
  const params = new URLSearchParams({
    client_id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c',
    response_mode: 'form_post',
    redirect_uri: `${simulator.portalUrl}signin-oidc`,
    state: '#home',
    nonce: 'screenshots',
  });
  await page.goto(`${simulator.loginUrl}common/oauth2/v2.0/authorize?${params}`);
  const heading = (name: string) => page.getByRole('heading', { name, level: 1 });

  await heading('Sign in').waitFor();
  await snap(page, ui, 'email');
  await page.locator('#i0116').fill(username);
  await page.getByRole('button', { name: 'Next' }).click();

  const passwordBox = page.getByRole('textbox', { name: `Enter the password for ${username}` });
  await passwordBox.waitFor();
  await snap(page, ui, 'password');
  await passwordBox.fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#passwordError a').waitFor();
  await snap(page, ui, 'wrong-password');
  await passwordBox.fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await heading('Approve sign in request').waitFor();
  await snap(page, ui, 'approve-sign-in');
  await page.locator('#signInAnotherWay:visible').click();
  await heading('Verify your identity').waitFor();
  await snap(page, ui, 'verify-identity');
  await page.locator('[data-value=PhoneAppOTP]').click();

  const codeBox = page.getByRole('textbox', { name: 'Enter code' });
  await codeBox.waitFor();
  await snap(page, ui, 'enter-code');
  await codeBox.fill(new TOTP({ secret: Secret.fromBase32(totpSecret) }).generate());
  await page.getByRole('button', { name: 'Verify' }).click();

  await heading('Action Required').waitFor();
  await snap(page, ui, 'action-required');
  await page.getByRole('button', { name: 'Ask later' }).click();
  await heading('Stay signed in?').waitFor();
  await snap(page, ui, 'stay-signed-in');
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const simulator = await startSimulator({ port: 0, latency: 0, jitter: 0 });
  const browser = await chromium.launch(browserLaunchOptions());
  try {
    for (const ui of ['current', '2019'] as const) {
      simulator.context.reset({ ...DEFAULT_SIMULATOR_OPTIONS, port: 0, latency: 0, jitter: 0, ui, mfa: 'push-first', interrupt: true });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
      await walk(await context.newPage(), simulator, ui);
      await context.close();
    }
  } finally {
    await browser.close();
    await simulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
