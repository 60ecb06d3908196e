// The "Add a client secret" context pane (portal.md §8; the 2019 radios in §12). It lives with
// the blade body. Its container role is [NF]: dialog, complementary or region are accepted.
import type { Locator } from 'playwright';
import { RunbookError } from '../runbooks/errors.ts';
import type { BladeScope } from './blade-frame.ts';
import type { PortalShell } from './portal-shell.ts';
import { exactly, firstOf, gone, visibleText } from './race.ts';

export type ExpiresControl = 'dropdown' | 'radios';

const PANE_TIMEOUT = 45_000;
const TITLE = 'Add a client secret';

export class AddClientSecretPane {
  protected readonly root: Locator;
  readonly description: Locator;
  readonly expiresDropdown: Locator;
  readonly expiresRadios: Locator;
  /** The open dropdown's options: listbox options or tree items ([NF]); the list may render outside the pane. */
  readonly expiresOptions: Locator;
  readonly startDate: Locator;
  readonly endDate: Locator;
  readonly addButton: Locator;
  readonly cancelButton: Locator;
  /** A validation or error message inside the pane. */
  readonly error: Locator;

  constructor(readonly scope: BladeScope) {
    this.root = scope
      .getByRole('dialog', { name: TITLE })
      .or(scope.getByRole('complementary', { name: TITLE }))
      .or(scope.getByRole('region', { name: TITLE }));
    this.description = this.root.getByRole('textbox', { name: 'Description', exact: true });
    // [S] two elements carry the name "Expires" (label and control): the control is the combobox.
    this.expiresDropdown = this.root.getByRole('combobox', { name: 'Expires', exact: true }).or(this.root.getByRole('listbox', { name: 'Expires', exact: true }));
    this.expiresRadios = this.root.getByRole('radio');
    this.expiresOptions = scope.getByRole('option').or(scope.getByRole('treeitem'));
    this.startDate = this.root.getByRole('textbox', { name: /^Start/ }).or(this.root.getByLabel('Start', { exact: true }));
    this.endDate = this.root.getByRole('textbox', { name: /^End/ }).or(this.root.getByLabel('End', { exact: true }));
    this.addButton = this.root.getByRole('button', { name: 'Add', exact: true });
    this.cancelButton = this.root.getByRole('button', { name: 'Cancel', exact: true });
    this.error = this.root.getByRole('alert').filter({ hasText: /\S/ });
  }

  async waitUntilOpen(): Promise<void> {
    await this.description.waitFor({ state: 'visible', timeout: PANE_TIMEOUT });
  }

  /** Types the description with real keystrokes (the portal ignores assigned values, §3.4). */
  async setDescription(text: string): Promise<void> {
    await this.description.click();
    await this.description.fill('');
    await this.description.pressSequentially(text);
  }

  /** Today's dropdown, or the 2019 radio buttons. */
  async expiresControl(): Promise<ExpiresControl> {
    const shown = await firstOf({ dropdown: this.expiresDropdown, radios: this.expiresRadios }, { timeout: PANE_TIMEOUT });
    return shown;
  }

  /** Opens the Expires dropdown; ends when its options are listed. */
  async openExpires(): Promise<void> {
    await this.expiresDropdown.first().click();
    await this.expiresOptions.filter({ visible: true }).first().waitFor({ state: 'visible', timeout: PANE_TIMEOUT });
  }

  /** What the Expires control offers, in the portal's words (a dropdown must be open). */
  async offeredExpiries(control: ExpiresControl): Promise<string[]> {
    if (control === 'radios') return radioNames(await this.root.ariaSnapshot());
    const options = this.expiresOptions.filter({ visible: true });
    return (await options.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }

  /** Picks an offered option by its exact words (a dropdown must be open); ends once it shows. */
  async chooseExpiry(control: ExpiresControl, label: string): Promise<void> {
    if (control === 'radios') {
      await this.root.getByRole('radio', { name: label, exact: true }).check();
      return;
    }
    const options = this.expiresOptions.filter({ visible: true });
    await options.filter({ hasText: exactly(label) }).first().click();
    await firstOf({ closed: gone(options) }, { timeout: PANE_TIMEOUT });
    const shown = await this.expiresShown();
    if (!shown.includes(label)) throw new Error(`The Expires control shows "${shown}" after choosing "${label}"`);
  }

  /** The option the dropdown shows now. */
  async expiresShown(): Promise<string> {
    const control = this.expiresDropdown.first();
    const text = (await control.innerText()).replace(/\s+/g, ' ').trim();
    return text || (await control.inputValue());
  }

  /** Custom's Start and End dates, typed as a person in en-US would (M/D/YYYY), ISO for date inputs. */
  async setCustomDates(start: string, end: string): Promise<void> {
    for (const [box, day] of [[this.startDate.first(), start], [this.endDate.first(), end]] as const) {
      await box.waitFor({ state: 'visible', timeout: PANE_TIMEOUT });
      if ((await box.getAttribute('type')) === 'date') {
        await box.fill(day);
      } else {
        await box.click();
        await box.fill('');
        await box.pressSequentially(usDate(day));
        await box.press('Tab');
      }
    }
  }

  /**
   * Clicks Add; returns once the pane has closed and the portal confirmed (success toast or the
   * new row). An error toast or a message in the pane is the portal refusing, with its words.
   */
  async add(shell: PortalShell, newRow: Locator): Promise<void> {
    await this.addButton.click();
    const outcome = await firstOf(
      { toast: shell.credentialsUpdated, row: newRow, failed: shell.credentialsUpdateFailed, invalid: this.error },
      { timeout: PANE_TIMEOUT },
    );
    if (outcome === 'failed') throw new RunbookError('portal-refused', `The portal refused the new secret: ${await shell.toastText(shell.credentialsUpdateFailed)}`);
    if (outcome === 'invalid') throw new RunbookError('portal-refused', `The portal refused the new secret: ${await visibleText(this.error.first())}`);
    await firstOf({ closed: gone(this.root) }, { timeout: PANE_TIMEOUT });
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
    await firstOf({ closed: gone(this.root) }, { timeout: PANE_TIMEOUT });
  }
}

function radioNames(snapshot: string): string[] {
  return [...snapshot.matchAll(/- radio "([^"]+)"/g)].map((match) => match[1]!);
}

function usDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${month}/${day}/${year}`;
}
