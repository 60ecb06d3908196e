// The one place that decides which Chromium the runbook, the tests and the simulator's
// screenshot scripts drive. Order: PORTAL_BROWSER, Playwright's own Chromium, the system's.
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright';

export const SYSTEM_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

export type BrowserSource = 'PORTAL_BROWSER' | 'playwright' | 'system';

export interface ResolvedBrowser {
  executablePath: string;
  source: BrowserSource;
}

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nNo Chromium found. Run \`npm run setup\` (installs Playwright's Chromium, or Debian's ` +
        '`chromium` with apt when that cannot download), or `apt-get install -y chromium`, ' +
        'or set PORTAL_BROWSER to a Chromium/Chrome executable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Finds a browser, or returns undefined; never throws. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): ResolvedBrowser | undefined {
  const fromEnv = env.PORTAL_BROWSER?.trim();
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'PORTAL_BROWSER' } : undefined;
  const bundled = playwrightChromium();
  if (bundled) return { executablePath: bundled, source: 'playwright' };
  const system = SYSTEM_BROWSER_PATHS.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : undefined;
}

/** Finds a browser or throws an error that says exactly what to run. */
export function resolveBrowser(env: NodeJS.ProcessEnv = process.env): ResolvedBrowser {
  const found = findBrowser(env);
  if (found) return found;
  const fromEnv = env.PORTAL_BROWSER?.trim();
  throw new BrowserNotFoundError(fromEnv ? `PORTAL_BROWSER=${fromEnv} does not exist.` : 'No browser is installed.');
}

/** Launch options shared by every Chromium this project starts. */
export function browserLaunchOptions(env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  const { executablePath } = resolveBrowser(env);
  return {
    executablePath,
    // A closed network: keep Chromium from dialling out on its own at every start.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
