// Whether a tab-like control already shows its content: ARIA tabs say aria-selected, toggle
// buttons aria-pressed, navigation items aria-current. Unknown means "click it" (the safe way).
import type { Locator } from 'playwright';

export async function isSelected(control: Locator): Promise<boolean> {
  const [selected, pressed, current] = await Promise.all([
    control.getAttribute('aria-selected'),
    control.getAttribute('aria-pressed'),
    control.getAttribute('aria-current'),
  ]);
  return selected === 'true' || pressed === 'true' || (current !== null && current !== 'false');
}

/** Clicks a tab-like control unless it is already selected (a second click may reload its content). */
export async function select(control: Locator): Promise<void> {
  if (!(await isSelected(control))) await control.click();
}
