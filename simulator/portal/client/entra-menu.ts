// Microsoft Entra ID (2019: Azure Active Directory) menu blade (portal.md §4): Overview, and
// Manage → App registrations rendered inside the menu blade.
import { html, type TemplateResult } from 'lit-html';
import type { Me } from '../shared.ts';
import { appListBody } from './app-list.ts';
import { bladeFrame, commandBar, loading } from './blade.ts';
import type { Blade } from './blade-types.ts';
import { env } from './env.ts';
import { icons } from './icons.ts';
import { ResourceMenu, type MenuGroup } from './menu.ts';
import { invalidate } from './render-loop.ts';
import { hashes, type Route } from './router.ts';

function menuGroups(legacy: boolean): MenuGroup[] {
  const item = (id: string, label: string) => ({ id, label });
  return [
    { items: [item('Overview', 'Overview'), legacy ? item('GettingStarted', 'Getting started') : item('PreviewHub', 'Preview features'), item('DiagnoseAndSolveProblems', 'Diagnose and solve problems')] },
    {
      label: 'Manage',
      items: [
        item('Users', 'Users'),
        item('Groups', 'Groups'),
        item('ExternalIdentities', legacy ? 'Organizational relationships' : 'External Identities'),
        item('RolesAndAdministrators', 'Roles and administrators'),
        ...(legacy ? [] : [item('AdminUnit', 'Administrative units')]),
        item('EnterpriseApps', 'Enterprise applications'),
        item('Devices', 'Devices'),
        item('RegisteredApps', 'App registrations'),
        item('IdentityGovernance', 'Identity Governance'),
        item('AppProxy', 'Application proxy'),
        item('Licenses', 'Licenses'),
        item('AzureADConnect', legacy ? 'Azure AD Connect' : 'Microsoft Entra Connect'),
        item('Domains', 'Custom domain names'),
        item('Mobility', legacy ? 'Mobility (MDM and MAM)' : 'Mobility (MDM and WIP)'),
        item('PasswordReset', 'Password reset'),
        item('UserSettings', 'User settings'),
        item('Properties', 'Properties'),
        item('Security', 'Security'),
      ],
    },
    { label: 'Monitoring', items: [item('SignIns', 'Sign-in logs'), item('Audit', 'Audit logs')], collapsed: true },
    { label: 'Troubleshooting + Support', items: [item('NewSupportRequest', 'New support request')], collapsed: true },
  ];
}

export class EntraMenuBlade implements Blade {
  private readonly legacy = env().config.ui === '2019';
  private readonly menu = new ResourceMenu(menuGroups(this.legacy), this.legacy ? 'Search (Ctrl+/)' : 'Search');
  private me: Me | undefined;
  private selected = 'Overview';
  private appList: { template(): TemplateResult } | undefined;

  constructor(route: Extract<Route, { kind: 'entra' }>) {
    this.select(route.menu);
    void env().api.get<Me>('/me').then((me) => {
      this.me = me;
      invalidate();
    });
  }

  accept(route: Route): boolean {
    if (route.kind !== 'entra') return false;
    this.select(route.menu);
    return true;
  }

  private select(menu: string): void {
    this.selected = this.menu.labelOf(menu) ? menu : 'Overview';
    this.appList = undefined;
    if (this.selected === 'RegisteredApps') {
      const tenant = this.me?.tenant.displayName ?? 'Directory';
      this.appList = appListBody({ label: `${tenant} | App registrations`, hash: hashes.entra('RegisteredApps') });
    }
    invalidate();
  }

  template(): TemplateResult {
    const service = this.legacy ? 'Azure Active Directory' : 'Microsoft Entra ID';
    const tenant = this.me?.tenant.displayName ?? '';
    const label = this.menu.labelOf(this.selected) ?? 'Overview';
    const title = tenant ? `${tenant} | ${label}` : label;
    return bladeFrame({
      title,
      subtitle: service,
      icon: icons.entra(24),
      breadcrumb: [{ label: 'Home', hash: hashes.home }],
      closeTo: hashes.home,
      menu: this.menu.render(title, this.selected, (id) => hashes.entra(id)),
      body: this.body(),
    });
  }

  private body(): TemplateResult {
    if (this.appList) return this.appList.template();
    if (!this.me) return loading();
    if (this.selected !== 'Overview') return html`<div class="fxs-blade-pad"><p class="fxs-muted">No items to display.</p></div>`;
    const { tenant } = this.me;
    const row = (name: string, value: string) => html`<div class="fxc-essentials-label">${name}</div><div class="fxc-essentials-value fxs-portal-text">${value}</div>`;
    return html`${commandBar([
      { label: 'Add', telemetry: 'Add', icon: icons.plus() },
      { label: 'Manage tenants', telemetry: 'ManageTenants', icon: icons.gear() },
      { label: "What's new", telemetry: 'WhatsNew', icon: icons.info() },
      { label: 'Got feedback?', telemetry: 'GotFeedback', icon: icons.feedback() },
    ])}
    <div class="fxs-blade-pad">
      <h2 class="fxs-section-title">Basic information</h2>
      <div class="fxc-essentials fxc-essentials-single">
        ${row('Name', tenant.displayName)}
        ${row('Tenant ID', tenant.tenantId)}
        ${row('Primary domain', tenant.domain)}
        ${row('License', this.legacy ? 'Azure AD Premium P2' : 'Microsoft Entra ID P2')}
      </div>
    </div>`;
  }
}
