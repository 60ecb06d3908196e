// The App registrations list drawn anew while it is read (the portal reloaded, or came back from a
// silent sign-in) opens again on its default tab with an empty filter. Both are set again before
// the list is read: on "Owned applications" the app may be missing, and the read must neither
// take that for "no such app" nor wait out its timeout (a soak run waited 45 s so, then resumed).
import { test, expect } from '../support/simulator-fixture.ts';
import { AppRegistrationsBlade } from '../../pages/app-registrations-blade.ts';
import { appIdOf, PUZZEL } from '../simulator/portal-helpers.ts';
import { signInToPortal } from '../support/portal-session.ts';

test.describe('a list that opens on "Owned applications"', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, markup: { listTab: 'owned' } } });

  test('redrawn after "All applications" was chosen and the filter typed: chosen and typed again, then read', async ({ page, simulator }) => {
    page.context().setDefaultTimeout(45_000);
    await signInToPortal(page, simulator, '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
    const list = await AppRegistrationsBlade.find(page);
    // The reload comes right after the filter is typed, before the list is read.
    const typeFilter = Reflect.get(list, 'typeFilter') as (text: string) => Promise<void>;
    let reloaded = false;
    Reflect.set(list, 'typeFilter', async (text: string) => {
      await typeFilter.call(list, text);
      if (reloaded) return;
      reloaded = true;
      await page.reload();
      await expect(list.filterBox.first()).toHaveValue('');
    });
    const started = Date.now();
    expect(await list.findApp({ kind: 'name', displayName: PUZZEL })).toEqual({ displayName: PUZZEL, appId: appIdOf(simulator, PUZZEL) });
    await expect(list.selectedTab).toHaveText('All applications');
    // Not a speed goal: a read that did not choose the tab again waited out its 45 s.
    expect(Date.now() - started, 'read once set again, not at the deadline').toBeLessThan(20_000);
  });
});
