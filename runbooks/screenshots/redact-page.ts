// Puts the fixed placeholders (placeholders.ts) in place of the tenant's data in every frame of
// the page right before a picture is taken, and puts the real text back right after, so the walk
// goes on with the page as the portal drew it. While the placeholders are up, a MutationObserver
// re-applies them to whatever the portal renders meanwhile: its callback runs before the browser
// paints again, so no frame is ever drawn with the real value.
import type { Frame, Locator, Page } from 'playwright';
import { AVATAR_PLACEHOLDER, type Replacement } from './placeholders.ts';

interface RedactionState {
  undo: (() => void)[];
  observer?: MutationObserver;
}

// Runs inside each frame: no closure over this module.
function redactDocument(rules: Replacement[]): number {
  const holder = window as unknown as { __docsRedaction?: RedactionState };
  const state = (holder.__docsRedaction ??= { undo: [] });
  const patterns = rules.map((rule) => [new RegExp(rule.source, rule.flags), rule.with] as const);
  const scrub = (text: string) =>
    patterns.reduce((out, [pattern, stand]) => out.replace(pattern, (found) => (found === found.toUpperCase() && found !== found.toLowerCase() ? stand.toUpperCase() : stand)), text);
  let changed = 0;
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const text = node;
        const real = text.data;
        const shown = scrub(real);
        if (shown === real) continue;
        text.data = shown;
        changed += 1;
        state.undo.push(() => {
          if (text.data === shown) text.data = real;
        });
        continue;
      }
      if (!(node instanceof Element)) continue;
      const element = node;
      for (const attr of [...element.attributes]) {
        const shown = scrub(attr.value);
        if (shown === attr.value) continue;
        const real = attr.value;
        element.setAttribute(attr.name, shown);
        changed += 1;
        state.undo.push(() => {
          if (element.getAttribute(attr.name) === shown) element.setAttribute(attr.name, real);
        });
      }
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        const field = element;
        const real = field.value;
        const shown = scrub(real);
        if (shown !== real) {
          field.value = shown;
          changed += 1;
          state.undo.push(() => {
            if (field.value === shown) field.value = real;
          });
        }
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document.documentElement);
  if (!state.observer) {
    state.observer = new MutationObserver((records) => {
      for (const record of records) {
        visit(record.target);
        record.addedNodes.forEach((added) => visit(added));
      }
    });
    state.observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  }
  return changed;
}

function restoreDocument(): void {
  const holder = window as unknown as { __docsRedaction?: RedactionState };
  const state = holder.__docsRedaction;
  if (!state) return;
  state.observer?.disconnect();
  for (const undo of state.undo.reverse()) undo();
  delete holder.__docsRedaction;
}

/** The account's picture or initials in the account button (portal.md §3): a neutral stand-in. */
function redactAvatar(button: Element, initials: string): void {
  const holder = window as unknown as { __docsRedaction?: RedactionState };
  const state = (holder.__docsRedaction ??= { undo: [] });
  for (const image of [...button.querySelectorAll('img')]) {
    const real = image.getAttribute('src');
    image.setAttribute('src', 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"%3E%3Ccircle cx="1" cy="1" r="1" fill="%238a8886"/%3E%3C/svg%3E');
    state.undo.push(() => (real === null ? image.removeAttribute('src') : image.setAttribute('src', real)));
  }
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const real = text.data;
    if (!/^\s*[\p{L}]{1,3}\s*$/u.test(real)) continue;
    text.data = initials;
    state.undo.push(() => {
      if (text.data === initials) text.data = real;
    });
  }
}

/**
 * The source of `fn` called with `arg`, for frame.evaluate. tsx (esbuild's keepNames) wraps the
 * named helpers inside these functions in a `__name(...)` call that exists only in Node: the page
 * gets a stand-in that returns the function as is.
 */
function inPage<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

function liveFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => !frame.isDetached());
}

export async function redactPage(page: Page, rules: Replacement[], accountButton: Locator): Promise<void> {
  for (const frame of liveFrames(page)) await frame.evaluate(inPage(redactDocument, rules));
  const buttons = await accountButton.filter({ visible: true }).all();
  // No named helpers inside redactAvatar, so it needs no __name stand-in.
  for (const button of buttons) await button.evaluate(redactAvatar, AVATAR_PLACEHOLDER);
}

export async function restorePage(page: Page): Promise<void> {
  for (const frame of liveFrames(page)) await frame.evaluate(inPage(restoreDocument, undefined)).catch(() => undefined);
}

/** Whether any frame still shows text a rule would change (checked right after each picture). */
export async function pageShowsAny(page: Page, rules: Replacement[]): Promise<boolean> {
  for (const frame of liveFrames(page)) {
    const found = await frame.evaluate((all) => {
      const text = document.documentElement.innerText + [...document.querySelectorAll('input,textarea')].map((el) => (el as HTMLInputElement).value).join(' ');
      // A placeholder matches its own pattern (a GUID of zeros): only text a rule would change counts.
      return all.some((rule) => text.replace(new RegExp(rule.source, rule.flags), rule.with) !== text);
    }, rules);
    if (found) return true;
  }
  return false;
}
