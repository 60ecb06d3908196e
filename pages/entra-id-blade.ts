// Microsoft Entra ID (formerly Azure Active Directory) overview blade and its menu (portal.md §4).
// The menu is found in whichever frame draws it.
import type { Page } from 'playwright';
import { openMenuItem, type MenuPlace } from './menu.ts';

/** "App registrations", under Manage (which sometimes renders collapsed, §3.4). */
export const APP_REGISTRATIONS: MenuPlace = { group: 'Manage', item: 'App registrations' };

export class EntraIdBlade {
  constructor(protected readonly page: Page) {}

  /** Clicks "App registrations" in the Entra ID menu (expanding Manage first when it is collapsed). */
  async openAppRegistrations(): Promise<void> {
    await openMenuItem(this.page, APP_REGISTRATIONS, 'The "App registrations" menu item');
  }
}
