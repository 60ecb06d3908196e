// The context pane that slides in from the right over a blade (portal.md §8): header with a
// close X, content, footer buttons. Its container role is a markup variant (§13.3). With
// --pane-frame the content and footer are a sandbox iframe's (pane-frame-host.ts).
import { html, nothing, type TemplateResult } from 'lit-html';
import type { AddSecretRequest } from '../shared.ts';
import type { MarkupVariants } from '../../options.ts';
import { icons } from './icons.ts';

export const ADD_PANE_TITLE = 'Add a client secret';

/** What the "Add a client secret" form acts on: the blade body's model, here or across frames. */
export interface PaneActions {
  readonly adding: boolean;
  add(request: AddSecretRequest, forgetEarlierValues?: boolean): Promise<void> | void;
  closePane(): void;
}

/** A pane's form: the fields and the footer buttons, rendered in a pane or in the form frame. */
export interface PaneForm {
  content(): TemplateResult;
  footer(): TemplateResult;
}

/** The pane; without `footer` its content fills it (the form frame brings its own footer). */
export function contextPane(kind: MarkupVariants['pane'], title: string, content: TemplateResult, onClose: () => void, footer?: TemplateResult): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onClose();
  };
  return html`<div class="fxs-contextpane-backdrop" @click=${onClose}></div>
    <section class="fxs-contextpane" role=${kind} aria-modal=${kind === 'dialog' ? 'true' : 'false'} aria-labelledby="fxs-contextpane-title" @keydown=${onKey}>
      <header class="fxs-contextpane-header">
        <h2 id="fxs-contextpane-title">${title}</h2>
        <button type="button" class="fxs-icon-button" aria-label="Close" title="Close" @click=${onClose}>${icons.close()}</button>
      </header>
      <div class="fxs-contextpane-content ${footer ? '' : 'fxs-contextpane-content-framed'}">${content}</div>
      ${footer ? html`<footer class="fxs-contextpane-footer">${footer}</footer>` : nothing}
    </section>`;
}

export function paneButtons(onAdd: () => void, onCancel: () => void, addDisabled: boolean, busy: boolean): TemplateResult {
  return html`<button type="button" class="fxs-button fxs-button-primary" ?disabled=${addDisabled || busy} @click=${onAdd}><span>Add</span></button>
    <button type="button" class="fxs-button" ?disabled=${busy} @click=${onCancel}><span>Cancel</span></button>
    ${busy ? html`<span class="fxs-pane-busy" role="status"><span class="fxs-spinner"></span>Adding client secret...</span>` : ''}`;
}
