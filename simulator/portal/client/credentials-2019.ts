// Certificates & secrets as the 2019 guide shows it: the yellow "Copy the new client secret
// value" banner after Add, the paragraph, then stacked "Certificates" and "Client secrets"
// sections, columns Description | Expires | Value, dates M/D/YYYY.
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { AddPaneSlot } from './add-pane-slot.ts';
import { loading, toolbar } from './blade.ts';
import { deleteButton, deleteConfirmation, valueCell } from './credential-parts.ts';
import type { CredentialsModel } from './credentials-model.ts';
import { env } from './env.ts';
import { portalDate } from './format.ts';
import { icons } from './icons.ts';
import { VirtualGrid } from './virtual-grid.ts';

const INTRO_2019 = 'Credentials enable confidential applications to identify themselves to the authentication service when receiving tokens at a web addressable location (using an HTTPS scheme). For a higher level of assurance, we recommend using a certificate (instead of a client secret) as a credential.';
export const COPY_BANNER = "Copy the new client secret value. You won't be able to retrieve it after you perform another operation or leave this blade.";

export class CredentialsView2019 {
  private readonly grids = { certificates: new VirtualGrid(), secrets: new VirtualGrid() };

  constructor(
    private readonly model: CredentialsModel,
    private readonly pane: AddPaneSlot,
  ) {}

  template(): TemplateResult {
    const { model } = this;
    const app = model.app!;
    const { markup } = env().config;
    return html`<div class="fxs-blade-pad fxs-credentials fxs-credentials-2019">
        ${model.newValues.size > 0 ? html`<div class="fxs-infobar fxs-infobar-warning" role="status">${icons.warning()}<strong>${COPY_BANNER}</strong></div>` : nothing}
        <p class="fxs-intro">${INTRO_2019}</p>
        <section aria-labelledby="fxs-certs-heading">
          <h2 id="fxs-certs-heading" class="fxs-section-title">Certificates</h2>
          <p class="fxs-tab-description">Certificates can be used as secrets to prove the application's identity when requesting a token. Also can be referred to as public keys.</p>
          ${toolbar([{ label: 'Upload certificate', telemetry: 'UploadCertificate', icon: icons.plus() }])}
          ${this.grids.certificates.template(markup.secretsTable, 'Certificates', [{ header: 'Thumbprint' }, { header: 'Start date' }, { header: 'Expires' }],
            app.certificates.map((cert) => [cert.thumbprint, portalDate(cert.startDate), portalDate(cert.expires)]),
            'No certificates have been added for this application.')}
        </section>
        <section aria-labelledby="fxs-secrets-heading">
          <h2 id="fxs-secrets-heading" class="fxs-section-title">Client secrets</h2>
          <p class="fxs-tab-description">A secret string that the application uses to prove its identity when requesting a token. Also can be referred to as application password.</p>
          ${toolbar([{ label: 'New client secret', telemetry: 'NewClientSecret', icon: icons.plus(), onClick: () => model.openPane() }])}
          ${model.reloading ? loading() : nothing}
          ${keyed(model.generation, this.grids.secrets.template(markup.secretsTable, 'Client secrets', [
            { header: 'Description', cls: 'col-description' },
            { header: 'Expires', cls: 'col-date' },
            { header: 'Value', cls: 'col-value' },
            { header: '', cls: 'col-actions', label: 'Actions' },
          ], app.secrets.map((secret) => [secret.displayName, portalDate(secret.endDateTime), valueCell(model, secret, true, markup.valueField), deleteButton(model, secret)]),
          'No client secrets have been created for this application.', { busy: model.reloading }))}
        </section>
      </div>
      ${this.pane.template()}
      ${deleteConfirmation(model, true, markup.deleteConfirm)}`;
  }
}
