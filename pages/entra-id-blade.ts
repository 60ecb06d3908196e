// Microsoft Entra ID (formerly Azure Active Directory) overview blade and its menu (portal.md §4).
// The menu is found in whichever frame draws it.
import type { Page } from 'playwright';
import { menuItem } from './menu.ts';
import { findSurface } from './surface.ts';

const MENU_TIMEOUT = 45_000;

export class EntraIdBlade {
  constructor(protected readonly page: Page) {}

  /** Clicks "App registrations" in the Entra ID menu. */
  async openAppRegistrations(): Promise<void> {
    const item = (scope: Parameters<typeof menuItem>[0]) => menuItem(scope, 'App registrations');
    const scope = await findSurface(this.page, item, { what: 'The "App registrations" menu item', timeout: MENU_TIMEOUT });
    await item(scope).filter({ visible: true }).first().click();
  }
}
