// The floor: the same create-secret as one straight-line Playwright script, for this rendering of
// the portal (the simulator's default: today's layout, TOTP, "Stay signed in?" after the code, no
// overlays). No page objects, no checks, no delivery: what a run cannot go below. It opens the
// deep link first, so the sign-in hands the browser straight back to Certificates & secrets.
import { chromium, type Locator, type Page } from 'playwright';
import { Secret, TOTP } from 'otpauth';
import { browserLaunchOptions } from '../lib/browser.ts';
import { waitForState } from '../pages/race.ts';

/**
 * Each control, once it shows. Playwright's own waits (an action's included) look every 500 ms
 * after the first quarter second, so a script written plainly sees a load of 300 ms up to half a
 * second late at every step; the runbook looks every 100 ms (pages/race.ts). The floor looks as
 * often, with the same helper: it is the limit for this rendering, not a script that waits worse.
 */
export async function shown(locator: Locator): Promise<Locator> {
  await waitForState(locator, 'visible', 45_000);
  return locator;
}

export interface FloorOptions {
  portalUrl: string;
  username: string;
  password: string;
  totpSecret: string;
  /** The app's Application (client) ID: the floor knows it, so it never searches the list. */
  appId: string;
  description: string;
  /** The Expires option's words, e.g. "90 days (3 months)". */
  expires: string;
}

/** Milliseconds per phase, by title, in order; with `total` (function start to the browser closed). */
export interface FloorTimings {
  phases: { title: string; ms: number }[];
  total: number;
}

export interface FloorResult {
  timings: FloorTimings;
  /** Length of the value read (the value itself never leaves this function). */
  valueLength: number;
}

/** Where each phase's start and end are told, e.g. as the CLI's "→ title" / "✓ title (N ms)" lines. */
export type FloorProgress = (mark: '→' | '✓', title: string, ms?: number) => void;

/** Times consecutive phases: `next(title)` ends the current phase and starts the next. */
class Phases {
  readonly done: { title: string; ms: number }[] = [];
  private current?: { title: string; started: number };

  constructor(private readonly progress: FloorProgress) {}

  next(title?: string): void {
    const now = performance.now();
    if (this.current) {
      const ms = now - this.current.started;
      this.done.push({ title: this.current.title, ms });
      this.progress('✓', this.current.title, ms);
    }
    this.current = title === undefined ? undefined : { title, started: now };
    if (title !== undefined) this.progress('→', title);
  }
}

/** Credentials & secrets of the app, by the portal's deep link. */
export function deepLink(portalUrl: string, appId: string): string {
  return new URL(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}`, new URL(portalUrl)).toString();
}

export const newSecretButton = (page: Page) => page.getByRole('button', { name: 'New client secret', exact: true });

/** Opens the app's deep link and signs in (email, password, the current code, stay signed in): back on the portal. */
export async function signInAtDeepLink(page: Page, account: Pick<FloorOptions, 'portalUrl' | 'username' | 'password' | 'totpSecret'>, appId: string): Promise<void> {
  const portal = new URL(account.portalUrl);
  await page.goto(deepLink(account.portalUrl, appId));
  await (await shown(page.getByRole('textbox', { name: 'Enter your email or phone' }))).fill(account.username);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await (await shown(page.getByRole('textbox', { name: `Enter the password for ${account.username}` }))).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const totp = new TOTP({ secret: Secret.fromBase32(account.totpSecret), algorithm: 'SHA1', digits: 6, period: 30 });
  await (await shown(page.getByRole('textbox', { name: 'Enter code', exact: true }))).fill(totp.generate());
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await (await shown(page.getByRole('button', { name: 'Yes', exact: true }))).click();
  await page.waitForURL((url) => url.origin === portal.origin);
}

/**
 * From Certificates & secrets ("New client secret" showing): New client secret, the description,
 * Expires, Add, the value read from its row; returns the value's length. `phase` is told as each
 * of the two halves starts.
 */
export async function addSecretAndRead(page: Page, newSecret: Locator, secret: Pick<FloorOptions, 'description' | 'expires'>, phase: (title: string) => void = () => {}): Promise<number> {
  phase('New client secret, type the description, choose Expires');
  await newSecret.click();
  const pane = page.getByRole('dialog', { name: 'Add a client secret' });
  await (await shown(pane.getByRole('textbox', { name: 'Description', exact: true }))).pressSequentially(secret.description);
  await pane.getByRole('combobox', { name: 'Expires', exact: true }).click();
  await (await shown(pane.getByRole('option', { name: secret.expires, exact: true }))).click();

  phase('Add, read the value from its row');
  await pane.getByRole('button', { name: 'Add', exact: true }).click();
  const value = await shown(page.getByRole('row').filter({ hasText: secret.description }).getByRole('gridcell').filter({ hasText: /\dQ~/ }));
  return (await value.innerText()).trim().split(/\s+/)[0]!.length;
}

export async function runFloor(options: FloorOptions, progress: FloorProgress = () => {}): Promise<FloorResult> {
  const started = performance.now();
  const phases = new Phases(progress);
  phases.next('Start the browser');
  const browser = await chromium.launch({ ...browserLaunchOptions(), headless: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();

  phases.next('Sign in (deep link first: email, password, code, stay signed in)');
  await signInAtDeepLink(page, options, options.appId);

  phases.next('Open Certificates & secrets (the shell, then the blade until "New client secret" shows)');
  const newSecret = await shown(newSecretButton(page));

  const valueLength = await addSecretAndRead(page, newSecret, options, (title) => phases.next(title));

  phases.next('Close the browser');
  await browser.close();
  phases.next();
  return { timings: { phases: phases.done, total: performance.now() - started }, valueLength };
}
