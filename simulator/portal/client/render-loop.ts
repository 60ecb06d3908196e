// One root template per document, re-rendered (lit-html diffing) on the next microtask after
// any state change. Components call invalidate() instead of touching the DOM themselves.
import { render, type TemplateResult } from 'lit-html';
import { applyUiEdits } from './ui-edits.ts';

let rootTemplate: (() => TemplateResult) | undefined;
let container: HTMLElement | undefined;
let scheduled = false;
const afterRenderQueue: (() => void)[] = [];

export function mount(target: HTMLElement, template: () => TemplateResult): void {
  container = target;
  rootTemplate = template;
  target.replaceChildren();
  invalidate();
}

export function invalidate(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    if (rootTemplate && container) render(rootTemplate(), container);
    if (container) applyUiEdits(container);
    for (const callback of afterRenderQueue.splice(0)) callback();
  });
}

/** Runs once after the next render (e.g. to move focus into a pane that just opened). */
export function afterRender(callback: () => void): void {
  afterRenderQueue.push(callback);
  invalidate();
}
