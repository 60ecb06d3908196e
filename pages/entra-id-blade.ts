// Microsoft Entra ID (formerly Azure Active Directory) overview blade and its menu (portal.md §4).
// The menu is found in whichever frame draws it.
import type { Page } from 'playwright';
import { readEssentialsGuid } from './app-overview-blade.ts';
import { openMenuItem, type MenuPlace } from './menu.ts';

/** Microsoft Entra ID → Overview, by deep link; its "Basic information" names the directory. */
export const ENTRA_OVERVIEW_ROUTE = 'view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview';

/** "App registrations", under Manage (which sometimes renders collapsed, §3.4). */
export const APP_REGISTRATIONS: MenuPlace = { group: 'Manage', item: 'App registrations' };

export class EntraIdBlade {
  constructor(protected readonly page: Page) {}

  /** Overview's "Tenant ID" (its Basic information): the directory the portal is in. */
  tenantId(timeout?: number): Promise<string> {
    return readEssentialsGuid(this.page, 'Tenant ID', 'The Microsoft Entra ID Overview', timeout);
  }

  /** Clicks "App registrations" in the Entra ID menu (expanding Manage first when it is collapsed). */
  async openAppRegistrations(): Promise<void> {
    await openMenuItem(this.page, APP_REGISTRATIONS, 'The "App registrations" menu item');
  }
}
