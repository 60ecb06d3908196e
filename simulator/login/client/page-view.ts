// Shows one view of the page and hides the others (display:none, as Knockout's `visible`),
// shows the progress dots while a step is in flight, and writes error texts.
import type { ViewName } from '../protocol.ts';

export class PageView {
  current: ViewName = 'username';

  constructor(private readonly form: HTMLFormElement) {}

  viewElement(name: ViewName = this.current): HTMLElement {
    return this.form.querySelector<HTMLElement>(`[data-view="${name}"]`)!;
  }

  contains(element: Element | null | undefined): boolean {
    return !!element && this.viewElement().contains(element);
  }

  show(name: ViewName): void {
    this.current = name;
    for (const element of this.form.querySelectorAll<HTMLElement>('[data-view]')) {
      element.style.display = element.dataset.view === name ? '' : 'none';
    }
    for (const element of this.form.querySelectorAll<HTMLElement>('[data-shown-with]')) {
      element.style.display = element.dataset.shownWith === name ? '' : 'none';
    }
    this.viewElement().querySelector<HTMLInputElement>('input[data-field]')?.focus();
  }

  setBusy(busy: boolean): void {
    this.form.querySelector<HTMLElement>('[data-progress]')!.style.display = busy ? '' : 'none';
    for (const button of this.viewElement().querySelectorAll<HTMLInputElement>('input[type=submit], input[type=button]')) {
      button.disabled = busy;
    }
  }

  /** The signed-in name on every banner, the hidden username echo and the password box's label. */
  setUpn(upn: string): void {
    for (const element of this.form.querySelectorAll<HTMLElement>('[data-upn]')) {
      element.textContent = upn;
      element.title = upn;
    }
    for (const input of this.form.querySelectorAll<HTMLInputElement>('[data-upn-value]')) input.value = upn;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('[data-upn-label]')) {
      input.setAttribute('aria-label', `${input.dataset.upnLabel}${upn}`);
    }
  }

  /** Writes (or clears, with null) the error of a view; `content` may hold a link. */
  setError(name: 'username' | 'password' | 'code', content: string | Node | null): void {
    const box = this.form.querySelector<HTMLElement>(`[data-error="${name}"]`)!;
    box.replaceChildren(...(content === null ? [] : [content]));
    const input = this.form.querySelector<HTMLInputElement>(`input[data-field="${name}"]`);
    input?.classList.toggle('has-error', content !== null);
  }

  setText(selector: string, text: string): void {
    for (const element of this.form.querySelectorAll<HTMLElement>(selector)) element.textContent = text;
  }
}
