// --ui-edits in the browser: after every render, texts and names equal to a renamed word show
// the new word, and controls named like a removed word are hidden (display:none, not detached: lit
// keeps its own nodes). Menu moves change the menu's data instead (moveMenuItems).
import type { UiEdit } from '../../ui-edits.ts';
import { env } from './env.ts';
import type { MenuGroup } from './menu.ts';

const HIDDEN_MARK = 'data-ui-edit-hidden';
const NAMED = ['aria-label', 'title', 'placeholder'] as const;
/** What a removed word takes with it: the nearest control or item around the text. */
const CONTROL = 'li, [role=button], button, a, [role=tab], [role=option], [role=treeitem], [role=columnheader], th, label, .fxc-field, h1, h2, h3';

function edits(): UiEdit[] {
  try {
    return env().config.uiEdits ?? [];
  } catch {
    return []; // before the document has its configuration (the sign-in hand-over)
  }
}

export function applyUiEdits(root: HTMLElement): void {
  const list = edits();
  if (list.length === 0) return;
  for (const element of root.querySelectorAll(`[${HIDDEN_MARK}]`)) {
    element.removeAttribute(HIDDEN_MARK);
    (element as HTMLElement).style.removeProperty('display');
  }
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const edit of list) {
    if (edit.kind === 'rename') {
      for (const text of texts) if (text.data.trim() === edit.from) text.data = text.data.replace(edit.from, edit.to);
      for (const attribute of NAMED) {
        for (const element of root.querySelectorAll(`[${attribute}]`)) {
          if (element.getAttribute(attribute) === edit.from) element.setAttribute(attribute, edit.to);
        }
      }
    } else if (edit.kind === 'remove') {
      const hide = (element: Element | null) => {
        const control = (element?.closest(CONTROL) ?? element) as HTMLElement | null;
        if (!control) return;
        // Inline display:none: the portal's own CSS (display:flex …) would win over [hidden].
        control.style.setProperty('display', 'none', 'important');
        control.setAttribute(HIDDEN_MARK, '');
      };
      for (const text of texts) if (text.data.trim() === edit.name) hide(text.parentElement);
      for (const element of root.querySelectorAll('[aria-label]')) if (element.getAttribute('aria-label') === edit.name) hide(element);
    }
  }
}

/** Menu items moved to another group ("" = the top, outside any group), as --ui-edits asks. */
export function moveMenuItems(groups: MenuGroup[]): MenuGroup[] {
  const moves = edits().filter((edit): edit is Extract<UiEdit, { kind: 'move' }> => edit.kind === 'move');
  const result = groups.map((group) => ({ ...group, items: [...group.items] }));
  for (const move of moves) {
    const from = result.find((group) => group.items.some((item) => item.label === move.name));
    if (!from) continue;
    const item = from.items.splice(from.items.findIndex((entry) => entry.label === move.name), 1)[0]!;
    let to = result.find((group) => (group.label ?? '') === move.to);
    if (!to) {
      to = { label: move.to || undefined, items: [] };
      result.push(to);
    }
    to.items.push(item);
  }
  return result;
}
