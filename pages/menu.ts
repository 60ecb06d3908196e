// A blade's resource-menu item. Its role is [NF] in portal.md (FX menu items): link, menu item,
// tree item, tab or option are all accepted. Groups (Manage) sometimes render collapsed, and a
// first click only expands them (§3.4): an item under one is clicked after expanding it.
import type { Locator, Page } from 'playwright';
import { firstOf, gone } from './race.ts';
import { findSurface, type Scope } from './surface.ts';

const MENU_TIMEOUT = 45_000;

/** A resource-menu item as the FX markup draws it (portal.md §3.4 [S]): `data-telemetryname="Menu-<Id>"`, class `fxc-menu-listView-item`. */
const FX_MENU_ITEM = "*[starts-with(@data-telemetryname, 'Menu-') or contains(concat(' ', normalize-space(@class), ' '), ' fxc-menu-listView-item ')]";

/**
 * The resource menu of a menu blade, however it is drawn. The reference records its items' FX
 * markup (§3.4) and its Search box over the items (§3.1), but no container role: a `navigation`
 * landmark holding a text box, or else the innermost element holding every FX menu item and the
 * Search box (a list view with no landmark, a tree …), which also holds the group headers between
 * them. Never a landmark alone: a menu with none is still the menu a person reads.
 */
export function resourceMenu(scope: Scope | Page): Locator {
  const landmark = scope.getByRole('navigation').filter({ has: scope.getByRole('textbox').or(scope.getByRole('searchbox')) });
  const holdingEveryItem = scope.locator(
    `xpath=(//${FX_MENU_ITEM})[1]/ancestor::*[count(.//${FX_MENU_ITEM}) = count(//${FX_MENU_ITEM})][.//input or .//*[@role='searchbox' or @role='textbox']][1]`,
  );
  return landmark.or(holdingEveryItem);
}

/** The menu of the blade on screen, in whichever frame draws it (the outer one, when both readings match nested elements). */
export async function findResourceMenu(page: Page, what = "The blade's menu", timeout = MENU_TIMEOUT): Promise<{ scope: Scope; menu: Locator }> {
  const scope = await findSurface(page, resourceMenu, { what, timeout });
  return { scope, menu: resourceMenu(scope).filter({ visible: true }).first() };
}

/** Where a menu item sits: its group (which may render collapsed) and its name. */
export interface MenuPlace {
  group: string;
  item: string | RegExp;
}

export function menuItem(scope: Scope | Page, name: string | RegExp): Locator {
  const options = { name, exact: true } as const;
  return scope
    .getByRole('link', options)
    .or(scope.getByRole('menuitem', options))
    .or(scope.getByRole('treeitem', options))
    .or(scope.getByRole('tab', options))
    .or(scope.getByRole('option', options));
}

/** A menu group shown collapsed: a click expands it. */
export function collapsedGroup(scope: Scope | Page, name: string): Locator {
  return scope
    .getByRole('button', { name, exact: true, expanded: false })
    .or(scope.getByRole('treeitem', { name, exact: true, expanded: false }));
}

/** The item, or its group while collapsed: what shows of the item's place in the menu. */
export function menuPlace(scope: Scope | Page, place: MenuPlace): Locator {
  return menuItem(scope, place.item).or(collapsedGroup(scope, place.group));
}

/** Expands the group when it shows collapsed (a person's first click, §3.4); nothing when it is open. */
export async function expandGroup(scope: Scope, group: string): Promise<void> {
  const collapsed = collapsedGroup(scope, group).filter({ visible: true });
  if ((await collapsed.count()) === 0) return;
  await collapsed.first().click();
  await firstOf({ expanded: gone(collapsedGroup(scope, group)) }, { timeout: MENU_TIMEOUT });
}

/** Clicks the item, expanding its group first when collapsed; the menu in whichever frame draws it. */
export async function openMenuItem(page: Page, place: MenuPlace, what: string): Promise<void> {
  const scope = await findSurface(page, (frame) => menuPlace(frame, place), { what, timeout: MENU_TIMEOUT });
  const shown = await firstOf({ item: menuItem(scope, place.item), collapsed: collapsedGroup(scope, place.group) }, { timeout: MENU_TIMEOUT });
  if (shown === 'collapsed') await expandGroup(scope, place.group);
  await menuItem(scope, place.item).filter({ visible: true }).first().click();
}
