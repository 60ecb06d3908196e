// App registrations list (portal.md §5): command bar, All / Owned / Deleted applications tabs,
// the filter box (display name substring or client ID, as you type, debounced) and the grid.
// --list-filter server (default): each filter and each tab click is a server query, with the
// grid's loading state meanwhile; client: one load, filtered in the page.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { AppSummary } from '../shared.ts';
import { bladeFrame, commandBar, loading, type Crumb } from './blade.ts';
import type { Blade } from './blade-types.ts';
import { env } from './env.ts';
import { portalDate } from './format.ts';
import { icons } from './icons.ts';
import { linkTo } from './nav.ts';
import { ServerListQueries, type ListQuery } from './app-list-queries.ts';
import { invalidate } from './render-loop.ts';
import { ReactViewFrame } from './reactview-host.ts';
import { hashes } from './router.ts';
import { dataTable, infoBar, tabStrip } from './widgets.ts';

export const FILTER_PLACEHOLDER = 'Start typing a display name or application (client) ID to filter these results';

/** Where the app blade's breadcrumb points back to: the list the user came from. */
export let appParent: Crumb = { label: 'App registrations', hash: hashes.appList };

/** The list the app was opened from, when that list drew in a React-view frame (the frame says). */
export function setAppParent(crumb: Crumb): void {
  appParent = crumb;
}

const COLUMNS = [
  { header: 'Display name', cls: 'col-name' },
  { header: 'Application (client) ID', cls: 'col-guid' },
  { header: 'Created on', cls: 'col-date' },
  { header: 'Certificates & secrets', cls: 'col-status' },
];

export class AppListContent {
  /** Client filtering: every app, loaded once. */
  private apps: AppSummary[] | undefined;
  private error: string | undefined;
  private tab: string = env().config.markup.listTab ?? 'all';
  private filterText = '';
  private appliedFilter = '';
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private bannerOpen = true;
  /** Server filtering: one query per filter and tab. */
  private readonly server: ServerListQueries | undefined;

  constructor(readonly parent: Crumb) {
    if (env().config.listFilter === 'server') {
      this.server = new ServerListQueries(() => (this.debounce === undefined ? this.wanted() : undefined));
      this.server.issue(this.wanted());
    } else {
      void this.load();
    }
  }

  private wanted(): ListQuery {
    return { filter: this.filterText.trim(), tab: this.tab };
  }

  private refresh(): void {
    if (this.server) this.server.issue(this.wanted());
    else void this.load();
  }

  /** Server filtering reloads on every tab click, the selected tab's too. */
  private selectTab(id: string): void {
    this.tab = id;
    if (this.server) this.server.issue(this.wanted());
    invalidate();
  }

  private async load(): Promise<void> {
    this.apps = undefined;
    invalidate();
    try {
      this.apps = await env().api.get<AppSummary[]>('/apps');
    } catch (error) {
      this.error = (error as Error).message;
    }
    invalidate();
  }

  private onFilter(value: string): void {
    this.filterText = value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      this.appliedFilter = this.filterText.trim().toLowerCase();
      if (this.server) this.server.issue(this.wanted());
      invalidate();
    }, 300);
  }

  private visible(apps: AppSummary[]): AppSummary[] {
    const needle = this.appliedFilter;
    if (!needle) return apps;
    return apps.filter((app) => app.displayName.toLowerCase().includes(needle) || app.appId.toLowerCase().startsWith(needle));
  }

  template(): TemplateResult {
    const { config } = env();
    const legacy = config.ui === '2019';
    const commands = commandBar([
      { label: 'New registration', telemetry: 'NewRegistration', icon: icons.plus() },
      { label: 'Endpoints', telemetry: 'Endpoints', icon: icons.globe() },
      { label: 'Troubleshooting', telemetry: 'Troubleshooting', icon: icons.wrench() },
      { label: 'Refresh', telemetry: 'Refresh', icon: icons.refresh(), onClick: () => this.refresh() },
      ...(legacy ? [] : [{ label: 'Download', telemetry: 'Download', icon: icons.download() }]),
      { label: 'Preview features', telemetry: 'PreviewFeatures', icon: icons.info() },
      { label: 'Got feedback?', telemetry: 'GotFeedback', icon: icons.feedback() },
    ]);
    const tabs = tabStrip(config.markup.tabs, 'Applications', [
      { id: 'all', label: 'All applications' },
      { id: 'owned', label: 'Owned applications' },
      { id: 'deleted', label: 'Deleted applications' },
    ], this.tab, (id) => this.selectTab(id));
    const banner = this.bannerOpen
      ? infoBar(legacy
        ? 'Starting June 30th, 2020 we will no longer add any new features to Azure Active Directory Authentication Library (ADAL) and Azure AD Graph. We will continue to provide technical support and security updates but we will no longer provide feature updates.'
        : 'Starting June 30th, 2020 we will no longer add any new features to Azure Active Directory Authentication Library (ADAL) and Azure Active Directory Graph. We will continue to provide technical support and security updates but we will no longer provide feature updates. Applications will need to be upgraded to Microsoft Authentication Library (MSAL) and Microsoft Graph.',
        () => { this.bannerOpen = false; invalidate(); })
      : nothing;
    return html`${commands}<div class="fxs-blade-pad">
      ${banner}
      ${tabs}
      <div class="fxs-filter-row">
        <div class="fxs-filter-box">${icons.search()}<input type="text" placeholder=${FILTER_PLACEHOLDER} aria-label=${FILTER_PLACEHOLDER}
          .value=${this.filterText} @input=${(event: InputEvent) => this.onFilter((event.target as HTMLInputElement).value)}></div>
        <button type="button" class="fxs-pill">${icons.plus()}Add filters</button>
      </div>
      ${this.body()}
    </div>`;
  }

  private emptyTab(tab: string): TemplateResult | undefined {
    if (tab === 'owned') {
      return html`<p class="fxs-muted fxs-empty-message">This account isn't listed as an owner of any applications in this directory.
        <a href="#" @click=${(event: MouseEvent) => { event.preventDefault(); this.selectTab('all'); }}>View all applications in the directory</a></p>`;
    }
    if (tab === 'deleted') return html`<p class="fxs-muted fxs-empty-message">No deleted applications found in this directory.</p>`;
    return undefined;
  }

  private body(): TemplateResult {
    if (this.server) return this.serverBody(this.server);
    if (this.error) return html`<p role="alert">${this.error}</p>`;
    if (!this.apps) return loading();
    const empty = this.emptyTab(this.tab);
    if (empty) return empty;
    const apps = this.visible(this.apps);
    return html`<div class="fxs-result-count">${apps.length} applications found</div>${this.grid(apps, false)}`;
  }

  /** The answer that landed last (see app-list-queries.ts), under the loading state while the newest query runs. */
  private serverBody(server: ServerListQueries): TemplateResult {
    const { busy, answer } = server;
    if (server.error && !busy) return html`<p role="alert">${server.error}</p>`;
    const progress = busy ? loading() : nothing;
    const empty = answer && this.emptyTab(answer.query.tab);
    if (empty) return html`${progress}${empty}`;
    const apps = answer?.apps ?? [];
    const count = busy ? nothing : html`<div class="fxs-result-count">${apps.length} applications found</div>`;
    return html`${progress}${count}${this.grid(apps, busy)}`;
  }

  private grid(apps: AppSummary[], busy: boolean): TemplateResult {
    const openApp = (app: AppSummary) => (event: MouseEvent) => {
      appParent = this.parent;
      linkTo(hashes.app(app.appId))(event);
    };
    const rows = apps.map((app) => [
      html`<span class="fxs-app-avatar" aria-hidden="true" style=${`background:${avatarColor(app.displayName)}`}>${initials(app.displayName)}</span><a href=${hashes.app(app.appId)} @click=${openApp(app)}>${app.displayName}</a>`,
      app.appId,
      portalDate(app.createdOn),
      statusCell(app),
    ]);
    return dataTable(env().config.markup.secretsTable, 'Applications', COLUMNS, rows, busy ? undefined : 'No applications match the filter.', { busy });
  }
}

function statusCell(app: AppSummary): TemplateResult | string {
  switch (app.credentialStatus) {
    case 'Current': return html`<span class="fxs-status">${icons.success()} Current</span>`;
    case 'Expiring soon': return html`<span class="fxs-status">${icons.warning()} Expiring soon</span>`;
    case 'Expired': return html`<span class="fxs-status">${icons.error()} Expired</span>`;
    default: return '';
  }
}

function initials(name: string): string {
  return name.split(/[\s-]+/).filter(Boolean).map((part) => part[0] ?? '').join('').slice(0, 2).toUpperCase();
}

function avatarColor(name: string): string {
  const colors = ['#0078d4', '#8764b8', '#038387', '#ca5010', '#498205', '#c239b3', '#986f0b', '#4f6bed'];
  let sum = 0;
  for (const char of name) sum += char.charCodeAt(0);
  return colors[sum % colors.length] ?? '#0078d4';
}

/** The list's body: in this document, or (--list-frame) a React-view frame drawing it. */
export function appListBody(parent: Crumb): { template(): TemplateResult } {
  return env().config.listFrame ? new ReactViewFrame({ view: 'app-list', parent }, env().config) : new AppListContent(parent);
}

/** App registrations as its own blade (from Home or a deep link). */
export class AppListBlade implements Blade {
  private readonly content = appListBody({ label: 'App registrations', hash: hashes.appList });

  template(): TemplateResult {
    const subtitle = env().config.ui === '2019' ? 'Azure Active Directory' : 'Microsoft Entra ID';
    return bladeFrame({
      title: 'App registrations',
      subtitle,
      icon: icons.appRegs(24),
      breadcrumb: [{ label: 'Home', hash: hashes.home }],
      closeTo: hashes.home,
      body: this.content.template(),
    });
  }
}
