// The application registration menu blade (portal.md §6): the real left menu (today's, or the
// 2019 guide's), Overview, and Certificates & secrets, in the top document or, under --iframe,
// in a cross-origin React-view frame.
import { html, type TemplateResult } from 'lit-html';
import type { AppDetail } from '../shared.ts';
import { ApiError } from './api.ts';
import { appParent } from './app-list.ts';
import { bladeFrame, loading } from './blade.ts';
import type { Blade } from './blade-types.ts';
import { CredentialsContent, notFoundBody } from './credentials.ts';
import { env } from './env.ts';
import { overviewTemplate } from './app-overview.ts';
import { icons } from './icons.ts';
import { ResourceMenu, type MenuGroup } from './menu.ts';
import { moveMenuItems } from './ui-edits.ts';
import { ReactViewFrame } from './reactview-host.ts';
import { invalidate } from './render-loop.ts';
import { hashes, type Route } from './router.ts';

function menuGroups(legacy: boolean): MenuGroup[] {
  const item = (id: string, label: string) => ({ id, label });
  if (legacy) {
    return [
      { items: [item('Overview', 'Overview'), item('Quickstart', 'Quickstart'), item('IntegrationAssistant', 'Integration assistant (preview)')] },
      { label: 'Manage', items: [item('Branding', 'Branding'), item('Authentication', 'Authentication'), item('Credentials', 'Certificates & secrets'),
        item('TokenConfiguration', 'Token configuration'), item('CallAnAPI', 'API permissions'), item('ExposeAnAPI', 'Expose an API'), item('Owners', 'Owners'),
        item('RolesAndAdministrators', 'Roles and administrators (Preview)'), item('Manifest', 'Manifest')] },
      { label: 'Support + Troubleshooting', items: [item('Troubleshooting', 'Troubleshooting'), item('NewSupportRequest', 'New support request')] },
    ];
  }
  return [
    { items: [item('Overview', 'Overview'), item('Quickstart', 'Quickstart'), item('IntegrationAssistant', 'Integration assistant'), item('DiagnoseAndSolveProblems', 'Diagnose and solve problems')] },
    { label: 'Manage', items: [item('Branding', 'Branding & properties'), item('Authentication', 'Authentication (Preview)'), item('Credentials', 'Certificates & secrets'),
      item('TokenConfiguration', 'Token configuration'), item('CallAnAPI', 'API permissions'), item('ExposeAnAPI', 'Expose an API'), item('AppRoles', 'App roles'),
      item('Owners', 'Owners'), item('RolesAndAdministrators', 'Roles and administrators'), item('Manifest', 'Manifest')] },
    { label: 'Support + Troubleshooting', items: [item('Troubleshooting', 'Troubleshooting'), item('NewSupportRequest', 'New support request')], collapsed: true },
  ];
}

export class AppBlade implements Blade {
  private readonly legacy = env().config.ui === '2019';
  private readonly menu = new ResourceMenu(moveMenuItems(menuGroups(this.legacy)), this.legacy ? 'Search (Ctrl+/)' : 'Search');
  private app: AppDetail | undefined;
  private error: ApiError | undefined;
  private selected = 'Overview';
  private credentials: CredentialsContent | ReactViewFrame | undefined;
  private reads = 0;

  constructor(private readonly route: Extract<Route, { kind: 'app' }>) {
    this.select(route.menu);
    this.load();
  }

  /** Only the latest read shows: an older answer arriving late never overwrites a newer one. */
  private load(): void {
    const read = ++this.reads;
    void env().api.get<AppDetail>(`/apps/${encodeURIComponent(this.route.appId)}`).then(
      (app) => { if (read === this.reads) { this.app = app; invalidate(); } },
      (error: unknown) => { if (read === this.reads) { this.error = error instanceof ApiError ? error : new ApiError(0, 'Error', String(error)); invalidate(); } },
    );
  }

  accept(route: Route): boolean {
    if (route.kind !== 'app' || route.appId.toLowerCase() !== this.route.appId.toLowerCase()) return false;
    this.select(route.menu);
    if (this.selected === 'Overview') this.load(); // Essentials reflect changes made elsewhere
    return true;
  }

  /** Every visit to Certificates & secrets starts fresh: leaving it drops new values for good. */
  private select(menu: string): void {
    this.selected = this.menu.labelOf(menu) ? menu : 'Overview';
    this.credentials = undefined;
    if (this.selected === 'Credentials') {
      const { appId } = this.route;
      this.credentials = env().config.iframe ? new ReactViewFrame({ view: 'credentials', appId, appDisplayName: () => this.app?.displayName ?? '' }, env().config) : new CredentialsContent(appId);
    }
    invalidate();
  }

  template(): TemplateResult {
    const label = this.menu.labelOf(this.selected) ?? 'Overview';
    const name = this.app?.displayName;
    const title = !name ? label : this.selected === 'Overview' ? name : `${name} | ${label}`;
    const breadcrumb = [{ label: 'Home', hash: hashes.home }, appParent];
    if (name && this.selected !== 'Overview') breadcrumb.push({ label: name, hash: hashes.app(this.route.appId) });
    return bladeFrame({
      title,
      icon: icons.appRegs(24),
      breadcrumb,
      closeTo: appParent.hash,
      menu: this.error ? undefined : this.menu.render(title, this.selected, (id) => hashes.app(this.route.appId, id)),
      body: this.body(),
    });
  }

  private body(): TemplateResult {
    if (this.error) return this.error.status === 404 ? notFoundBody(this.route.appId) : html`<p role="alert">${this.error.message}</p>`;
    if (this.credentials) return this.credentials.template();
    if (!this.app) return loading();
    if (this.selected === 'Overview') return overviewTemplate(this.app);
    return html`<div class="fxs-blade-pad"><p class="fxs-muted">${this.menu.labelOf(this.selected)} settings for ${this.app.displayName} are not shown in this view.</p></div>`;
  }
}
