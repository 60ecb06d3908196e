// App registrations list (portal.md §5): filter box, All applications tab, the grid of apps. The
// list may be filtered on the server after a debounce, reload when a tab is clicked and answer
// out of order: it is read only once it has settled for the query typed (settled-read.ts).
import type { ElementHandle, Frame, Locator, Page } from 'playwright';
import type { AppSelector } from '../runbooks/create-secret-request.ts';
import { RunbookError } from '../runbooks/errors.ts';
import { cell, columnNames, dataGrid, dataRows, dataRowWithin, loadingIndicator, readRow } from './grid.ts';
import { escapeRegExp, exactly, firstOf, RaceTimeoutError } from './race.ts';
import { select } from './selection.ts';
import { readSettled } from './settled-read.ts';
import { findSurface, type Scope } from './surface.ts';

export const APP_REGISTRATIONS_ROUTE = 'view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

export interface AppMatch {
  displayName: string;
  appId: string;
}

const LIST_TIMEOUT = 45_000;
/** How long the unfiltered list may take to show a row a query would not: see clearAnEarlierAnswer. */
const CLEAR_TIMEOUT = 15_000;
/** The empty grid's wording is [NF]: "No results", "No applications match the filter." … */
const EMPTY_STATE = /^\s*No (results|applications?|app registrations)\b/i;
/** "31 applications found" under the filter; not every rendering shows it. */
const SUMMARY = /^\s*(\d+) applications? found\s*$/i;
const FILTER = /^Start typing a display name or application \(client\) ID/;

/** What shows once the list blade is there, in whichever frame draws it. */
export function appRegistrationsContent(scope: Scope): Locator {
  return scope.getByRole('textbox', { name: FILTER }).or(scope.getByRole('searchbox', { name: FILTER })).or(scope.getByPlaceholder(FILTER));
}

interface ListReading {
  filter: string;
  /** The tab ARIA says is selected, when the rendering says (plain buttons do not). */
  tab: string | undefined;
  apps: AppMatch[];
  rowTexts: string[];
  empty: boolean;
  summary: number | undefined;
}

export class AppRegistrationsBlade {
  protected readonly root: Locator;
  readonly allApplicationsTab: Locator;
  /** Whichever list tab ARIA marks selected (All, Owned or Deleted applications). */
  readonly selectedTab: Locator;
  readonly filterBox: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  /** The grid's empty state after filtering; its wording is [NF]. */
  readonly noResults: Locator;
  readonly summary: Locator;
  readonly loading: Locator;

  constructor(readonly scope: Scope) {
    this.root = scope.locator('body');
    const name = 'All applications';
    this.allApplicationsTab = this.root.getByRole('tab', { name, exact: true }).or(this.root.getByRole('button', { name, exact: true }));
    this.selectedTab = this.root.getByRole('tab', { selected: true });
    this.filterBox = appRegistrationsContent(scope);
    this.grid = dataGrid(scope, exactly('Display name'));
    this.rows = dataRows(scope, this.grid);
    this.noResults = this.root.getByText(EMPTY_STATE);
    this.summary = this.root.getByText(SUMMARY);
    this.loading = loadingIndicator(scope);
  }

  private listedFor: { query: string; apps: AppMatch[] } | undefined;

  /** Finds the list in the top document or any frame, once its filter box shows. */
  static async find(page: Page): Promise<AppRegistrationsBlade> {
    const frame: Frame = await findSurface(page, appRegistrationsContent, { what: 'The App registrations list', timeout: LIST_TIMEOUT });
    return new AppRegistrationsBlade(frame);
  }

  /** Filters the list and returns the one app that is exactly `selector`; none or several is an error. */
  async findApp(selector: AppSelector): Promise<AppMatch> {
    const text = selector.kind === 'name' ? selector.displayName : selector.appId;
    // "All applications" may reload the list; the filter is typed after and read once settled.
    const drawn = await this.setUpFor(text);
    const apps = await this.settledFor(text, drawn);
    this.listedFor = { query: text, apps };
    const matches = apps.filter((app) => (selector.kind === 'name' ? app.displayName === text : app.appId.toLowerCase() === text.toLowerCase()));
    const what = selector.kind === 'name' ? `named exactly "${text}"` : `with Application (client) ID ${text}`;
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw new RunbookError('app-not-found', `Several app registrations are ${what}: ${matches.map(describe).join('; ')}. Pass the Application (client) ID instead.`);
    }
    const near = apps.length > 0 ? ` The filter shows: ${apps.map(describe).join('; ')}.` : ' The filter shows no application.';
    throw new RunbookError('app-not-found', `No app registration ${what} under "All applications".${near}`);
  }

  /**
   * "All applications" and the filter; returns the page they were set on (its body), to tell later
   * whether the portal drew the list anew meanwhile (a reload, the way back from a sign-in).
   */
  private async setUpFor(query: string): Promise<ElementHandle> {
    const drawn = await this.root.elementHandle();
    await this.showAllApplications();
    await this.clearAnEarlierAnswer(query);
    await this.typeFilter(query);
    return drawn;
  }

  /**
   * What an earlier search left on the list can pass for the answer to `query` until the new one
   * comes (a filter debounces before the list starts loading): its empty state, or rows that all
   * match `query`. Then the filter is cleared first, and the list waited on until it shows a row
   * `query` would not match (the unfiltered list), so that what settles after typing is `query`'s
   * answer. A tenant whose every app matches `query` shows no such row: after CLEAR_TIMEOUT the
   * query is typed anyway (the list as it stands is then its answer too).
   */
  private async clearAnEarlierAnswer(query: string): Promise<void> {
    const box = this.filterBox.filter({ visible: true }).first();
    if ((await box.inputValue()).trim() === '') return;
    const unlike = dataRowWithin(this.scope).filter({ hasNotText: new RegExp(escapeRegExp(query), 'i') }).filter({ hasNotText: EMPTY_STATE });
    const emptyShown = (await this.noResults.filter({ visible: true }).count()) > 0;
    if (!emptyShown && (await unlike.count()) > 0) return;
    await this.typeFilter('');
    await firstOf({ unfiltered: unlike.first() }, { timeout: CLEAR_TIMEOUT }).catch((error: unknown) => {
      if (!(error instanceof RaceTimeoutError)) throw error;
    });
  }

  private async showAllApplications(): Promise<void> {
    await select(this.allApplicationsTab.filter({ visible: true }).first());
  }

  private async typeFilter(text: string): Promise<void> {
    // One input event with the whole query: the portal's filter debounces it into one request.
    await this.filterBox.filter({ visible: true }).first().fill(text);
  }

  /**
   * The apps the grid shows for `query`, once it has answered that query: not loading, the box
   * still holding the query, every row matching it (a superset answer to an earlier prefix is
   * harmless: the exact match is taken from it), or the empty-state message, and a summary, when
   * shown, that counts what is listed.
   */
  private async settledFor(query: string, setUpOn: ElementHandle): Promise<AppMatch[]> {
    let drawn = setUpOn;
    const shown = new RegExp(escapeRegExp(query), 'i');
    const row = dataRowWithin(this.scope);
    const matching = row.filter({ hasText: shown });
    const others = row.filter({ hasNotText: shown }).filter({ hasNotText: EMPTY_STATE });
    const reading = await readSettled<ListReading>({
      what: `The App registrations list filtered by "${query}"`,
      settled: this.grid.filter({ has: matching }).filter({ hasNot: others }).or(this.noResults),
      busy: this.loading,
      watch: this.root,
      read: () => this.read(),
      inconsistency: (r) => {
        if (r.tab !== undefined && r.tab !== 'All applications') return `it shows "${r.tab}" instead of "All applications"`;
        if (r.filter !== query) return `the filter box holds "${r.filter}" instead of "${query}"`;
        if (r.rowTexts.some((row) => !shown.test(row))) return 'it still listed rows of an earlier query';
        if (r.apps.length === 0 && !r.empty) return 'the grid was empty without saying so';
        if (r.apps.length > 0 && r.empty) return 'it showed rows and the empty-state message at once';
        if (r.summary !== undefined && r.summary !== r.apps.length) return `its summary counts ${r.summary} applications while ${r.apps.length} are listed`;
        return undefined;
      },
      // A list drawn anew (a reload, the portal back from a sign-in) opens on its default tab with
      // an empty filter, and a query typed into it meanwhile is on that tab: both are set again,
      // the tab first (choosing it reloads the list). Plain-button tabs do not say which is chosen.
      repair: async (r) => {
        const otherTab = r.tab !== undefined && r.tab !== 'All applications';
        const drawnAnew = !(await stillShown(drawn));
        if (drawnAnew || otherTab || r.filter === '') {
          drawn = await this.setUpFor(query);
          return true;
        }
        if (r.filter === query) return false;
        await this.typeFilter(query);
        return true;
      },
      timeout: LIST_TIMEOUT,
    });
    return reading.apps;
  }

  private async read(): Promise<ListReading> {
    const filter = await this.filterBox.filter({ visible: true }).first().inputValue();
    const tab = (await this.selectedTab.filter({ visible: true }).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())[0];
    const rowTexts = (await this.rows.filter({ hasNotText: EMPTY_STATE }).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    const apps = await this.shownApps();
    const empty = (await this.noResults.filter({ visible: true }).count()) > 0;
    const summaryText = await this.summary.filter({ visible: true }).allInnerTexts();
    const summary = summaryText.length === 1 ? Number(SUMMARY.exec(summaryText[0]!)?.[1]) : undefined;
    return { filter, tab, apps, rowTexts, empty, summary };
  }

  /** Every app the grid shows now. */
  /** What the list showed, once settled, for the last query `findApp` asked (the walker reads it as the list's words). */
  get lastListed(): { query: string; apps: AppMatch[] } | undefined {
    return this.listedFor;
  }

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

/** Whether an element is still in the page (not replaced by a reload or a new page). */
async function stillShown(element: ElementHandle): Promise<boolean> {
  return element.evaluate((node) => node.isConnected).catch(() => false);
}

function describe(app: AppMatch): string {
  return `"${app.displayName}" (${app.appId})`;
}
