// A credentials grid rendered as Fluent UI's DetailsList renders a virtualised list
// (`markup.grid=virtual`): the grid sits in a scrolling container of limited height
// (`data-is-scrollable`, as Fluent's ScrollablePane marks it), only the rows in view and a small
// overscan are in the DOM, spacers stand in for the others, the grid says how many rows it has
// (`aria-rowcount`, the header row included) and each row its place (`aria-rowindex`, the header
// being 1). Scrolling renders the rows that come into view and removes those scrolled out, after
// Fluent's own delay (its List updates 100 ms after the last scroll event, at most every 500 ms).
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { MarkupVariants } from '../../options.ts';
import { env } from './env.ts';
import { invalidate } from './render-loop.ts';
import { dataTable, type Cell, type Column } from './widgets.ts';

/** Every row's height (CSS `.fxs-grid-virtual` holds them to it), so the window follows scrollTop. */
export const ROW_HEIGHT = 44;
/** Rows in view at once: the container is this many rows high under its header. */
export const ROWS_IN_VIEW = 8;
/** Rows rendered beyond the view on each side. */
export const OVERSCAN = 2;
const SCROLL_DEBOUNCE = 100;
const SCROLL_MAX_WAIT = 500;

/** One grid's window onto its rows (one per grid of a view, kept across renders); every row unless `markup.grid` is `virtual`. */
export class VirtualGrid {
  private first = 0;
  private last = ROWS_IN_VIEW + OVERSCAN;
  private viewport: HTMLElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitingSince: number | undefined;

  template(kind: MarkupVariants['secretsTable'], label: string, columns: Column[], rows: Cell[][], empty?: string, options: { busy?: boolean } = {}): TemplateResult {
    if (env().config.markup.grid !== 'virtual' || rows.length === 0) return dataTable(kind, label, columns, rows, empty, options);
    const first = Math.min(this.first, rows.length);
    const last = Math.min(this.last, rows.length);
    const shown = rows.slice(first, last).map((cells, offset) => ({ cells, index: first + offset }));
    const above = first * ROW_HEIGHT;
    const below = (rows.length - last) * ROW_HEIGHT;
    const ariaBusy = options.busy ? 'true' : 'false';
    const grid =
      kind === 'grid'
        ? html`<div class="fxs-grid" role="grid" aria-label=${label} aria-rowcount=${rows.length + 1} aria-busy=${ariaBusy}>
            <div role="rowgroup" class="fxs-grid-head"><div role="row" class="fxs-grid-row" aria-rowindex="1">
              ${columns.map((column) => html`<div role="columnheader" class="fxs-grid-cell ${column.cls ?? ''}" aria-label=${column.label ?? nothing}>${column.header}</div>`)}
            </div></div>
            <div role="rowgroup" class="fxs-grid-body">
              <div role="presentation" class="fxs-grid-spacer"><div style="display: table-cell; height: ${above}px"></div></div>
              ${repeat(shown, (row) => row.index, (row) => html`<div role="row" class="fxs-grid-row" aria-rowindex=${row.index + 2}>${row.cells.map((cell, index) => html`<div role="gridcell" class="fxs-grid-cell ${columns[index]?.cls ?? ''}">${cell}</div>`)}</div>`)}
              <div role="presentation" class="fxs-grid-spacer"><div style="display: table-cell; height: ${below}px"></div></div>
            </div>
          </div>`
        : html`<table class="fxs-grid fxs-table" aria-label=${label} aria-rowcount=${rows.length + 1} aria-busy=${ariaBusy}>
            <thead><tr class="fxs-grid-row" aria-rowindex="1">${columns.map((column) => html`<th scope="col" class="fxs-grid-cell ${column.cls ?? ''}" aria-label=${column.label ?? nothing}>${column.header}</th>`)}</tr></thead>
            <tbody>
              <tr class="fxs-grid-spacer" aria-hidden="true"><td colspan=${columns.length} style="height: ${above}px"></td></tr>
              ${repeat(shown, (row) => row.index, (row) => html`<tr class="fxs-grid-row" aria-rowindex=${row.index + 2}>${row.cells.map((cell, index) => html`<td class="fxs-grid-cell ${columns[index]?.cls ?? ''}">${cell}</td>`)}</tr>`)}
              <tr class="fxs-grid-spacer" aria-hidden="true"><td colspan=${columns.length} style="height: ${below}px"></td></tr>
            </tbody>
          </table>`;
    return html`<div class="fxs-grid-viewport fxs-grid-virtual" data-is-scrollable="true" style="max-height: ${(ROWS_IN_VIEW + 1) * ROW_HEIGHT}px"
      ${ref((element) => this.attach(element as HTMLElement | undefined))} @scroll=${() => this.scrolled()}>${grid}</div>`;
  }

  /** A new container (the grid drawn anew after a re-read, or its tab shown again) starts at the top. */
  private attach(element: HTMLElement | undefined): void {
    if (!element || element === this.viewport) return;
    this.viewport = element;
    if (this.first !== 0 || this.last !== ROWS_IN_VIEW + OVERSCAN) {
      this.first = 0;
      this.last = ROWS_IN_VIEW + OVERSCAN;
      invalidate();
    }
  }

  private scrolled(): void {
    this.waitingSince ??= Date.now();
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SCROLL_DEBOUNCE, this.waitingSince + SCROLL_MAX_WAIT - Date.now()));
    this.timer = setTimeout(() => this.update(), wait);
  }

  private update(): void {
    this.waitingSince = undefined;
    const viewport = this.viewport;
    if (!viewport) return;
    const header = viewport.querySelector<HTMLElement>('.fxs-grid-head, thead');
    const top = Math.max(0, viewport.scrollTop - (header?.offsetHeight ?? 0));
    const inView = Math.ceil(viewport.clientHeight / ROW_HEIGHT);
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.floor(top / ROW_HEIGHT) + inView + OVERSCAN;
    if (first === this.first && last === this.last) return;
    this.first = first;
    this.last = last;
    invalidate();
  }
}
