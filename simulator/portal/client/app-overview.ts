// Application Overview (portal.md §6): command bar, Essentials in two columns, the info bar,
// Get Started / Documentation tabs.
import { html, type TemplateResult } from 'lit-html';
import type { AppDetail } from '../shared.ts';
import { commandBar } from './blade.ts';
import { env } from './env.ts';
import { icons } from './icons.ts';
import { linkTo } from './nav.ts';
import { hashes } from './router.ts';
import { infoBar } from './widgets.ts';

const AUDIENCE: Record<string, string> = {
  AzureADMyOrg: 'My organization only',
  AzureADMultipleOrgs: 'Multiple organizations',
  AzureADandPersonalMicrosoftAccount: 'All Microsoft account users',
};

export function overviewTemplate(app: AppDetail): TemplateResult {
  const legacy = env().config.ui === '2019';
  const credentialsHash = hashes.app(app.appId, 'Credentials');
  const credentials = app.certificateCount + app.secretCount === 0
    ? 'Add a certificate or secret'
    : `${app.certificateCount} certificate, ${app.secretCount} secret`;
  const field = (label: string, value: TemplateResult | string) =>
    html`<div class="fxc-essentials-item"><div class="fxc-essentials-label">${label}</div><div class="fxc-essentials-value fxs-portal-text">${value}</div></div>`;
  const link = (text: string, hash = '#') => html`<a href=${hash} @click=${linkTo(hash)}>${text}</a>`;
  return html`${commandBar(legacy
    ? [{ label: 'Delete', telemetry: 'Delete', icon: icons.trash() }, { label: 'Endpoints', telemetry: 'Endpoints', icon: icons.globe() }, { label: 'Preview features', telemetry: 'PreviewFeatures', icon: icons.info() }]
    : [{ label: 'Deactivate', telemetry: 'Deactivate', icon: icons.close() }, { label: 'Delete', telemetry: 'Delete', icon: icons.trash() }, { label: 'Endpoints', telemetry: 'Endpoints', icon: icons.globe() }, { label: 'Preview features', telemetry: 'PreviewFeatures', icon: icons.info() }])}
  <div class="fxs-blade-pad">
    <details class="fxc-essentials-section" open>
      <summary class="fxc-essentials-header">Essentials</summary>
      <div class="fxc-essentials">
        <div class="fxc-essentials-column">
          ${field('Display name', link(app.displayName, hashes.app(app.appId, 'Branding')))}
          ${field('Application (client) ID', app.appId)}
          ${field('Object ID', app.objectId)}
          ${field('Directory (tenant) ID', app.tenantId)}
          ${field('Supported account types', link(AUDIENCE[app.signInAudience] ?? app.signInAudience, hashes.app(app.appId, 'Authentication')))}
        </div>
        <div class="fxc-essentials-column">
          ${field('Client credentials', link(credentials, credentialsHash))}
          ${field('Redirect URIs', link('Add a Redirect URI', hashes.app(app.appId, 'Authentication')))}
          ${field('Application ID URI', link('Add an Application ID URI', hashes.app(app.appId, 'ExposeAnAPI')))}
          ${field('Managed application in local directory', link(app.displayName, '#'))}
          ${legacy ? '' : field('State', 'Activated')}
        </div>
      </div>
    </details>
    ${infoBar(legacy
      ? 'Starting June 30th, 2020 we will no longer add any new features to Azure Active Directory Authentication Library (ADAL) and Azure AD Graph. We will continue to provide technical support and security updates but we will no longer provide feature updates.'
      : 'Azure Active Directory Authentication Library (ADAL) and Azure AD Graph no longer receive new feature updates. Applications will need to be upgraded to Microsoft Authentication Library (MSAL) and Microsoft Graph.')}
    <div class="fxs-tabs"><button type="button" class="fxs-tab fxs-tab-selected">Get Started</button><button type="button" class="fxs-tab">Documentation</button></div>
    <h2 class="fxs-section-title">Build your application with the Microsoft identity platform</h2>
    <p class="fxs-muted">The Microsoft identity platform is an authentication service, open-source libraries, and application management tools.</p>
  </div>`;
}
