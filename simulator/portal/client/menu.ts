// A resource menu (left side of a menu blade): search box, collapsible groups, items carrying
// `data-telemetryname="Menu-<Id>"` and class fxc-menu-listView-item (portal.md §3.4). With
// `markup.manageGroup=collapsed` the Manage group starts collapsed, as it sometimes renders; a
// group holding the selected item shows open.
import { html, nothing, type TemplateResult } from 'lit-html';
import { env } from './env.ts';
import { icons } from './icons.ts';
import { linkTo } from './nav.ts';
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
    const item = (entry: MenuItem) => html`<li>
      <a class="fxc-menu-listView-item ${entry.id === selected ? 'fxc-menu-listView-item-selected' : ''}" data-telemetryname=${`Menu-${entry.id}`}
        href=${hashFor(entry.id)} aria-current=${entry.id === selected ? 'page' : nothing} @click=${linkTo(hashFor(entry.id))}>
        <span class="fxc-menu-icon" aria-hidden="true"></span><span class="fxc-menu-label">${entry.label}</span></a>
    </li>`;
    return html`<nav class="fxc-menu" aria-label=${ownerTitle}>
      <div class="fxc-menu-search">
        <span class="fxc-menu-search-icon">${icons.search()}</span>
        <input type="text" aria-label="Search" placeholder=${this.searchPlaceholder} .value=${this.filter}
          @input=${(event: InputEvent) => this.setFilter((event.target as HTMLInputElement).value)}>
        <button type="button" class="fxs-icon-button" aria-label=${`Hide the menu for ${ownerTitle}`} title="Collapse">${icons.collapse()}</button>
      </div>
      ${this.groups.map((group) => {
        const items = group.items.filter((entry) => !needle || entry.label.toLowerCase().includes(needle));
        if (items.length === 0) return nothing;
        if (!group.label) return html`<ul class="fxc-menu-list">${items.map(item)}</ul>`;
        const open = needle !== '' || !this.collapsed.has(group.label) || group.items.some((entry) => entry.id === selected);
        return html`<div class="fxc-menu-group">
          <button type="button" class="fxc-menu-group-header" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle(group.label!)}>
            ${open ? icons.chevronDown() : icons.chevronRight()}<span>${group.label}</span></button>
          ${open ? html`<ul class="fxc-menu-list">${items.map(item)}</ul>` : nothing}
        </div>`;
      })}
    </nav>`;
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
