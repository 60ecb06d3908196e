// The context pane that slides in from the right over a blade (portal.md §8): header with a
// close X, content, footer buttons. Its container role is a markup variant (§13.3).
import { html, type TemplateResult } from 'lit-html';
import type { MarkupVariants } from '../../options.ts';
import { icons } from './icons.ts';

export function contextPane(kind: MarkupVariants['pane'], title: string, content: TemplateResult, footer: TemplateResult, onClose: () => void): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onClose();
  };
  return html`<div class="fxs-contextpane-backdrop" @click=${onClose}></div>
    <section class="fxs-contextpane" role=${kind} aria-modal=${kind === 'dialog' ? 'true' : 'false'} aria-labelledby="fxs-contextpane-title" @keydown=${onKey}>
      <header class="fxs-contextpane-header">
        <h2 id="fxs-contextpane-title">${title}</h2>
        <button type="button" class="fxs-icon-button" aria-label="Close" title="Close" @click=${onClose}>${icons.close()}</button>
      </header>
      <div class="fxs-contextpane-content">${content}</div>
      <footer class="fxs-contextpane-footer">${footer}</footer>
    </section>`;
}

export function paneButtons(onAdd: () => void, onCancel: () => void, addDisabled: boolean, busy: boolean): TemplateResult {
  return html`<button type="button" class="fxs-button fxs-button-primary" ?disabled=${addDisabled || busy} @click=${onAdd}><span>Add</span></button>
    <button type="button" class="fxs-button" ?disabled=${busy} @click=${onCancel}><span>Cancel</span></button>
    ${busy ? html`<span class="fxs-pane-busy" role="status"><span class="fxs-spinner"></span>Adding client secret...</span>` : ''}`;
}
