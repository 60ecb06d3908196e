// Reads the portal's data grids (App registrations, Client secrets). Their ARIA role is [NF]
// (grid or table): both are accepted, and cells are read by their column header's name.
import type { Frame, Locator, Page } from 'playwright';
import { isTimeout, waitForState } from './race.ts';

/**
 * What a loading grid or blade shows ([NF] which of them a given rendering uses): a progress bar
 * ("Loading...", marching dots) or an element marked aria-busy.
 */
export function loadingIndicator(frame: Page | Frame): Locator {
  return frame.getByRole('progressbar').or(frame.locator('[aria-busy="true"]'));
}

/** The grid (in `frame`: the top page or a blade's iframe) that has a column named `column`. */
export function dataGrid(frame: Page | Frame, column: RegExp): Locator {
  const header = frame.getByRole('columnheader', { name: column });
  return frame.getByRole('grid').or(frame.getByRole('table')).filter({ has: header });
}

/** Rows that hold data (not the header row). */
export function dataRows(frame: Page | Frame, grid: Locator): Locator {
  return grid.getByRole('row').filter({ has: frame.getByRole('gridcell').or(frame.getByRole('cell')) });
}

/** A data row as an inner locator, for `grid.filter({ has })` (queried from the grid, not the page). */
export function dataRowWithin(frame: Page | Frame): Locator {
  return frame.getByRole('row').filter({ has: frame.getByRole('gridcell').or(frame.getByRole('cell')) });
}

function cells(row: Locator): Locator {
  return row.getByRole('gridcell').or(row.getByRole('cell')).or(row.getByRole('rowheader'));
}

/** Column names in order, whitespace collapsed. */
export async function columnNames(grid: Locator): Promise<string[]> {
  const names = await grid.getByRole('columnheader').allInnerTexts();
  return names.map((name) => name.replace(/\s+/g, ' ').trim());
}

/**
 * One row's cell texts keyed by column name (columns matched by prefix, e.g. "Value ⓘ"). A cell's
 * text includes what its read-only text boxes hold: a copyable field may be drawn as one (the new
 * secret's Value, §7.11), and a text box's value is not part of the page's text.
 */
export async function readRow(row: Locator, columns: string[]): Promise<Map<string, string>> {
  const texts = (await cells(row).evaluateAll(cellTexts)).map((text) => text.replace(/\s+/g, ' ').trim());
  const values = new Map<string, string>();
  if (texts.length < columns.length - 1) return values; // an empty-state row spanning the grid
  columns.forEach((column, index) => values.set(column, texts[index] ?? ''));
  return values;
}

/** Runs in the page: each cell's rendered text, then the values of the text boxes in it. */
function cellTexts(elements: Element[]): string[] {
  return elements.map((element) => {
    const fields = [...element.querySelectorAll('input, textarea')].filter(
      (field): field is HTMLInputElement | HTMLTextAreaElement => field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text'),
    );
    return [(element as HTMLElement).innerText, ...fields.map((field) => field.value)].join(' ');
  });
}

/** Every data row's cells, keyed by column name. */
export async function readRows(grid: Locator, rows: Locator): Promise<Map<string, string>[]> {
  const columns = await columnNames(grid);
  return Promise.all((await rows.all()).map((row) => readRow(row, columns)));
}

export function cell(values: Map<string, string>, column: string): string | undefined {
  for (const [name, text] of values) if (name === column || name.startsWith(`${column} `)) return text;
  return undefined;
}

/** Every data row of a grid, however it renders them, as `readAllRows` found them. */
export interface AllRows {
  /** Each row's cells keyed by column name, in the grid's order. */
  rows: Map<string, string>[];
  /** The data rows the grid says it has (its aria-rowcount less its header rows); undefined when it does not say. */
  declared: number | undefined;
  /** The grid was scrolled to reach rows it had not rendered (a virtualised list). */
  scrolled: boolean;
  /** Why the rows read may not be all of them (the grid changed under the read, a scroll brought nothing): read again once it has settled. */
  unsettled: string | undefined;
}

/** How long one scroll may take to bring the rows it uncovers. */
const SCROLL_STEP_TIMEOUT = 10_000;

/**
 * Every data row of `grid`, also when it renders only the rows in view (Fluent's DetailsList
 * virtualised, §5): such a grid says how many rows it has (`aria-rowcount`, its header row
 * included) and where each rendered one sits (`aria-rowindex`). Rows are collected by that index
 * while the grid is scrolled a screen at a time (first up to its first row, then down), each step
 * waiting for the row next to the rendered ones to appear: the grid renders rows some time after
 * the scroll. A grid in a scrolling container that does not say where its rows sit is scrolled
 * until the container no longer moves; `expected` (a count the page shows elsewhere, "Client
 * secrets (N)") ends that read once that many are in. A grid that says its size and renders it
 * all, or sits in no scrolling container, is read as it is. Read it only once it has settled
 * (`readSettled`): an empty or loading grid proves nothing.
 */
export async function readAllRows(frame: Page | Frame, grid: Locator, rows: Locator, options: { expected?: number; timeout: number }): Promise<AllRows> {
  const deadline = Date.now() + options.timeout;
  const stepTimeout = () => Math.min(SCROLL_STEP_TIMEOUT, Math.max(1, deadline - Date.now()));
  const columns = await columnNames(grid);
  const headerRows = await grid.getByRole('row').filter({ has: frame.getByRole('columnheader') }).count();
  const rowCount = async () => {
    const text = await grid.getAttribute('aria-rowcount');
    return text !== null && /^\d+$/.test(text) ? Number(text) : undefined;
  };
  const declaredRows = await rowCount();
  const declared = declaredRows === undefined ? undefined : declaredRows - headerRows;
  const collected = new Map<string, { index: number | undefined; texts: string[] }>();
  let scrolled = false;

  // Rows with fewer cells than columns (an empty state spanning the grid) hold no data.
  const take = async () => {
    const rendered = (await renderedRows(rows)).filter((row) => row.texts.length >= columns.length - 1);
    for (const row of rendered) collected.set(row.key, row);
    return rendered;
  };
  const result = (unsettled?: string): AllRows => {
    const ordered = [...collected.values()].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return { rows: ordered.map((row) => new Map(columns.map((column, i) => [column, row.texts[i] ?? '']))), declared, scrolled, unsettled };
  };
  const rowAt = (index: number) => rows.and(frame.locator(`[aria-rowindex="${index}"]`));

  let rendered = await take();
  if (declared !== undefined && rendered.length > 0 && rendered.every((row) => row.index !== undefined)) {
    const first = headerRows + 1;
    const last = headerRows + declared;
    for (;;) {
      const missing = range(first, last).find((index) => !collected.has(String(index)));
      if (missing === undefined) return result();
      if ((await rowCount()) !== declaredRows) return result('its row count changed while it was read');
      if (rendered.length === 0) return result('it emptied while it was read');
      const shown = rendered.map((row) => row.index!);
      const up = missing < Math.min(...shown);
      // The edge row, scrolled to the other side of the view: the grid renders what lies beyond it.
      const edge = up ? Math.min(...shown) : Math.max(...shown);
      const next = up ? edge - 1 : edge + 1;
      const block: ScrollLogicalPosition = up ? 'end' : 'start';
      try {
        await rowAt(edge).evaluate((element, at) => element.scrollIntoView({ block: at }), block, { timeout: stepTimeout() });
        scrolled = true;
        await waitForState(rowAt(next).first(), 'visible', stepTimeout());
      } catch (error) {
        if (!isTimeout(error)) throw error;
        return result(`row ${next} of ${declaredRows} did not show after scrolling to it`);
      }
      rendered = await take();
    }
  }
  const target = declared ?? options.expected;
  if (target !== undefined && collected.size >= target) return result();
  if (rendered.length === 0 || !(await rows.first().evaluate(inScrollingContainer, undefined, { timeout: stepTimeout() }))) return result();
  // A scrolling grid that does not say where its rows sit: scrolled to either end, until it no longer moves.
  for (const direction of ['up', 'down'] as const) {
    for (;;) {
      if (direction === 'down' && target !== undefined && collected.size >= target) return result();
      if (Date.now() >= deadline) return result('it was still scrolling at the deadline');
      const block: ScrollLogicalPosition = direction === 'up' ? 'end' : 'start';
      const moved = await (direction === 'up' ? rows.first() : rows.last()).evaluate(scrollAndAwaitChange, { block, limit: stepTimeout() }, { timeout: stepTimeout() + 1_000 });
      if (!moved) break;
      scrolled = true;
      rendered = await take();
      if (rendered.length === 0) return result('it emptied while it was read');
    }
  }
  return result();
}

/**
 * Brings `target` (a row of `rows`) into the page when the grid draws only the rows in view: the
 * grid is scrolled a screen at a time, up and then down, until it renders it or no longer moves.
 * Returns at once when it is rendered already; returns without it when no scroll brings it.
 */
export async function revealRow(rows: Locator, target: Locator, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  const stepTimeout = () => Math.min(SCROLL_STEP_TIMEOUT, Math.max(1, deadline - Date.now()));
  if ((await target.count()) > 0 || (await rows.count()) === 0) return;
  if (!(await rows.first().evaluate(inScrollingContainer, undefined, { timeout: stepTimeout() }))) return;
  for (const direction of ['up', 'down'] as const) {
    for (;;) {
      if ((await target.count()) > 0 || Date.now() >= deadline) return;
      const block: ScrollLogicalPosition = direction === 'up' ? 'end' : 'start';
      const edge = direction === 'up' ? rows.first() : rows.last();
      const moved = await edge.evaluate(scrollAndAwaitChange, { block, limit: stepTimeout() }, { timeout: stepTimeout() + 1_000 });
      if (!moved) break;
    }
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The rendered rows' cell texts and aria-rowindex, read in one go (a virtualised grid may re-render between two reads). */
async function renderedRows(rows: Locator): Promise<{ key: string; index: number | undefined; texts: string[] }[]> {
  const read = await cells(rows).evaluateAll((elements) => {
    const byRow = new Map<Element, { index: string | null; texts: string[] }>();
    for (const element of elements) {
      const row = element.closest('[role="row"], tr');
      if (!row) continue;
      const fields = [...element.querySelectorAll('input, textarea')].filter(
        (field): field is HTMLInputElement | HTMLTextAreaElement => field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text'),
      );
      const text = [(element as HTMLElement).innerText, ...fields.map((field) => field.value)].join(' ');
      const entry = byRow.get(row) ?? { index: row.getAttribute('aria-rowindex'), texts: [] };
      entry.texts.push(text);
      byRow.set(row, entry);
    }
    return [...byRow.values()];
  });
  return read.map(({ index, texts }) => {
    const clean = texts.map((text) => text.replace(/\s+/g, ' ').trim());
    const number = index !== null && /^\d+$/.test(index) ? Number(index) : undefined;
    return { key: number === undefined ? clean.join('\u0001') : String(number), index: number, texts: clean };
  });
}

/** Runs in the page: whether the row sits in a container that scrolls (the page itself aside). */
function inScrollingContainer(element: Element): boolean {
  for (let node = element.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight + 1) return true;
  }
  return false;
}

/**
 * Runs in the page: scrolls the row into view at `block`; when a container around it moved,
 * resolves at the grid's next change (watched from before the scroll, so a quick re-render is not
 * missed) or after `limit` ms, a page timer bounding the wait, not a sleep in the runbook. Says
 * whether anything moved.
 */
function scrollAndAwaitChange(element: Element, { block, limit }: { block: ScrollLogicalPosition; limit: number }): Promise<boolean> {
  const positions = () => {
    const tops: number[] = [];
    for (let node = element.parentElement; node; node = node.parentElement) tops.push(node.scrollTop);
    return tops.join(',');
  };
  const grid = element.closest('[role="grid"], [role="table"], table') ?? element.parentElement ?? element;
  return new Promise<boolean>((resolve) => {
    let timer = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(true);
    });
    observer.observe(grid, { subtree: true, childList: true, characterData: true });
    const before = positions();
    element.scrollIntoView({ block });
    if (positions() === before) {
      observer.disconnect();
      resolve(false);
      return;
    }
    timer = window.setTimeout(() => {
      observer.disconnect();
      resolve(true);
    }, limit);
  });
}
