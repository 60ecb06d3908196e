// The one place that decides which Chromium the runbook, the tests and the simulator's
// screenshot scripts drive. Order: PORTAL_BROWSER, Playwright's own Chromium, the system's.
// Without a window the system's headless shell comes first, as Playwright's own headless runs
// use theirs: the same engine without the desktop browser around it, so it starts in a third of
// the time and takes half the CPU (bench/analysis.md).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserType, LaunchOptions } from 'playwright';

/**
 * Debian's `chromium-headless-shell`: Chromium's engine built for headless runs only. The binary
 * itself first: Debian's /usr/bin wrapper runs it as a child of a shell rather than exec'ing it.
 */
export const SYSTEM_HEADLESS_SHELL_PATHS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'] as const;

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

/**
 * Playwright, loaded when asked, not with this module: a refusal of bad input need not wait ~0.6 s
 * for it. Through `require`, not `import`: Playwright is CommonJS, and an ESM import first scans
 * its bundle for named exports (Node's cjs-module-lexer), about 0.15 s of CPU at every start
 * (bench/analysis.md).
 */
export function playwrightLibrary(): typeof import('playwright') {
  return createRequire(import.meta.url)('playwright') as typeof import('playwright');
}

/** Playwright's Chromium launcher (see playwrightLibrary). */
export function playwrightChromiumLauncher(): BrowserType {
  return playwrightLibrary().chromium;
}

function playwrightChromium(): string | undefined {
  try {
    const path = playwrightChromiumLauncher().executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export interface BrowserNeeds {
  /** A window the user watches (`--headed`): the headless shell has none. */
  headed?: boolean;
}

/** Finds a browser, or returns undefined; never throws. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, needs: BrowserNeeds = {}): ResolvedBrowser | undefined {
  const fromEnv = env.PORTAL_BROWSER?.trim();
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'PORTAL_BROWSER' } : undefined;
  const bundled = playwrightChromium();
  if (bundled) return { executablePath: bundled, source: 'playwright' };
  const candidates = needs.headed ? SYSTEM_BROWSER_PATHS : [...SYSTEM_HEADLESS_SHELL_PATHS, ...SYSTEM_BROWSER_PATHS];
  const system = candidates.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : undefined;
}

/** Finds a browser or throws an error that says exactly what to run. */
export function resolveBrowser(env: NodeJS.ProcessEnv = process.env, needs: BrowserNeeds = {}): ResolvedBrowser {
  const found = findBrowser(env, needs);
  if (found) return found;
  const fromEnv = env.PORTAL_BROWSER?.trim();
  throw new BrowserNotFoundError(fromEnv ? `PORTAL_BROWSER=${fromEnv} does not exist.` : 'No browser is installed.');
}

/**
 * PORTAL_RUNBOOK_DEBUG_PORT=N, a debugging aid: the browser also listens for the DevTools protocol
 * on 127.0.0.1:N, so a debugger (or a test, with chromium.connectOverCDP) can reach the window the
 * runbook opened. Anyone on this machine can then drive that browser: only while debugging.
 */
export function debugPortArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.PORTAL_RUNBOOK_DEBUG_PORT?.trim();
  if (!raw) return [];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`PORTAL_RUNBOOK_DEBUG_PORT=${raw} is not a port number (1–65535).`);
  return [`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'];
}

/** Launch options shared by every Chromium this project starts. */
export function browserLaunchOptions(env: NodeJS.ProcessEnv = process.env, needs: BrowserNeeds = {}): LaunchOptions {
  const { executablePath } = resolveBrowser(env, needs);
  return {
    executablePath,
    headless: !needs.headed,
    // A closed network: keep Chromium from dialling out on its own at every start.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...debugPortArgs(env)],
  };
}
