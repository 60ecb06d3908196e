// An app registration's blade (portal.md §6): its resource menu (Overview, Manage ▾ …), found in
// whichever frame draws it.
import type { Locator, Page } from 'playwright';
import { menuItem } from './menu.ts';
import { firstOf } from './race.ts';
import { findSurface, type Scope } from './surface.ts';

const MENU_TIMEOUT = 45_000;

function certificatesSecrets(scope: Scope): Locator {
  return menuItem(scope, 'Certificates & secrets');
}

/** The Manage group renders collapsed sometimes; a first click only expands it (§3.4). */
function manageCollapsed(scope: Scope): Locator {
  return scope
    .getByRole('button', { name: 'Manage', exact: true, expanded: false })
    .or(scope.getByRole('treeitem', { name: 'Manage', exact: true, expanded: false }));
}

export class ApplicationBlade {
  constructor(protected readonly page: Page) {}

  /** Clicks "Certificates & secrets" in the menu (expanding Manage first when it is collapsed). */
  async openCertificatesSecrets(): Promise<void> {
    const menu = (scope: Scope) => certificatesSecrets(scope).or(manageCollapsed(scope));
    const scope = await findSurface(this.page, menu, { what: "The app's menu", timeout: MENU_TIMEOUT });
    const shown = await firstOf({ item: certificatesSecrets(scope), collapsed: manageCollapsed(scope) }, { timeout: MENU_TIMEOUT });
    if (shown === 'collapsed') await manageCollapsed(scope).first().click();
    await certificatesSecrets(scope).filter({ visible: true }).first().click();
  }

  /** The Application (client) ID the blade's route names (`…/appId/<guid>`). */
  applicationIdFromRoute(): string | undefined {
    return /appId\/([0-9a-f-]{36})/i.exec(decodeURIComponent(this.page.url()))?.[1];
  }
}
