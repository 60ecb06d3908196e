// The "Add a client secret" context pane (portal.md §8; the 2019 radios in §12). Its container
// role is [NF] (dialog, complementary or region are accepted) and so is where it is drawn: the
// whole pane may share the blade body's frame, or its header and Close may sit in the top
// document while its form lives in a frame of its own. The pane is found as two surfaces.
import type { Locator, Page } from 'playwright';
import { RunbookError } from '../runbooks/errors.ts';
import type { PortalDates } from './portal-dates.ts';
import type { PortalShell } from './portal-shell.ts';
import { exactly, firstOf, gone, isTimeout, visibleText, waitForState } from './race.ts';
import { findSurface, type Scope } from './surface.ts';
import type { OwnDialog } from './own-dialogs.ts';

export type ExpiresControl = 'dropdown' | 'radios';

const PANE_TIMEOUT = 45_000;
/** How long an Expires list that should be open is waited on before it is looked at again. */
const LOOK_AGAIN_AFTER = 5_000;
const TITLE = 'Add a client secret';

/** The pane is the runbook's own: registered with the guard, never dismissed as an overlay. */
export const ADD_SECRET_PANE: OwnDialog = { what: `the "${TITLE}" pane`, shows: new RegExp(TITLE) };
/** What an Expires list offers, in any era (days, months, years, Never, Custom). */
const EXPIRY_WORDS = /days|months|year|Never|Custom/;

function paneContainer(scope: Scope): Locator {
  return scope
    .getByRole('dialog', { name: TITLE })
    .or(scope.getByRole('complementary', { name: TITLE }))
    .or(scope.getByRole('region', { name: TITLE }));
}

function descriptionBox(scope: Scope | Locator): Locator {
  return scope.getByRole('textbox', { name: 'Description', exact: true });
}

/** The pane's form: a Description box next to an Add button, in whichever frame holds them. */
function paneForm(scope: Scope): Locator {
  return scope.locator('body').filter({ has: descriptionBox(scope) }).filter({ has: scope.getByRole('button', { name: 'Add', exact: true }) });
}

export class AddClientSecretPane {
  /** The pane's container (header, Close) wherever it is drawn. */
  protected readonly root: Locator;
  /** Where the form's controls are: the container itself, or the body of the form's own frame. */
  protected readonly form: Locator;
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
  /** How the Custom dates were typed (set by setCustomDates). */
  private dates?: PortalDates;

  private constructor(headerScope: Scope, readonly formScope: Scope, formInContainer: boolean) {
    this.root = paneContainer(headerScope);
    const form = formInContainer ? paneContainer(formScope).filter({ has: descriptionBox(formScope) }) : formScope.locator('body');
    this.form = form;
    this.description = descriptionBox(form);
    // [S] two elements carry the name "Expires" (label and control): the control is the combobox.
    this.expiresDropdown = form.getByRole('combobox', { name: 'Expires', exact: true }).or(form.getByRole('listbox', { name: 'Expires', exact: true }));
    this.expiresRadios = form.getByRole('radio');
    const lists = formScope.getByRole('listbox').or(formScope.getByRole('tree')).filter({ hasText: EXPIRY_WORDS });
    this.expiresOptions = lists.getByRole('option').or(lists.getByRole('treeitem'));
    this.startDate = form.getByRole('textbox', { name: /^Start/ }).or(form.getByLabel('Start', { exact: true }));
    this.endDate = form.getByRole('textbox', { name: /^End/ }).or(form.getByLabel('End', { exact: true }));
    this.addButton = form.getByRole('button', { name: 'Add', exact: true });
    this.cancelButton = form.getByRole('button', { name: 'Cancel', exact: true });
    this.error = form.getByRole('alert').filter({ hasText: /\S/ });
  }

  /** Finds the open pane: its form in whichever frame shows it, its header wherever that is. */
  static async find(page: Page): Promise<AddClientSecretPane> {
    const formScope = await findSurface(page, paneForm, { what: 'The "Add a client secret" pane\'s form', timeout: PANE_TIMEOUT });
    const headerScope = await findSurface(page, paneContainer, { what: 'The "Add a client secret" pane', timeout: PANE_TIMEOUT });
    // Settled: the form is visible, so its frame either draws it inside the named container or not.
    const formInContainer = (await paneContainer(formScope).filter({ has: descriptionBox(formScope) }).count()) > 0;
    return new AddClientSecretPane(headerScope, formScope, formInContainer);
  }

  async waitUntilOpen(): Promise<void> {
    await waitForState(this.description, 'visible', PANE_TIMEOUT);
  }

  /** Types the description with real keystrokes (the portal ignores assigned values, §3.4). */
  async setDescription(text: string): Promise<void> {
    await this.description.fill(text);
  }

  /** Today's dropdown, or the 2019 radio buttons. */
  async expiresControl(): Promise<ExpiresControl> {
    const shown = await firstOf({ dropdown: this.expiresDropdown, radios: this.expiresRadios }, { timeout: PANE_TIMEOUT });
    return shown;
  }

  /**
   * Opens the Expires dropdown unless it is open; ends when its options are listed. An overlay
   * answered while the list is open closes it (the answering click lands outside the list), so a
   * list that is not there a moment later is opened again, within the pane's time.
   */
  async openExpires(): Promise<void> {
    const listed = this.expiresOptions.filter({ visible: true }).first();
    const deadline = Date.now() + PANE_TIMEOUT;
    for (;;) {
      if (!(await listed.isVisible())) await this.expiresDropdown.first().click();
      try {
        return await waitForState(listed, 'visible', Math.max(1, Math.min(LOOK_AGAIN_AFTER, deadline - Date.now())));
      } catch (error) {
        if (!isTimeout(error) || Date.now() >= deadline) throw error;
      }
    }
  }

  /** What the Expires control offers, in the portal's words (a closed dropdown is opened first). */
  async offeredExpiries(control: ExpiresControl): Promise<string[]> {
    if (control === 'radios') return radioNames(await this.form.ariaSnapshot());
    const options = this.expiresOptions.filter({ visible: true });
    for (let attempt = 1; ; attempt += 1) {
      await this.openExpires();
      const offered = (await options.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
      // Read as the list closed under it: an empty answer is not what the portal offers.
      if (offered.length > 0 || attempt >= 3) return offered;
    }
  }

  /** Picks an offered option by its exact words (a closed dropdown is opened first); ends once it shows. */
  async chooseExpiry(control: ExpiresControl, label: string): Promise<void> {
    if (control === 'radios') {
      await this.form.getByRole('radio', { name: label, exact: true }).check();
      return;
    }
    const options = this.expiresOptions.filter({ visible: true });
    const deadline = Date.now() + PANE_TIMEOUT;
    for (;;) {
      await this.openExpires();
      try {
        await options.filter({ hasText: exactly(label) }).first().click({ timeout: Math.max(1, Math.min(LOOK_AGAIN_AFTER, deadline - Date.now())) });
        break;
      } catch (error) {
        // The list closed before the click landed (an overlay answered meanwhile): open it again.
        if (!isTimeout(error) || Date.now() >= deadline) throw error;
      }
    }
    await firstOf({ closed: gone(options) }, { timeout: PANE_TIMEOUT });
    const shown = await this.expiresShown();
    if (!shown.includes(label)) throw new Error(`The Expires control shows "${shown}" after choosing "${label}"`);
  }

  /** The radio button checked now, by its name (2019's Expires); undefined when none is. */
  async checkedExpiry(): Promise<string | undefined> {
    return /- radio "([^"]+)" \[checked\]/.exec(await this.form.ariaSnapshot())?.[1];
  }

  /** The option the dropdown shows now. */
  async expiresShown(): Promise<string> {
    const control = this.expiresDropdown.first();
    const text = (await control.innerText()).replace(/\s+/g, ' ').trim();
    return text || (await control.inputValue());
  }

  /**
   * What Custom's Start box shows before anything is typed (the portal fills in today, §8 [NF]),
   * for learning how the page writes dates; undefined for an empty box or a date input, whose
   * value is ISO whatever the page shows.
   */
  async startPrefill(): Promise<string | undefined> {
    const box = this.startDate.first();
    await waitForState(box, 'visible', PANE_TIMEOUT);
    if ((await box.getAttribute('type')) === 'date') return undefined;
    return (await box.inputValue()).trim() || undefined;
  }

  /**
   * Custom's Start and End dates (YYYY-MM-DD), typed as the page writes dates (`dates`, learned
   * from what it shows; ISO in a date input), and read back by day.
   */
  async setCustomDates(start: string, end: string, dates: PortalDates): Promise<void> {
    this.dates = dates;
    for (const [name, box, day] of [['Start', this.startDate.first(), start], ['End', this.endDate.first(), end]] as const) {
      await waitForState(box, 'visible', PANE_TIMEOUT);
      const dateInput = (await box.getAttribute('type')) === 'date';
      const text = dateInput ? day : dates.write(day);
      if (!text) {
        throw new RunbookError('bad-input', `No date on the page shows whether the portal writes the day or the month first, so ${day} cannot be typed into the Custom "${name}" box as it reads dates; nothing was added: run again with --date-order day-first or month-first (or PORTAL_DATE_ORDER), or with a preset --expires.`);
      }
      // Typed key by key: a dialog that takes the focus meanwhile takes keys with it. Once more, then say so.
      for (let tries = 1; ; tries += 1) {
        await typeDate(box, text, dateInput);
        const shown = await box.inputValue();
        if (dates.shows(shown, day)) break;
        if (tries === 2) throw new Error(`The "${name}" date shows "${shown}" after typing ${text} (${day}) twice`);
      }
    }
  }

  /** The dates typed are still there (a form drawn anew, or keys taken by a dialog, would change them). */
  async holdsCustomDates(typed: { start: string; end: string }): Promise<boolean> {
    const dates = this.dates;
    if (!dates) return false;
    const [start, end] = await Promise.all([this.startDate.first().inputValue(), this.endDate.first().inputValue()]);
    return dates.shows(start, typed.start) && dates.shows(end, typed.end);
  }

  /**
   * Clicks Add; returns once the pane has closed and the portal confirmed (success toast or the
   * new row). An error toast or a message in the pane is the portal refusing, with its words.
   */
  async add(shell: PortalShell, newRow: Locator, typed?: TypedPane): Promise<void> {
    // A form redrawn after it was filled in (its frame reloaded) would add a secret nobody asked for.
    if (typed && (await this.description.inputValue()) !== typed.description) throw new PaneRedrawnError('the description typed into it');
    if (typed?.dates && !(await this.holdsCustomDates(typed.dates))) throw new PaneRedrawnError('the Start and End dates typed into it');
    await this.addButton.click();
    const outcome = await firstOf(
      { toast: shell.credentialsUpdated, row: newRow, failed: shell.credentialsUpdateFailed, invalid: this.error },
      { timeout: PANE_TIMEOUT },
    );
    if (outcome === 'failed') throw new RunbookError('portal-refused', `The portal refused the new secret: ${await shell.toastText(shell.credentialsUpdateFailed)}`);
    if (outcome === 'invalid') throw new RunbookError('portal-refused', `The portal refused the new secret: ${await visibleText(this.error.first())}`);
    await this.waitUntilClosed();
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
    await this.waitUntilClosed();
  }

  /** The pane's title as its header shows it (for checking a guide's words). */
  async title(): Promise<string> {
    return visibleText(this.root.getByRole('heading').first());
  }

  /** The names of the form's fields (text boxes, the Expires control), in order. */
  async fieldLabels(): Promise<string[]> {
    const names = await this.form.locator('input:not([type=radio]), [role=combobox], [role=radiogroup], [role=listbox]').filter({ visible: true }).evaluateAll((elements) =>
      elements.map((element) => {
        const labelledBy = element.getAttribute('aria-labelledby');
        const byId = labelledBy ? labelledBy.split(/\s+/).map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ') : '';
        const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? '';
        return (element.getAttribute('aria-label') || byId || label || '').replace(/\s+/g, ' ').trim();
      }),
    );
    return names.filter(Boolean);
  }

  /** The form's buttons (Add, Cancel), by name. */
  async buttonNames(): Promise<string[]> {
    const texts = await this.form.getByRole('button').filter({ visible: true }).allInnerTexts();
    return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }

  /** Where the pane is drawn, for a cropped picture of it (the container, else the form). */
  get region(): Locator {
    return this.root;
  }

  /** Both parts gone: the container (header) and the form, wherever each was drawn. */
  private async waitUntilClosed(): Promise<void> {
    await firstOf({ closed: gone(this.root) }, { timeout: PANE_TIMEOUT });
    await firstOf({ closed: gone(this.description) }, { timeout: PANE_TIMEOUT });
  }
}

/** The pane's form was drawn anew after it was filled in: nothing was added, fill it in again. */
export class PaneRedrawnError extends Error {
  constructor(what: string) {
    super(`The "Add a client secret" form was redrawn and no longer holds ${what}`);
    this.name = 'PaneRedrawnError';
  }
}

function radioNames(snapshot: string): string[] {
  return [...snapshot.matchAll(/- radio "([^"]+)"/g)].map((match) => match[1]!);
}

/** What the pane was filled in with, checked again just before Add. */
export interface TypedPane {
  description: string;
  /** Custom only (YYYY-MM-DD). */
  dates?: { start: string; end: string };
}

async function typeDate(box: Locator, text: string, dateInput: boolean): Promise<void> {
  if (dateInput) {
    await box.fill(text);
    return;
  }
  await box.click();
  await box.fill('');
  await box.pressSequentially(text);
  await box.press('Tab');
}
