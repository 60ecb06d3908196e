// A blade's resource-menu item. Its role is [NF] in portal.md (FX menu items): link, menu item,
// tree item, tab or option are all accepted.
import type { Locator, Page } from 'playwright';
import type { Scope } from './surface.ts';

export function menuItem(scope: Scope | Page, name: string | RegExp): Locator {
  const options = { name, exact: true } as const;
  return scope
    .getByRole('link', options)
    .or(scope.getByRole('menuitem', options))
    .or(scope.getByRole('treeitem', options))
    .or(scope.getByRole('tab', options))
    .or(scope.getByRole('option', options));
}
