// A blade's resource-menu item. Its role is [NF] in portal.md (FX menu items): link, menu item,
// tree item, tab or option are all accepted.
import type { Locator, Page } from 'playwright';

export function menuItem(page: Page, name: string): Locator {
  const options = { name, exact: true } as const;
  return page
    .getByRole('link', options)
    .or(page.getByRole('menuitem', options))
    .or(page.getByRole('treeitem', options))
    .or(page.getByRole('tab', options))
    .or(page.getByRole('option', options));
}
