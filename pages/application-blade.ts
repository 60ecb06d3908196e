// An app registration's blade (portal.md §6): its resource menu (Overview, Manage ▾ …).
import type { Locator, Page } from 'playwright';
import { menuItem } from './menu.ts';
import { firstOf } from './race.ts';

export class ApplicationBlade {
  protected readonly root: Page;
  readonly certificatesSecrets: Locator;
  /** The Manage group renders collapsed sometimes; a first click only expands it (§3.4). */
  readonly manageCollapsed: Locator;

  constructor(page: Page) {
    this.root = page;
    this.certificatesSecrets = menuItem(page, 'Certificates & secrets');
    this.manageCollapsed = page
      .getByRole('button', { name: 'Manage', exact: true, expanded: false })
      .or(page.getByRole('treeitem', { name: 'Manage', exact: true, expanded: false }));
  }

  /** Clicks "Certificates & secrets" in the menu (expanding Manage first when it is collapsed). */
  async openCertificatesSecrets(): Promise<void> {
    const shown = await firstOf({ item: this.certificatesSecrets, collapsed: this.manageCollapsed }, { timeout: 45_000 });
    if (shown === 'collapsed') await this.manageCollapsed.first().click();
    await this.certificatesSecrets.filter({ visible: true }).first().click();
  }

  /** The Application (client) ID the blade's route names (`…/appId/<guid>`). */
  applicationIdFromRoute(): string | undefined {
    return /appId\/([0-9a-f-]{36})/i.exec(decodeURIComponent(this.root.url()))?.[1];
  }
}
