// --list-filter server (the default): each filter is a server query, debounced, with the grid's
// loading state while it runs; every tab click reloads. stale-responses: answers land out of
// order, the grid shows the last one to land and asks again when that is not the current query.
import type { Page, Request, Route } from '@playwright/test';
import { test, expect } from '../support/simulator-fixture.ts';
import { signInToPortal } from '../support/portal-session.ts';
import { PUZZEL } from './portal-helpers.ts';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const FILTER = 'Start typing a display name or application (client) ID to filter these results';

const listQuery = (request: Request) => {
  const url = new URL(request.url());
  return url.pathname === '/api/apps' ? { filter: url.searchParams.get('filter'), tab: url.searchParams.get('tab') } : undefined;
};

/** Holds the answers to list queries matching `filter` until released. */
async function holdQueries(page: Page, filter: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname === '/api/apps' && url.searchParams.get('filter') === filter, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('server filtering', () => {
  test('typing is debounced into one query; the grid is busy until its answer, then shows it', async ({ page, simulator }) => {
    const queries: ({ filter: string | null; tab: string | null } | undefined)[] = [];
    page.on('request', (request) => listQuery(request) && queries.push(listQuery(request)));
    await signInToPortal(page, simulator, LIST);
    const grid = page.getByRole('grid', { name: 'Applications' });
    await expect(page.getByText(`${simulator.context.tenant.apps.length} applications found`)).toBeVisible();
    await expect(grid).toHaveAttribute('aria-busy', 'false');

    const release = await holdQueries(page, 'puzzel office');
    const asked = page.waitForRequest((request) => listQuery(request)?.filter === 'puzzel office');
    await page.getByPlaceholder(FILTER).pressSequentially('puzzel office');
    expect(listQuery(await asked)).toEqual({ filter: 'puzzel office', tab: 'all' });
    await expect(grid).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('progressbar', { name: 'Loading...' })).toBeVisible();
    await expect(page.getByText(/applications found/)).toBeHidden();
    release();
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('progressbar', { name: 'Loading...' })).toHaveCount(0);
    await expect(grid.getByRole('link')).toHaveText([PUZZEL, `${PUZZEL} (test)`, 'Puzzel Office 365 Connector - staging']);
    await expect(page.getByText('3 applications found')).toBeVisible();
    expect(queries).toEqual([{ filter: '', tab: 'all' }, { filter: 'puzzel office', tab: 'all' }]);
  });

  test('a tab click reloads from the server, the selected tab too', async ({ page, simulator }) => {
    await signInToPortal(page, simulator, LIST);
    const grid = page.getByRole('grid', { name: 'Applications' });
    await expect(page.getByText(`${simulator.context.tenant.apps.length} applications found`)).toBeVisible();

    const release = await holdQueries(page, '');
    const reload = page.waitForRequest((request) => listQuery(request)?.tab === 'all');
    await page.getByRole('tab', { name: 'All applications' }).click();
    await reload;
    await expect(grid).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('progressbar', { name: 'Loading...' })).toBeVisible();
    release();
    await expect(page.getByText(`${simulator.context.tenant.apps.length} applications found`)).toBeVisible();

    const owned = page.waitForRequest((request) => listQuery(request)?.tab === 'owned');
    await page.getByRole('tab', { name: 'Owned applications' }).click();
    await owned;
    await expect(page.getByText("This account isn't listed as an owner of any applications in this directory.")).toBeVisible();
    const all = page.waitForRequest((request) => listQuery(request)?.tab === 'all');
    await page.getByRole('link', { name: 'View all applications in the directory' }).click();
    await all;
    await expect(grid.getByRole('row')).toHaveCount(simulator.context.tenant.apps.length + 1);
  });

  test('the server matches a client-ID prefix', async ({ page, simulator }) => {
    await signInToPortal(page, simulator, LIST);
    const app = simulator.context.tenant.apps.find((candidate) => candidate.displayName === 'Contoso HR sync')!;
    await page.getByPlaceholder(FILTER).pressSequentially(app.appId.slice(0, 13).toUpperCase());
    await expect(page.getByRole('grid', { name: 'Applications' }).getByRole('link')).toHaveText(['Contoso HR sync']);
  });
});

test.describe('client filtering', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, listFilter: 'client' } });

  test('one load, filtered in the page', async ({ page, simulator }) => {
    const queries: unknown[] = [];
    page.on('request', (request) => listQuery(request) && queries.push(listQuery(request)));
    await signInToPortal(page, simulator, LIST);
    await page.getByPlaceholder(FILTER).pressSequentially('fabrikam');
    await expect(page.getByRole('grid', { name: 'Applications' }).getByRole('link')).toHaveText(['Fabrikam Consumer Portal', 'Fabrikam Webhooks']);
    await page.getByRole('tab', { name: 'All applications' }).click();
    await expect(page.getByText('2 applications found')).toBeVisible();
    expect(queries).toEqual([{ filter: null, tab: null }]);
  });
});

test.describe('out-of-order answers', () => {
  test('an older answer landing last is shown, then the current query is asked again', async ({ page, simulator }) => {
    await signInToPortal(page, simulator, LIST);
    const grid = page.getByRole('grid', { name: 'Applications' });
    const filter = page.getByPlaceholder(FILTER);
    await expect(page.getByText(`${simulator.context.tenant.apps.length} applications found`)).toBeVisible();

    const release = await holdQueries(page, 'fabrikam');
    const older = page.waitForRequest((request) => listQuery(request)?.filter === 'fabrikam');
    await filter.pressSequentially('fabrikam');
    await older;
    await filter.pressSequentially(' consumer');
    await expect(page.getByText('1 applications found')).toBeVisible();
    await expect(grid.getByRole('link')).toHaveText(['Fabrikam Consumer Portal']);

    const askedAgain = page.waitForRequest((request) => listQuery(request)?.filter === 'fabrikam consumer');
    release();
    await askedAgain;
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    await expect(grid.getByRole('link')).toHaveText(['Fabrikam Consumer Portal']);
    await expect(page.getByText('1 applications found')).toBeVisible();
  });

  test.describe('stale-responses', () => {
    test.use({ simulatorConfig: { latency: 40, jitter: 30, faults: ['stale-responses'] } });

    test('eventually shows the rows of the query in the box', async ({ page, simulator }) => {
      await signInToPortal(page, simulator, LIST);
      const grid = page.getByRole('grid', { name: 'Applications' });
      const filter = page.getByPlaceholder(FILTER);
      for (const [typed, query] of [['contoso', 'contoso'], [' intranet', 'contoso intranet'], [' (dev)', 'contoso intranet (dev)']] as const) {
        const asked = page.waitForRequest((request) => listQuery(request)?.filter === query);
        await filter.pressSequentially(typed);
        await asked;
      }
      await expect(grid).toHaveAttribute('aria-busy', 'false');
      await expect(grid.getByRole('link')).toHaveText(['Contoso Intranet (dev)']);
      await expect(page.getByText('1 applications found')).toBeVisible();
    });

    test("an app blade's late answer never replaces a newer blade", async ({ page, simulator }) => {
      await signInToPortal(page, simulator, LIST);
      const first = simulator.context.tenant.apps.find((app) => app.displayName === 'Fabrikam Webhooks')!;
      const second = simulator.context.tenant.apps.find((app) => app.displayName === 'Contoso HR sync')!;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(`**/api/apps/${first.appId}`, async (route) => {
        await released;
        await route.continue();
      });
      await page.getByRole('link', { name: first.displayName }).click();
      await expect(page.getByRole('progressbar', { name: 'Loading...' })).toBeVisible();
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'App registrations' }).click();
      await page.getByRole('link', { name: second.displayName }).click();
      await expect(page.getByRole('heading', { name: second.displayName, level: 1 })).toBeVisible();
      const answered = page.waitForResponse(`**/api/apps/${first.appId}`);
      release();
      await answered;
      await expect(page.locator('.fxc-essentials-value').filter({ hasText: second.appId })).toBeVisible();
      await expect(page.getByRole('heading', { name: second.displayName, level: 1 })).toBeVisible();
      await expect(page.getByText(first.appId)).toHaveCount(0);
    });
  });
});
