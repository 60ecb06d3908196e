// Reads the portal's data grids (App registrations, Client secrets). Their ARIA role is [NF]
// (grid or table): both are accepted, and cells are read by their column header's name.
import type { Frame, Locator, Page } from 'playwright';

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
