// Text boxes found by what they hold. A copyable field may be drawn as a read-only text box (the
// new secret's Value, its Secret ID: §7.11 gives both a copy button, the element is [NF]), and a
// text box's value is neither text nor, when a script set it, an attribute: Playwright's `hasText`
// and `[value=…]` miss it. This selector engine matches on the value the box shows, and being a
// selector it is resolved again at each action, as a row found by its text is.
import type { Locator, Selectors } from 'playwright';
import type { Scope } from './surface.ts';

const ENGINE = 'field-value';

/**
 * Runs in the page (serialised: self-contained). `field-value=TEXT` matches text boxes whose value
 * contains TEXT; `field-value=/SOURCE/FLAGS` those whose value matches the expression.
 */
function fieldValueEngine() {
  const matcher = (selector: string) => {
    const expression = /^\/(.*)\/([a-z]*)$/.exec(selector);
    if (expression) {
      const pattern = new RegExp(expression[1]!, expression[2]);
      return (value: string) => pattern.test(value);
    }
    return (value: string) => value.includes(selector);
  };
  const queryAll = (root: Element | Document, selector: string): Element[] => {
    const matches = matcher(selector);
    return [...root.querySelectorAll('input, textarea')].filter((field) => matches((field as HTMLInputElement | HTMLTextAreaElement).value));
  };
  return { queryAll, query: (root: Element | Document, selector: string) => queryAll(root, selector)[0] ?? null };
}

const registered = new WeakSet<Selectors>();

/** Makes `field-value=` known to Playwright (every browser context, existing and new); once per process. */
export async function registerFieldValueEngine(selectors: Selectors): Promise<void> {
  if (registered.has(selectors)) return;
  registered.add(selectors);
  try {
    await selectors.register(ENGINE, fieldValueEngine);
  } catch (error) {
    // Registered already by another copy of this module in the process (sources and the build): the same engine.
    if (!(error instanceof Error && /already registered/.test(error.message))) throw error;
  }
}

/** Text boxes in `scope` whose value contains `text`. */
export function fieldHolding(scope: Scope, text: string): Locator {
  return scope.locator(`${ENGINE}=${text}`);
}

/** Text boxes in `scope` whose value matches `pattern` (no flags other than the pattern's own). */
export function fieldMatching(scope: Scope, pattern: RegExp): Locator {
  return scope.locator(`${ENGINE}=/${pattern.source}/${pattern.flags}`);
}
