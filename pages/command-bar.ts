// A blade's command bar ("+ New registration", "Got feedback?", "+ New client secret"). The
// reference records its buttons' FX markup (portal.md §3.4 [S]: `li[role=presentation].azc-toolbar-item
// > div[role=button]`) but not its container's role: a `toolbar`, or a plain list; both are read.
import type { Frame, Locator, Page } from 'playwright';

const FX_COMMAND_ITEM = 'li.azc-toolbar-item, li.fxs-commandBar-item';

/** Every command bar button of a surface, in document order (named by `name` when given). */
export function commandButtons(scope: Page | Frame | Locator, name?: string | RegExp): Locator {
  const options = name === undefined ? {} : ({ name, exact: true } as const);
  return scope.getByRole('toolbar').getByRole('button', options).or(scope.locator(FX_COMMAND_ITEM).getByRole('button', options));
}
