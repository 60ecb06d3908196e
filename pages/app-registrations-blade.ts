// App registrations list (portal.md §5): filter box, All applications tab, the grid of apps.
import type { Locator, Page } from 'playwright';
import type { AppSelector } from '../runbooks/create-secret-request.ts';
import { RunbookError } from '../runbooks/errors.ts';
import { cell, columnNames, dataGrid, dataRows, readRow } from './grid.ts';
import { escapeRegExp, exactly, firstOf, gone, RaceTimeoutError } from './race.ts';

export const APP_REGISTRATIONS_ROUTE = 'view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

export interface AppMatch {
  displayName: string;
  appId: string;
}

const LIST_TIMEOUT = 45_000;
/** The empty grid's wording is [NF]: "No results", "No applications match the filter." … */
const EMPTY_STATE = /^No (results|applications?|app registrations)\b/i;

export class AppRegistrationsBlade {
  protected readonly root: Locator;
  readonly allApplicationsTab: Locator;
  readonly filterBox: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  /** The grid's empty state after filtering; its wording is [NF]. */
  readonly noResults: Locator;

  constructor(page: Page) {
    this.root = page.locator('body');
    const name = 'All applications';
    this.allApplicationsTab = this.root.getByRole('tab', { name, exact: true }).or(this.root.getByRole('button', { name, exact: true }));
    const filter = /^Start typing a display name or application \(client\) ID/;
    this.filterBox = this.root
      .getByRole('textbox', { name: filter })
      .or(this.root.getByRole('searchbox', { name: filter }))
      .or(this.root.getByPlaceholder(filter));
    this.grid = dataGrid(page, exactly('Display name'));
    this.rows = dataRows(page, this.grid);
    this.noResults = this.root.getByText(EMPTY_STATE);
  }

  async waitUntilLoaded(): Promise<void> {
    await this.filterBox.first().waitFor({ state: 'visible', timeout: LIST_TIMEOUT });
  }

  /** Filters the list and returns the one app that is exactly `selector`; none or several is an error. */
  async findApp(selector: AppSelector): Promise<AppMatch> {
    const text = selector.kind === 'name' ? selector.displayName : selector.appId;
    await this.allApplicationsTab.first().click();
    const box = this.filterBox.first();
    await box.fill('');
    await box.pressSequentially(text);
    const shown = new RegExp(escapeRegExp(text), 'i');
    // The filter is applied after a round trip: wait until no row that does not match remains.
    const others = this.rows.filter({ hasNotText: shown }).filter({ hasNotText: EMPTY_STATE });
    await firstOf({ filtered: gone(others) }, { timeout: LIST_TIMEOUT });
    try {
      await firstOf({ match: this.rows.filter({ hasText: shown }), empty: this.noResults }, { timeout: LIST_TIMEOUT });
    } catch (error) {
      if (!(error instanceof RaceTimeoutError)) throw error;
    }
    const apps = await this.shownApps();
    const matches = apps.filter((app) => (selector.kind === 'name' ? app.displayName === text : app.appId.toLowerCase() === text.toLowerCase()));
    const what = selector.kind === 'name' ? `named exactly "${text}"` : `with Application (client) ID ${text}`;
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw new RunbookError('app-not-found', `Several app registrations are ${what}: ${matches.map(describe).join('; ')}. Pass the Application (client) ID instead.`);
    }
    const near = apps.length > 0 ? ` The filter shows: ${apps.map(describe).join('; ')}.` : '';
    throw new RunbookError('app-not-found', `No app registration ${what} under "All applications".${near}`);
  }

  /** Every app the grid shows now. */
  async shownApps(): Promise<AppMatch[]> {
    const columns = await columnNames(this.grid.first());
    const apps: AppMatch[] = [];
    for (const row of await this.rows.all()) {
      const values = await readRow(row, columns);
      const displayName = cell(values, 'Display name');
      const appId = cell(values, 'Application (client) ID');
      if (!displayName || !appId) continue;
      // The cell also holds the app's initials icon ("PO"): the name is the link's text.
      const links = (await row.getByRole('link').allInnerTexts()).map((text) => text.trim());
      const link = links.find((text) => text && displayName.endsWith(text));
      apps.push({ displayName: link ?? displayName, appId });
    }
    return apps;
  }

  /** Opens the app's blade by its display-name link. */
  async openApp(app: AppMatch): Promise<void> {
    const row = this.rows.filter({ hasText: app.appId });
    await row.getByRole('link', { name: exactly(app.displayName) }).click();
  }
}

function describe(app: AppMatch): string {
  return `"${app.displayName}" (${app.appId})`;
}
