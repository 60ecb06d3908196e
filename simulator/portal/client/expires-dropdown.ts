// The FX dropdown behind "Expires" (portal.md §8, §3.4): opens on real pointer input
// (pointerdown) or the keyboard (Enter, Space, Alt+ArrowDown), never on a synthetic
// element.click(). Options are `option`s in a listbox or `treeitem`s in a tree (§13.4).
import { html, nothing, type TemplateResult } from 'lit-html';
import type { MarkupVariants } from '../../options.ts';
import { icons } from './icons.ts';
import { invalidate } from './render-loop.ts';

let counter = 0;

export class Dropdown {
  open = false;
  private active = 0;
  private readonly id = `azc-dropdown-${++counter}`;
  private readonly closeOnOutside = (event: PointerEvent) => {
    if (!(event.target as Element).closest(`[data-dropdown="${this.id}"]`)) this.setOpen(false);
  };

  constructor(
    private readonly label: string,
    readonly options: readonly string[],
    public selected: string,
    private readonly onChange: (value: string) => void,
  ) {}

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.active = Math.max(0, this.options.indexOf(this.selected));
    if (open) document.addEventListener('pointerdown', this.closeOnOutside, true);
    else document.removeEventListener('pointerdown', this.closeOnOutside, true);
    invalidate();
  }

  close(): void {
    this.setOpen(false);
  }

  private choose(value: string): void {
    this.selected = value;
    this.setOpen(false);
    this.onChange(value);
    (document.querySelector(`#${this.id}`) as HTMLElement | null)?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const { key } = event;
    if (!this.open) {
      if (key === 'Enter' || key === ' ' || (key === 'ArrowDown' && event.altKey)) {
        event.preventDefault();
        this.setOpen(true);
      }
      return;
    }
    if (key === 'Escape') {
      event.preventDefault(); // closes the list, not the pane around it
      this.setOpen(false);
    } else if (key === 'Tab') {
      this.setOpen(false);
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      this.active = Math.min(this.options.length - 1, Math.max(0, this.active + (key === 'ArrowDown' ? 1 : -1)));
      invalidate();
    } else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      const value = this.options[this.active];
      if (value !== undefined) this.choose(value);
    }
  }

  template(markup: MarkupVariants): TemplateResult {
    const tree = markup.expiresOptions === 'treeitem';
    const optionId = (index: number) => `${this.id}-option-${index}`;
    return html`<div class="azc-dropdown" data-dropdown=${this.id}>
      <div id=${this.id} class="azc-dropdown-control ${this.open ? 'azc-dropdown-open' : ''}" role="combobox" tabindex="0" aria-label=${this.label}
        aria-haspopup=${tree ? 'tree' : 'listbox'} aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${`${this.id}-popup`}
        aria-activedescendant=${this.open ? optionId(this.active) : nothing}
        @pointerdown=${(event: PointerEvent) => { if (event.button === 0) this.setOpen(!this.open); }}
        @keydown=${(event: KeyboardEvent) => this.onKey(event)}>
        <span class="azc-dropdown-selected">${this.selected}</span>${icons.chevronDown()}
      </div>
      ${this.open
        ? html`<div id=${`${this.id}-popup`} class="azc-dropdown-popup" role=${tree ? 'tree' : 'listbox'} aria-label=${this.label}>
            ${this.options.map((option, index) => html`<div id=${optionId(index)} role=${tree ? 'treeitem' : 'option'}
              class="azc-dropdown-option ${index === this.active ? 'azc-dropdown-active' : ''} ${option === this.selected ? 'azc-dropdown-selected-option' : ''}"
              aria-selected=${option === this.selected ? 'true' : 'false'}
              @pointerenter=${() => { this.active = index; invalidate(); }}
              @click=${() => this.choose(option)}><span>${option}</span></div>`)}
          </div>`
        : nothing}
    </div>`;
  }
}
