// Pieces of the Certificates & secrets grid shared by both UI variants: the copy control,
// the Value cell, the delete button and the delete confirmation.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { MarkupVariants } from '../../options.ts';
import type { SecretView } from '../shared.ts';
import type { CredentialsModel } from './credentials-model.ts';
import { icons } from './icons.ts';

export const MASK = '*'.repeat(18);

/** The delete confirmation's texts (`markup.deleteConfirm`; the real ones are [NF], §13.11). */
export const DELETE_CONFIRM = {
  'yes-no': {
    title: 'Delete client secret',
    message: (description: string) => `Are you sure you want to delete the client secret "${description}"? Applications that use it will no longer be able to authenticate with it. This cannot be undone.`,
    yes: 'Yes',
    no: 'No',
  },
  'delete-cancel': {
    title: 'Delete the client secret?',
    message: (description: string) => `"${description}" will be removed. Apps that sign in with it will stop working.`,
    yes: 'Delete',
    no: 'Cancel',
  },
} as const;

/** "Copy to clipboard" (portal.md §7.11): a div of type button, as the real one is. */
export function copyButton(model: CredentialsModel, text: string, key: string): TemplateResult {
  const run = () => void model.copy(text, key);
  return html`<div type="button" role="button" tabindex="0" class="fxs-copyfield-button" aria-label="Copy to clipboard" title="Copy to clipboard"
      @click=${run} @keydown=${(event: KeyboardEvent) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); run(); } }}>${icons.copy()}</div>
    ${model.copiedKey === key ? html`<span class="fxs-copied" role="status">Copied</span>` : nothing}`;
}

/** The Value cell: the new value as text or in a read-only text box (`markup.valueField`), else its masked hint. */
export function valueCell(model: CredentialsModel, secret: SecretView, legacy: boolean, field: MarkupVariants['valueField']): TemplateResult {
  const value = model.newValues.get(secret.keyId);
  if (value !== undefined) {
    const shown =
      field === 'input'
        ? html`<input type="text" readonly class="fxs-secret-value fxs-copyfield-input" aria-label="Client secret value" .value=${value} size=${value.length}>`
        : html`<span class="fxs-secret-value fxs-copyfield-text">${value}</span>`;
    return html`${shown}${copyButton(model, value, `value:${secret.keyId}`)}`;
  }
  return legacy ? html`` : html`<span class="fxs-secret-masked">${secret.hint}${MASK}</span>`;
}

/** The Secret ID cell: the GUID as text or in a read-only text box (`markup.secretIdField`), then its copy button. */
export function secretIdCell(model: CredentialsModel, secret: SecretView, field: MarkupVariants['secretIdField']): TemplateResult {
  const shown =
    field === 'input'
      ? html`<input type="text" readonly class="fxs-secret-id fxs-copyfield-input" aria-label="Secret ID" .value=${secret.keyId} size=${secret.keyId.length}>`
      : html`<span class="fxs-secret-id">${secret.keyId}</span>`;
  return html`${shown}${copyButton(model, secret.keyId, `id:${secret.keyId}`)}`;
}

export function deleteButton(model: CredentialsModel, secret: SecretView): TemplateResult {
  const busy = model.deleting === secret.keyId;
  return html`<button type="button" class="fxs-icon-button fxs-delete-button" aria-label="Delete" title="Delete" ?disabled=${busy || model.deleting !== undefined}
    @click=${() => model.askDelete(secret)}>${busy ? html`<span class="fxs-spinner"></span>` : icons.trash()}</button>`;
}

export function deleteConfirmation(model: CredentialsModel, forgetEarlierValues: boolean, wording: MarkupVariants['deleteConfirm']): TemplateResult | typeof nothing {
  const secret = model.confirming;
  if (!secret) return nothing;
  const texts = DELETE_CONFIRM[wording];
  return html`<div class="fxs-modal-backdrop">
    <div class="fxs-confirm" role="alertdialog" aria-modal="true" aria-labelledby="fxs-confirm-title" aria-describedby="fxs-confirm-text">
      <h2 id="fxs-confirm-title">${texts.title}</h2>
      <p id="fxs-confirm-text">${texts.message(secret.displayName)}</p>
      <div class="fxs-confirm-buttons">
        <button type="button" class="fxs-button fxs-button-primary" @click=${() => void model.confirmDelete(forgetEarlierValues)}><span>${texts.yes}</span></button>
        <button type="button" class="fxs-button" @click=${() => model.cancelDelete()}><span>${texts.no}</span></button>
      </div>
    </div>
  </div>`;
}
