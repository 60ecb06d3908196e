// An app registration's blade (portal.md §6): its resource menu (Overview, Manage ▾ …), found in
// whichever frame draws it.
import type { Page } from 'playwright';
import { openMenuItem, type MenuPlace } from './menu.ts';

/** "Certificates & secrets", under Manage (which sometimes renders collapsed, §3.4). */
export const CERTIFICATES_SECRETS: MenuPlace = { group: 'Manage', item: 'Certificates & secrets' };

export class ApplicationBlade {
  constructor(protected readonly page: Page) {}

  /** Clicks "Certificates & secrets" in the menu (expanding Manage first when it is collapsed). */
  async openCertificatesSecrets(): Promise<void> {
    await openMenuItem(this.page, CERTIFICATES_SECRETS, "The app's menu");
  }

  /** The Application (client) ID the blade's route names (`…/appId/<guid>`). */
  applicationIdFromRoute(): string | undefined {
    return /appId\/([0-9a-f-]{36})/i.exec(decodeURIComponent(this.page.url()))?.[1];
  }
}
