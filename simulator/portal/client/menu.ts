// A resource menu (left side of a menu blade): search box, collapsible groups, items carrying
// `data-telemetryname="Menu-<Id>"` and class fxc-menu-listView-item (portal.md §3.4). With
// `markup.manageGroup=collapsed` the Manage group starts collapsed, as it sometimes renders; a
// group holding the selected item shows open. `markup.menu` draws the container as a `navigation`
// landmark, as the FX list view with no landmark, or as a tree: the reference records none of them.
import { html, nothing, type TemplateResult } from 'lit-html';
import { env } from './env.ts';
import { icons } from './icons.ts';
import { linkTo, navigate } from './nav.ts';
import { invalidate } from './render-loop.ts';

export interface MenuItem {
  id: string;
  label: string;
}

export interface MenuGroup {
  label?: string;
  items: MenuItem[];
  collapsed?: boolean;
}

export class ResourceMenu {
  private filter = '';
  private readonly collapsed = new Set<string>();

  constructor(
    private readonly groups: MenuGroup[],
    private readonly searchPlaceholder = 'Search',
  ) {
    for (const group of groups) if (group.label && group.collapsed) this.collapsed.add(group.label);
    if (env().config.markup.manageGroup === 'collapsed') this.collapsed.add('Manage');
  }

  labelOf(id: string): string | undefined {
    return this.groups.flatMap((group) => group.items).find((item) => item.id === id)?.label;
  }

  render(ownerTitle: string, selected: string, hashFor: (id: string) => string): TemplateResult {
    const needle = this.filter.trim().toLowerCase();
    const markup = env().config.markup.menu;
    const shown = (group: MenuGroup) => group.items.filter((entry) => !needle || entry.label.toLowerCase().includes(needle));
    const isOpen = (group: MenuGroup) => needle !== '' || !this.collapsed.has(group.label!) || group.items.some((entry) => entry.id === selected);
    const search = html`<div class="fxc-menu-search">
        <span class="fxc-menu-search-icon">${icons.search()}</span>
        <input type="text" aria-label="Search" placeholder=${this.searchPlaceholder} .value=${this.filter}
          @input=${(event: InputEvent) => this.setFilter((event.target as HTMLInputElement).value)}>
        <button type="button" class="fxs-icon-button" aria-label=${`Hide the menu for ${ownerTitle}`} title="Collapse">${icons.collapse()}</button>
      </div>`;
    if (markup === 'tree') return html`<div class="fxc-menu">${search}${this.tree(ownerTitle, selected, hashFor, shown, isOpen)}</div>`;
    const item = (entry: MenuItem) => html`<li>
      <a class="fxc-menu-listView-item ${entry.id === selected ? 'fxc-menu-listView-item-selected' : ''}" data-telemetryname=${`Menu-${entry.id}`}
        href=${hashFor(entry.id)} aria-current=${entry.id === selected ? 'page' : nothing} @click=${linkTo(hashFor(entry.id))}>
        <span class="fxc-menu-icon" aria-hidden="true"></span><span class="fxc-menu-label">${entry.label}</span></a>
    </li>`;
    const groups = this.groups.map((group) => {
      const items = shown(group);
      if (items.length === 0) return nothing;
      if (!group.label) return html`<ul class="fxc-menu-list fxc-menu-listView">${items.map(item)}</ul>`;
      const open = isOpen(group);
      return html`<div class="fxc-menu-group">
          <button type="button" class="fxc-menu-group-header" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle(group.label!)}>
            ${open ? icons.chevronDown() : icons.chevronRight()}<span>${group.label}</span></button>
          ${open ? html`<ul class="fxc-menu-list fxc-menu-listView">${items.map(item)}</ul>` : nothing}
        </div>`;
    });
    // The FX list view with no landmark (`--markup menu=list`): what §3.4 records, and nothing more.
    if (markup === 'list') return html`<div class="fxc-menu">${search}${groups}</div>`;
    return html`<nav class="fxc-menu" aria-label=${ownerTitle}>${search}${groups}</nav>`;
  }

  /** `--markup menu=tree`: the items and group headers as tree items (groups named by their header). */
  private tree(ownerTitle: string, selected: string, hashFor: (id: string) => string, shown: (group: MenuGroup) => MenuItem[], isOpen: (group: MenuGroup) => boolean): TemplateResult {
    const onKey = (action: () => void) => (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        action();
      }
    };
    const item = (entry: MenuItem) => html`<div role="treeitem" tabindex="0" class="fxc-menu-listView-item ${entry.id === selected ? 'fxc-menu-listView-item-selected' : ''}"
        data-telemetryname=${`Menu-${entry.id}`} aria-selected=${entry.id === selected ? 'true' : 'false'}
        @click=${() => navigate(hashFor(entry.id))} @keydown=${onKey(() => navigate(hashFor(entry.id)))}>
        <span class="fxc-menu-icon" aria-hidden="true"></span><span class="fxc-menu-label">${entry.label}</span></div>`;
    return html`<div role="tree" aria-label=${ownerTitle} class="fxc-menu-tree">
      ${this.groups.map((group) => {
        const items = shown(group);
        if (items.length === 0) return nothing;
        if (!group.label) return items.map(item);
        const open = isOpen(group);
        return html`<div role="treeitem" aria-label=${group.label} aria-expanded=${open ? 'true' : 'false'} class="fxc-menu-group">
          <div class="fxc-menu-group-header" @click=${() => this.toggle(group.label!)}>${open ? icons.chevronDown() : icons.chevronRight()}<span>${group.label}</span></div>
          ${open ? html`<div role="group">${items.map(item)}</div>` : nothing}
        </div>`;
      })}
    </div>`;
  }

  private setFilter(value: string): void {
    this.filter = value;
    invalidate();
  }

  private toggle(label: string): void {
    if (this.collapsed.has(label)) this.collapsed.delete(label);
    else this.collapsed.add(label);
    invalidate();
  }
}
