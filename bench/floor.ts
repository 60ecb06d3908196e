// The floor: the same create-secret as one straight-line Playwright script, for this rendering of
// the portal (the simulator's default: today's layout, TOTP, "Stay signed in?" after the code, no
// overlays). No page objects, no checks, no delivery: what a run cannot go below. It opens the
// deep link first, so the sign-in hands the browser straight back to Certificates & secrets.
import { chromium, type Locator } from 'playwright';
import { Secret, TOTP } from 'otpauth';
import { browserLaunchOptions } from '../lib/browser.ts';
import { waitForState } from '../pages/race.ts';

/**
 * Each control, once it shows. Playwright's own waits (an action's included) look every 500 ms
 * after the first quarter second, so a script written plainly sees a load of 300 ms up to half a
 * second late at every step; the runbook looks every 100 ms (pages/race.ts). The floor looks as
 * often, with the same helper: it is the limit for this rendering, not a script that waits worse.
 */
async function shown(locator: Locator): Promise<Locator> {
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

/** Milliseconds per phase; they add up to `total`. */
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

export async function runFloor(options: FloorOptions, progress: FloorProgress = () => {}): Promise<FloorResult> {
  const started = performance.now();
  const phases = new Phases(progress);
  phases.next('Start the browser');
  const browser = await chromium.launch({ ...browserLaunchOptions(), headless: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();

  phases.next('Sign in (deep link first: email, password, code, stay signed in)');
  const portal = new URL(options.portalUrl);
  await page.goto(new URL(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${options.appId}`, portal).toString());
  await (await shown(page.getByRole('textbox', { name: 'Enter your email or phone' }))).fill(options.username);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await (await shown(page.getByRole('textbox', { name: `Enter the password for ${options.username}` }))).fill(options.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const totp = new TOTP({ secret: Secret.fromBase32(options.totpSecret), algorithm: 'SHA1', digits: 6, period: 30 });
  await (await shown(page.getByRole('textbox', { name: 'Enter code', exact: true }))).fill(totp.generate());
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await (await shown(page.getByRole('button', { name: 'Yes', exact: true }))).click();
  await page.waitForURL((url) => url.origin === portal.origin);

  phases.next('Open Certificates & secrets (the shell, then the blade until "New client secret" shows)');
  const newSecret = await shown(page.getByRole('button', { name: 'New client secret', exact: true }));

  phases.next('New client secret, type the description, choose Expires');
  await newSecret.click();
  const pane = page.getByRole('dialog', { name: 'Add a client secret' });
  await (await shown(pane.getByRole('textbox', { name: 'Description', exact: true }))).pressSequentially(options.description);
  await pane.getByRole('combobox', { name: 'Expires', exact: true }).click();
  await (await shown(pane.getByRole('option', { name: options.expires, exact: true }))).click();

  phases.next('Add, read the value from its row');
  await pane.getByRole('button', { name: 'Add', exact: true }).click();
  const value = await shown(page.getByRole('row').filter({ hasText: options.description }).getByRole('gridcell').filter({ hasText: /\dQ~/ }));
  const valueLength = (await value.innerText()).trim().split(/\s+/)[0]!.length;

  phases.next('Close the browser');
  await browser.close();
  phases.next();
  return { timings: { phases: phases.done, total: performance.now() - started }, valueLength };
}
