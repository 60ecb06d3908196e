// Reads a list or grid only once it has settled for the request asked: the portal's own signals
// first (no progress bar, nothing aria-busy, the settled shape visible, as one locator evaluated
// in one go in the page), then a check of what was read against the request. A grid that
// re-rendered between the wait and the read (a reload, an older query's answer arriving late) is
// read again after its next change. An empty or loading grid never passes for "no match".
import type { Locator } from 'playwright';
import { gone, firstOf, RaceTimeoutError } from './race.ts';

/** How long to wait for the settled shape before checking whether the list needs a repair. */
const CHECK_EVERY = 3_000;

export class ListNotSettledError extends Error {
  constructor(readonly what: string, readonly reason: string, timeout: number) {
    super(`${what} did not settle within ${Math.round(timeout / 1000)} s: ${reason}`);
    this.name = 'ListNotSettledError';
  }
}

export interface SettledReadOptions<T> {
  /** What is being read, for messages ("the App registrations list filtered by …"). */
  what: string;
  /** Visible once the list shows an answer of the right shape (rows that fit, or the empty state). */
  settled: Locator;
  /** Visible while the list (or the blade around it) is loading. */
  busy: Locator;
  /** The element whose changes mean a new rendering (the grid, or the blade holding it). */
  watch: Locator;
  read: () => Promise<T>;
  /** Why the read does not answer the request (undefined when it does). */
  inconsistency: (value: T) => string | undefined;
  /** Called after an inconsistent read, e.g. to type the filter again when a re-render cleared it; true when it acted. */
  repair?: (value: T) => Promise<boolean>;
  timeout: number;
}

export async function readSettled<T>(options: SettledReadOptions<T>): Promise<T> {
  const deadline = Date.now() + options.timeout;
  const left = () => Math.max(1, deadline - Date.now());
  let reason = 'it kept loading';
  for (;;) {
    // In slices, so that a list which can no longer settle (a reload cleared the filter box) is
    // noticed and repaired rather than waited on to the end.
    let shown = true;
    try {
      await firstOf({ shown: options.settled }, { timeout: Math.min(CHECK_EVERY, left()) });
      await firstOf({ loaded: gone(options.busy) }, { timeout: left() });
    } catch (error) {
      if (!(error instanceof RaceTimeoutError)) throw error;
      if (Date.now() >= deadline) throw new ListNotSettledError(options.what, reason, options.timeout);
      shown = false;
    }
    const before = await renderedText(options.watch);
    const value = await options.read();
    const problem = options.inconsistency(value);
    if (shown && problem === undefined) return value;
    reason = problem ?? reason;
    if (Date.now() >= deadline) throw new ListNotSettledError(options.what, reason, options.timeout);
    const repaired = options.repair ? await options.repair(value) : false;
    if (!repaired && shown) await changedSince(options.watch, before, left());
  }
}

async function renderedText(watch: Locator): Promise<string> {
  return watch.first().innerText().catch(() => '');
}

/**
 * Resolves once `watch`'s text differs from `before` (at once if it already does), or when the
 * time is up: the DOM changing is the signal a re-rendered list has something new to read.
 */
async function changedSince(watch: Locator, before: string, timeout: number): Promise<void> {
  await watch
    .first()
    .evaluate(
      (element, { before: seen, timeout: limit }) =>
        new Promise<void>((resolve) => {
          const text = () => (element as HTMLElement).innerText;
          if (text() !== seen) return resolve();
          const observer = new MutationObserver(() => {
            if (text() === seen) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
          // Bounded by the caller's deadline: a page timer, not a sleep in the runbook.
          window.setTimeout(() => {
            observer.disconnect();
            resolve();
          }, limit);
        }),
      { before, timeout },
    )
    .catch(() => undefined);
}
