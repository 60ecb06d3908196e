// The dialogs and panes the runbook opens itself (the "Add a client secret" pane, a delete
// confirmation, any pane added later): never overlays in the way, so the guard never dismisses
// them. Each page object describes its own (`OwnDialog`); the run registers them with its guard.
import type { Frame, Locator, Page } from 'playwright';

export interface OwnDialog {
  /** For messages: 'the "Add a client secret" pane'. */
  what: string;
  /** Text only this dialog shows (its title). */
  shows?: RegExp;
  /** Something only this dialog holds (a confirmation's Yes), in the dialog's scope. */
  holds?: (scope: Page | Frame) => Locator;
}

export class OwnDialogs {
  private readonly dialogs: OwnDialog[] = [];

  register(...dialogs: OwnDialog[]): void {
    for (const dialog of dialogs) if (!this.dialogs.includes(dialog)) this.dialogs.push(dialog);
  }

  get registered(): readonly OwnDialog[] {
    return this.dialogs;
  }

  /** `dialogs` less every one of them that is the runbook's own. */
  excludedFrom(dialogs: Locator, scope: Page | Frame): Locator {
    return this.dialogs.reduce((left, own) => {
      const byText = own.shows ? left.filter({ hasNotText: own.shows }) : left;
      return own.holds ? byText.filter({ hasNot: own.holds(scope) }) : byText;
    }, dialogs);
  }
}
