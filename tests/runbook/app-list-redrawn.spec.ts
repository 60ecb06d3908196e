// The App registrations list drawn anew while it is read (the portal reloaded, or came back from a
// silent sign-in) opens again on its default tab with an empty filter. Both are set again before
// the list is read: on "Owned applications" the app may be missing, and the read must neither
// take that for "no such app" nor wait out its timeout (soak runs waited 45 s so, then resumed):
// by ARIA tabs when they say which is chosen, and by the list being another drawing when not.
import type { Page } from '@playwright/test';
import type { RunningSimulator } from '../../simulator/index.ts';
import { test, expect } from '../support/simulator-fixture.ts';
import { AppRegistrationsBlade } from '../../pages/app-registrations-blade.ts';
import { appIdOf, PUZZEL } from '../simulator/portal-helpers.ts';
import { signInToPortal } from '../support/portal-session.ts';

/** The list object, with the page reloaded once when the filter is first typed: before typing it, or right after. */
async function listReloadedOnce(page: Page, when: 'before' | 'after'): Promise<AppRegistrationsBlade> {
  const list = await AppRegistrationsBlade.find(page);
  const typeFilter = Reflect.get(list, 'typeFilter') as (text: string) => Promise<void>;
  const reload = async () => {
    await page.reload();
    await expect(list.filterBox.first()).toHaveValue('');
  };
  let first = true;
  Reflect.set(list, 'typeFilter', async (text: string) => {
    const now = first;
    first = false;
    if (now && when === 'before') await reload();
    await typeFilter.call(list, text);
    if (now && when === 'after') await reload();
  });
  return list;
}

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

/** Finds the app through a list reloaded once (`when`); returns the list. Fails when the read waited out its deadline. */
async function findThroughReload(page: Page, simulator: RunningSimulator, when: 'before' | 'after'): Promise<AppRegistrationsBlade> {
  page.context().setDefaultTimeout(45_000);
  await signInToPortal(page, simulator, LIST);
  const list = await listReloadedOnce(page, when);
  const started = Date.now();
  expect(await list.findApp({ kind: 'name', displayName: PUZZEL })).toEqual({ displayName: PUZZEL, appId: appIdOf(simulator, PUZZEL) });
  // Not a speed goal: a read that did not set the list up again waited out its 45 s.
  expect(Date.now() - started, 'read once set again, not at the deadline').toBeLessThan(20_000);
  return list;
}

test.describe('a list that opens on "Owned applications", its tabs ARIA tabs', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { listTab: 'owned' } } });

  test('redrawn after "All applications" was chosen and the filter typed: chosen and typed again, then read', async ({ page, simulator }) => {
    const list = await findThroughReload(page, simulator, 'after');
    await expect(list.selectedTab).toHaveText('All applications');
  });
});

test.describe('a list that opens on "Owned applications", its tabs plain buttons', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { listTab: 'owned', tabs: 'button' } } });

  // No ARIA state says which tab shows: the list itself must be known to be another drawing.
  test('redrawn after "All applications" was chosen, the filter typed into the new one: the tab chosen again, then read', async ({ page, simulator }) => {
    const list = await findThroughReload(page, simulator, 'before');
    await expect(list.filterBox.first()).toHaveValue(PUZZEL);
  });
});

test.describe('one search after another on the same list (many apps in one run)', () => {
  test.use({ simulatorConfig: { latency: 150, jitter: 50 } });

  test('the empty state an earlier search left, or its rows, are not taken for the next query\'s answer', async ({ page, simulator }) => {
    await signInToPortal(page, simulator, LIST);
    const list = await AppRegistrationsBlade.find(page);
    await expect(list.findApp({ kind: 'name', displayName: 'No Such App' })).rejects.toThrow(/The filter shows no application/);
    // The filter debounces: until the new query is asked, the list still says "No results".
    expect(await list.findApp({ kind: 'name', displayName: PUZZEL })).toEqual({ displayName: PUZZEL, appId: appIdOf(simulator, PUZZEL) });
    // Rows that all match a shorter name: "Contoso Intranet (dev)" listed is no answer to "Contoso Intranet".
    await list.findApp({ kind: 'name', displayName: 'Contoso Intranet (dev)' });
    await expect(list.findApp({ kind: 'name', displayName: 'Contoso Intranet' })).rejects.toThrow(/Several app registrations are named exactly "Contoso Intranet"/);
  });
});
