// Portal settings | Directories + subscriptions (`#settings/directory`, portal.md §1 [S]): the
// directories the account may enter. Microsoft's docs [D]: "find your directory in the Directory
// name list, and then select Switch", under "All Directories", with each one's "Directory ID".
// Whether the rows are a grid or a table, and how the current directory's row is marked, is not on
// record: a row is whichever row-like element shows the directory's name, domain or ID, and its
// "Switch" is a button (or a link) in it.
import type { Locator, Page } from 'playwright';
import { escapeRegExp, firstVisible } from './race.ts';

export const DIRECTORIES_ROUTE = 'settings/directory';
const BLADE_TIMEOUT = 45_000;

export class DirectoriesBlade {
  protected readonly root: Locator;
  /** The blade's title, once it is up. */
  readonly title: Locator;

  constructor(page: Page) {
    this.title = page.getByRole('heading', { name: /^Portal settings \| Directories \+ subscriptions$/ });
    this.root = page.getByRole('region', { name: /^Portal settings \| Directories \+ subscriptions$/ }).or(page.getByRole('main'));
  }

  /** The row showing `text` (a directory's name, domain or Directory ID). */
  row(text: string): Locator {
    return this.root.getByRole('row').filter({ hasText: new RegExp(escapeRegExp(text), 'i') });
  }

  /** Waits until the list shows: the row for `text`, or no such row once some row is there. */
  async findRow(text: string): Promise<Locator | undefined> {
    await this.title.first().waitFor({ state: 'visible', timeout: BLADE_TIMEOUT });
    const anyDirectory = this.root.getByRole('row').filter({ hasText: /[0-9a-f]{8}-[0-9a-f]{4}-/i });
    const first = await firstVisible({ found: this.row(text).first(), list: anyDirectory.first() }, { timeout: BLADE_TIMEOUT });
    if (first === 'found' || (await this.row(text).count()) > 0) return this.row(text).first();
    return undefined;
  }

  /** The directories listed, as each row reads (for a refusal that says which the account has). */
  async listed(): Promise<string[]> {
    const rows = this.root.getByRole('row').filter({ hasText: /[0-9a-f]{8}-[0-9a-f]{4}-/i });
    return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').replace(/\s*(Switch|Current)\s*$/, '').trim());
  }

  /** Whether the row is the directory the portal is in: marked "Current" rather than offering "Switch" (the marking is [NF]). */
  async isCurrent(row: Locator): Promise<boolean> {
    const first = await firstVisible({ switch: this.switchControl(row), current: row.getByText(/^\s*Current\s*$/) }, { timeout: BLADE_TIMEOUT });
    return first === 'current';
  }

  private switchControl(row: Locator): Locator {
    return row.getByRole('button', { name: /^Switch$/ }).or(row.getByRole('link', { name: /^Switch$/ })).first();
  }

  /** "Switch" in the directory's row: the portal reloads into it (done once the page has left this blade). */
  async switchTo(row: Locator): Promise<void> {
    await this.switchControl(row).click({ timeout: BLADE_TIMEOUT });
    await this.title.first().waitFor({ state: 'hidden', timeout: BLADE_TIMEOUT });
  }
}
