// The confirmation a secret's delete control asks for (portal.md §13.11: its texts are [NF]). It is
// known by the button that confirms, whatever it says: no overlay offers "Yes" or "Delete". It may
// be drawn in the blade's frame or in the top document.
import type { Locator, Page } from 'playwright';
import type { OwnDialog } from './own-dialogs.ts';
import { firstOf, gone, visibleText } from './race.ts';
import { topPage, type Scope } from './surface.ts';

const TIMEOUT = 45_000;
/** The button that confirms a deletion ("OK" too, though an overlay may offer it to go away). */
const CONFIRM = /^(Yes|Delete|OK)$/;
const DECLINE = /^(No|Cancel)$/;
/** What tells a confirmation from an overlay: not "OK". */
const CONFIRMING = /^(Yes|Delete)$/;

/** Registered with the guard: a confirmation is the runbook's own, never an overlay to cancel. */
export const DELETE_CONFIRMATION: OwnDialog = {
  what: 'a delete confirmation',
  shows: /Delete client secret|Are you sure you want to delete/,
  holds: (scope) => scope.getByRole('button', { name: CONFIRMING }),
};

export class DeleteConfirmation {
  private readonly page: Page;

  /** `blade`: the scope of the blade whose row's delete control was clicked. */
  constructor(private readonly blade: Scope) {
    this.page = topPage(blade);
  }

  private dialogIn(scope: Scope | Page): Locator {
    return scope.getByRole('alertdialog').or(scope.getByRole('dialog'));
  }

  private buttonIn(scope: Scope | Page, name: RegExp): Locator {
    return this.dialogIn(scope).getByRole('button', { name });
  }

  /** Whether a dialog shows now, in the blade's frame or over the page. */
  async showing(): Promise<boolean> {
    const counts = await Promise.all([this.blade, this.page].map((scope) => this.dialogIn(scope).filter({ visible: true }).count()));
    return counts.some((count) => count > 0);
  }

  /** Confirms (or declines) the deletion asked; ends once the confirmation has closed. */
  async answer(answer: 'confirm' | 'decline'): Promise<void> {
    const name = answer === 'confirm' ? CONFIRM : DECLINE;
    const where = await firstOf({ blade: this.buttonIn(this.blade, name), page: this.buttonIn(this.page, name) }, { timeout: TIMEOUT });
    const chosen = this.buttonIn(where === 'blade' ? this.blade : this.page, name).filter({ visible: true }).first();
    await chosen.click();
    await firstOf({ closed: gone(chosen) }, { timeout: TIMEOUT });
  }

  /**
   * After a row's delete control was clicked: confirms, wherever the confirmation shows (or none, if
   * the row went at once), and ends once the row has gone.
   */
  async confirmFor(row: Locator, failed?: Locator): Promise<void> {
    const shown = await firstOf(
      { blade: this.buttonIn(this.blade, CONFIRM), page: this.buttonIn(this.page, CONFIRM), deleted: gone(row) },
      { timeout: TIMEOUT },
    );
    if (shown !== 'deleted') await this.buttonIn(shown === 'blade' ? this.blade : this.page, CONFIRM).filter({ visible: true }).first().click();
    // The portal's "Failed to update … credentials" is its answer: the secret stays, said in its words.
    const outcome = failed ? await firstOf({ deleted: gone(row), failed }, { timeout: TIMEOUT }) : await firstOf({ deleted: gone(row) }, { timeout: TIMEOUT });
    if (outcome === 'failed') throw new DeleteRefusedError(await visibleText(failed!.first()).catch(() => 'Failed to update the credentials'));
  }
}

/** The portal answered a delete with its own failure: the secret is still there. */
export class DeleteRefusedError extends Error {
  constructor(readonly portalSays: string) {
    super(`The portal refused the delete: "${portalSays}"`);
    this.name = 'DeleteRefusedError';
  }
}
