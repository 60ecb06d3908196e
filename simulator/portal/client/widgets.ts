// Tabs and data tables in the two renderings the reference could not tell apart (§13.1):
// ARIA tabs or plain buttons; an ARIA grid of divs or a native table.
import { html, nothing, type TemplateResult } from 'lit-html';
import { icons } from './icons.ts';
import type { MarkupVariants } from '../../options.ts';

export interface Tab {
  id: string;
  label: string;
}

export function tabStrip(kind: MarkupVariants['tabs'], label: string, tabs: Tab[], selected: string, onSelect: (id: string) => void): TemplateResult {
  if (kind === 'tab') {
    const onKey = (event: KeyboardEvent) => {
      const index = tabs.findIndex((tab) => tab.id === selected);
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      const next = tabs[(index + step + tabs.length) % tabs.length];
      if (next) onSelect(next.id);
      queueMicrotask(() => (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>('[aria-selected=true]')?.focus());
    };
    return html`<div class="fxs-tabs" role="tablist" aria-label=${label} @keydown=${onKey}>
      ${tabs.map((tab) => html`<button type="button" role="tab" id=${`tab-${tab.id}`} class="fxs-tab ${tab.id === selected ? 'fxs-tab-selected' : ''}"
        aria-selected=${tab.id === selected ? 'true' : 'false'} tabindex=${tab.id === selected ? '0' : '-1'} @click=${() => onSelect(tab.id)}>${tab.label}</button>`)}
    </div>`;
  }
  return html`<div class="fxs-tabs">
    ${tabs.map((tab) => html`<button type="button" class="fxs-tab ${tab.id === selected ? 'fxs-tab-selected' : ''}" @click=${() => onSelect(tab.id)}>${tab.label}</button>`)}
  </div>`;
}

export interface Column {
  header: TemplateResult | string;
  cls?: string;
  /** Accessible name when the header has no text (the actions column). */
  label?: string;
}

export type Cell = TemplateResult | string;

/** `busy`: a (re)load is in flight; the grid says so with aria-busy (the caller shows the progress bar). */
export function dataTable(kind: MarkupVariants['secretsTable'], label: string, columns: Column[], rows: Cell[][], empty?: string, { busy = false } = {}): TemplateResult {
  const ariaBusy = busy ? 'true' : 'false';
  if (kind === 'grid') {
    return html`<div class="fxs-grid" role="grid" aria-label=${label} aria-rowcount=${rows.length + 1} aria-busy=${ariaBusy}>
      <div role="rowgroup" class="fxs-grid-head"><div role="row" class="fxs-grid-row">
        ${columns.map((column) => html`<div role="columnheader" class="fxs-grid-cell ${column.cls ?? ''}" aria-label=${column.label ?? nothing}>${column.header}</div>`)}
      </div></div>
      <div role="rowgroup" class="fxs-grid-body">
        ${rows.length === 0 && empty
          ? html`<div role="row" class="fxs-grid-row fxs-grid-empty"><div role="gridcell" class="fxs-grid-cell" aria-colspan=${columns.length}>${empty}</div></div>`
          : rows.map((cells) => html`<div role="row" class="fxs-grid-row">${cells.map((cell, index) => html`<div role="gridcell" class="fxs-grid-cell ${columns[index]?.cls ?? ''}">${cell}</div>`)}</div>`)}
      </div>
    </div>`;
  }
  return html`<table class="fxs-grid fxs-table" aria-label=${label} aria-busy=${ariaBusy}>
    <thead><tr class="fxs-grid-row">${columns.map((column) => html`<th scope="col" class="fxs-grid-cell ${column.cls ?? ''}" aria-label=${column.label ?? nothing}>${column.header}</th>`)}</tr></thead>
    <tbody>
      ${rows.length === 0 && empty
        ? html`<tr class="fxs-grid-row fxs-grid-empty"><td class="fxs-grid-cell" colspan=${columns.length}>${empty}</td></tr>`
        : rows.map((cells) => html`<tr class="fxs-grid-row">${cells.map((cell, index) => html`<td class="fxs-grid-cell ${columns[index]?.cls ?? ''}">${cell}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

/** An info bar (optionally dismissible). */
export function infoBar(text: TemplateResult | string, onDismiss?: () => void, dismissLabel = 'Dismiss'): TemplateResult {
  return html`<div class="fxs-infobar fxs-infobar-info" role="status">
    <span class="fxs-infobar-icon">${icons.info()}</span><span class="fxs-infobar-text">${text}</span>
    ${onDismiss ? html`<button type="button" class="fxs-icon-button fxs-infobar-close" aria-label=${dismissLabel} title=${dismissLabel} @click=${onDismiss}>✕</button>` : nothing}
  </div>`;
}
