// The saved sign-in: cookies (Playwright's storageState) AND the portal's sessionStorage, which
// storageState does not hold and where the shell keeps its tokens. A credential: mode 0600 in a
// 0700 folder, written atomically. Also remembers the last TOTP period used (a code is good once).
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BrowserContext, Page } from 'playwright';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface SavedState {
  version: 1;
  savedAt: string;
  portalUrl: string;
  storageState: StorageState;
  /** origin → key → value */
  sessionStorage: Record<string, Record<string, string>>;
  lastTotpPeriod?: number;
  /** The origin of the sign-in page the portal sent the browser to (e.g. https://login.microsoftonline.com), once seen. */
  signInOrigin?: string;
  /** Who signed in (the account button's UPN after `login --interactive`): the username when PORTAL_USERNAME is not set. */
  username?: string;
}

/** The saved state for this portal, or undefined when there is none (or it is unreadable). */
export async function readSavedState(file: string, portalUrl: string): Promise<SavedState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const state = JSON.parse(text) as SavedState;
    return state.version === 1 && state.portalUrl === portalUrl && state.storageState ? state : undefined;
  } catch {
    return undefined;
  }
}

export async function writeSavedState(file: string, state: SavedState): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

/**
 * Reads the cookies (every origin's, the sign-in service's included) and the portal origin's
 * localStorage and sessionStorage from the signed-in page. Not context.storageState(): that visits
 * every origin the run has seen to read its localStorage, over half a second on the way to Add.
 */
export async function captureState(context: BrowserContext, page: Page, portalUrl: string): Promise<SavedState> {
  const origin = new URL(portalUrl).origin;
  const onPortal = new URL(page.url()).origin === origin;
  const storage = onPortal
    ? await page.evaluate(() => ({ session: { ...sessionStorage }, local: Object.entries({ ...localStorage }).map(([name, value]) => ({ name, value })) }))
    : { session: {} as Record<string, string>, local: [] as { name: string; value: string }[] };
  delete storage.session['azure-portal-runbook.restored'];
  return {
    version: 1,
    savedAt: new Date().toISOString(),
    portalUrl,
    storageState: { cookies: await context.cookies(), origins: storage.local.length > 0 ? [{ origin, localStorage: storage.local }] : [] },
    sessionStorage: { [origin]: storage.session },
  };
}

/**
 * Puts saved sessionStorage back before any page script runs, once per tab and origin: after
 * that the portal owns it (a sign-out that clears it must not be undone by the next load).
 */
export async function restoreSessionStorage(context: BrowserContext, state: SavedState): Promise<void> {
  await context.addInitScript((saved: Record<string, Record<string, string>>) => {
    const entries = saved[location.origin];
    const marker = 'azure-portal-runbook.restored';
    if (!entries || sessionStorage.getItem(marker) !== null) return;
    for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
    sessionStorage.setItem(marker, '1');
  }, state.sessionStorage);
}
