// An overlay that appears some time after each view loads and comes back on every load until it is
// dismissed once in the tab (kept in sessionStorage, which lives as long as the tab).
import { invalidate } from './render-loop.ts';

export class UntilDismissedInTab {
  open = false;

  constructor(private readonly storageKey: string) {}

  /** Shows it `delayMs` after now; null: never. */
  schedule(delayMs: number | null): void {
    if (delayMs === null || sessionStorage.getItem(this.storageKey) === '1') return;
    setTimeout(() => {
      this.open = true;
      invalidate();
    }, delayMs);
  }

  dismiss(): void {
    sessionStorage.setItem(this.storageKey, '1');
    this.open = false;
    invalidate();
  }
}
