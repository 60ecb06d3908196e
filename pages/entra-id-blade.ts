// Microsoft Entra ID (formerly Azure Active Directory) overview blade and its menu (portal.md §4).
import type { Locator, Page } from 'playwright';
import { menuItem } from './menu.ts';

export class EntraIdBlade {
  protected readonly root: Page;
  readonly appRegistrations: Locator;

  constructor(page: Page) {
    this.root = page;
    this.appRegistrations = menuItem(page, 'App registrations');
  }

  async openAppRegistrations(): Promise<void> {
    await this.appRegistrations.filter({ visible: true }).first().click();
  }
}
