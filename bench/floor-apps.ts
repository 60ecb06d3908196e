// The many-apps floor: one straight-line Playwright script for a list of apps in one session. It
// signs in once (at the first app's deep link), then for each app opens its Certificates & secrets
// by deep link (a hash-only change does not route in the portal, so the page is loaded again),
// adds a secret and reads its value, as bench/floor.ts does for one app. No page objects, no
// checks, no delivery. `tabs` > 1 works the apps from one queue in that many tabs of the same
// signed-in browser: what `--concurrency` could win at best.
import { chromium, type Page } from 'playwright';
import { browserLaunchOptions } from '../lib/browser.ts';
import { addSecretAndRead, deepLink, newSecretButton, shown, signInAtDeepLink, type FloorOptions } from './floor.ts';

export interface FloorAppsOptions extends Omit<FloorOptions, 'appId' | 'description'> {
  appIds: string[];
  /** The description of app i (0-based). */
  description: (index: number) => string;
  tabs: number;
}

/** One app done: its place in the list, and the length of the value read (never the value). */
export interface FloorAppResult {
  index: number;
  appId: string;
  valueLength: number;
}

async function openCredentials(page: Page, portalUrl: string, appId: string): Promise<void> {
  await page.goto(deepLink(portalUrl, appId));
  await page.reload();
}

export async function runFloorApps(options: FloorAppsOptions, told: (result: FloorAppResult) => void): Promise<void> {
  const browser = await chromium.launch({ ...browserLaunchOptions(), headless: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const first = await context.newPage();
  await signInAtDeepLink(first, options, options.appIds[0]!);
  let next = 0;
  const work = async (page: Page, opened: boolean) => {
    for (let index = next++, fresh = opened; index < options.appIds.length; index = next++, fresh = false) {
      const appId = options.appIds[index]!;
      if (!fresh) await openCredentials(page, options.portalUrl, appId);
      const newSecret = await shown(newSecretButton(page));
      const valueLength = await addSecretAndRead(page, newSecret, { description: options.description(index), expires: options.expires });
      told({ index, appId, valueLength });
    }
  };
  const others = await Promise.all(Array.from({ length: Math.max(0, options.tabs - 1) }, () => context.newPage()));
  await Promise.all([work(first, true), ...others.map((page) => work(page, false))]);
  await browser.close();
}
