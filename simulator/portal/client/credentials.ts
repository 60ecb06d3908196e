// Certificates & secrets blade body (portal.md §7, current portal): "Got feedback?", the
// paragraph, the dismissible info bar, the three tabs with counts (Client secrets selected),
// "New client secret", the grid, and the "Add a client secret" pane over it.
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { AddPaneSlot } from './add-pane-slot.ts';
import { commandBar, errorBody, loading, toolbar } from './blade.ts';
import { deleteButton, deleteConfirmation, secretIdCell, valueCell } from './credential-parts.ts';
import { CredentialsModel } from './credentials-model.ts';
import { CredentialsView2019 } from './credentials-2019.ts';
import { env } from './env.ts';
import { portalDate } from './format.ts';
import { icons } from './icons.ts';
import { FramedPane } from './pane-frame-host.ts';
import { invalidate } from './render-loop.ts';
import { VirtualGrid } from './virtual-grid.ts';
import { dataTable, infoBar, tabStrip } from './widgets.ts';

export const INTRO = 'Credentials enable confidential applications to identify themselves to the authentication service when receiving tokens at a web addressable location (using an HTTPS scheme). For a higher level of assurance, we recommend using a certificate (instead of a client secret) as a credential.';
export const SECRETS_DESCRIPTION = 'A secret string that the application uses to prove its identity when requesting a token. Also can be referred to as application password.';
export const VALUE_TOOLTIP = 'Client secret values cannot be viewed, except for immediately after creation. Be sure to save the secret when created before leaving the page.';

export function notFoundBody(appId: string): TemplateResult {
  return errorBody('Application not found', `No application with application (client) ID '${appId}' was found in this directory. It may have been deleted, or you may not have access to it.`);
}

/** The blade body for either UI variant; what the shell or the React-view iframe renders. */
export class CredentialsContent {
  readonly model: CredentialsModel;
  private readonly view: { template(): TemplateResult };

  /** `paneInParent`: in the React-view frame, where the shell hosts a framed pane (--pane-frame). */
  constructor(appId: string, paneInParent = false) {
    const model = new CredentialsModel(appId);
    this.model = model;
    let framed: FramedPane | undefined;
    if (env().config.paneFrame && !paneInParent) {
      const host = new FramedPane({ add: (request, forget) => void model.add(request, forget), cancel: () => model.closePane() });
      model.onPaneChange = (state) => host.update(state);
      framed = host;
    }
    const slot = new AddPaneSlot(model, framed);
    this.view = env().config.ui === '2019' ? new CredentialsView2019(model, slot) : new CredentialsView(model, slot);
  }

  template(): TemplateResult {
    const { model } = this;
    if (model.error) return model.error.status === 404 ? notFoundBody(model.appId) : html`<p role="alert" class="fxs-blade-pad">${model.error.message}</p>`;
    if (!model.app) return loading();
    return this.view.template();
  }
}

class CredentialsView {
  private tab = 'secrets';
  private readonly grids = { certificates: new VirtualGrid(), secrets: new VirtualGrid() };

  constructor(
    private readonly model: CredentialsModel,
    private readonly pane: AddPaneSlot,
  ) {}

  template(): TemplateResult {
    const { model } = this;
    const app = model.app!;
    const { markup } = env().config;
    const tabs = [
      { id: 'certificates', label: `Certificates (${app.certificates.length})` },
      { id: 'secrets', label: `Client secrets (${app.secrets.length})` },
      { id: 'federated', label: 'Federated credentials (0)' },
    ];
    const panel = html`<div class="fxs-tabpanel" role=${markup.tabs === 'tab' ? 'tabpanel' : nothing} aria-labelledby=${markup.tabs === 'tab' ? `tab-${this.tab}` : nothing}>${this.panel()}</div>`;
    return html`${commandBar([{ label: 'Got feedback?', telemetry: 'GotFeedback', icon: icons.feedback() }])}
      <div class="fxs-blade-pad fxs-credentials">
        ${model.feedbackBar ? infoBar(html`Got a second to give us some feedback? <span aria-hidden="true">→</span>`, () => { model.feedbackBar = false; invalidate(); }, 'Close') : nothing}
        <p class="fxs-intro">${INTRO}</p>
        ${model.infoBarOpen ? infoBar('Application registration certificates, secrets and federated credentials can be found in the tabs below.', () => { model.infoBarOpen = false; invalidate(); }) : nothing}
        ${tabStrip(markup.tabs, 'Credentials', tabs, this.tab, (id) => { this.tab = id; invalidate(); })}
        ${panel}
      </div>
      ${this.pane.template()}
      ${deleteConfirmation(model, false, markup.deleteConfirm)}`;
  }

  private panel(): TemplateResult {
    const { model } = this;
    const app = model.app!;
    const { markup } = env().config;
    if (this.tab === 'certificates') {
      return html`<p class="fxs-tab-description">Certificates can be used as secrets to prove the application's identity when requesting a token. Also can be referred to as public keys.</p>
        ${toolbar([{ label: 'Upload certificate', telemetry: 'UploadCertificate', icon: icons.plus() }])}
        ${this.grids.certificates.template(markup.secretsTable, 'Certificates', [{ header: 'Thumbprint' }, { header: 'Description' }, { header: 'Start date' }, { header: 'Expires' }, { header: 'Certificate ID' }],
          app.certificates.map((cert) => [cert.thumbprint, cert.description, portalDate(cert.startDate), portalDate(cert.expires), cert.keyId]),
          'No certificates have been added for this application.')}`;
    }
    if (this.tab === 'federated') {
      return html`<p class="fxs-tab-description">Allow other identities to impersonate this application by establishing a trust with an external OpenID Connect (OIDC) identity provider.</p>
        ${toolbar([{ label: 'Add credential', telemetry: 'AddCredential', icon: icons.plus() }])}
        ${dataTable(markup.secretsTable, 'Federated credentials', [{ header: 'Name' }, { header: 'Subject identifier' }, { header: 'Description' }], [], 'No federated credentials have been added to this application.')}`;
    }
    const valueHeader = html`<span class="fxs-header-with-info">Value<span class="fxs-info-icon" aria-hidden="true">${icons.info()}</span><span class="fxs-tooltip" role="tooltip">${VALUE_TOOLTIP}</span></span>`;
    const rows = app.secrets.map((secret) => [
      secret.displayName,
      portalDate(secret.endDateTime),
      valueCell(model, secret, false, markup.valueField),
      secretIdCell(model, secret, markup.secretIdField),
      deleteButton(model, secret),
    ]);
    return html`<p class="fxs-tab-description">${SECRETS_DESCRIPTION}</p>
      ${toolbar([{ label: 'New client secret', telemetry: 'NewClientSecret', icon: icons.plus(), onClick: () => model.openPane() }])}
      ${model.reloading ? loading() : nothing}
      ${keyed(model.generation, this.grids.secrets.template(markup.secretsTable, 'Client secrets', [
        { header: 'Description', cls: 'col-description' },
        { header: 'Expires', cls: 'col-date' },
        { header: valueHeader, cls: 'col-value' },
        { header: 'Secret ID', cls: 'col-secretid' },
        { header: '', cls: 'col-actions', label: 'Actions' },
      ], rows, 'No client secrets have been created for this application.', { busy: model.reloading }))}`;
  }
}
