// Reads a list or grid only once it has settled for the request asked: the portal's own signals
// first (no progress bar, nothing aria-busy, the settled shape visible, as one locator evaluated
// in one go in the page), then a check of what was read against the request. A grid that
// re-rendered between the wait and the read (a reload, an older query's answer arriving late) is
// read again after its next change. An empty or loading grid never passes for "no match".
import type { JSHandle, Locator } from 'playwright';
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
    } catch (error) {
      if (!(error instanceof RaceTimeoutError)) throw error;
      if (Date.now() >= deadline) throw new ListNotSettledError(options.what, reason, options.timeout);
      shown = false;
    }
    if (shown) {
      try {
        await firstOf({ loaded: gone(options.busy) }, { timeout: Math.min(CHECK_EVERY, left()) });
      } catch (error) {
        if (!(error instanceof RaceTimeoutError)) throw error;
        reason = 'it kept loading';
        if (Date.now() >= deadline) throw new ListNotSettledError(options.what, reason, options.timeout);
        continue;
      }
    }
    // Changes are recorded from before the read: a grid that shows an older answer during the
    // read and the right one again after it (A, B, A) has changed, although its text has not.
    const changes = await ChangeRecorder.start(options.watch);
    try {
      const value = await options.read();
      const problem = options.inconsistency(value);
      if (shown && problem === undefined) return value;
      reason = problem ?? reason;
      if (Date.now() >= deadline) throw new ListNotSettledError(options.what, reason, options.timeout);
      const repaired = options.repair ? await options.repair(value) : false;
      // A slice again: whatever this wait misses, the list is read afresh within CHECK_EVERY.
      if (!repaired && shown) await changes.next(Math.min(CHECK_EVERY, left()));
    } finally {
      await changes.stop();
    }
  }
}

/**
 * Records, in the page, whether `watch` changed since `start`: the DOM changing is the signal a
 * re-rendered list has something new to read. A frame that navigated away counts as a change.
 */
class ChangeRecorder {
  private constructor(private readonly handle: JSHandle<Recorder> | undefined) {}

  static async start(watch: Locator): Promise<ChangeRecorder> {
    const handle = await watch
      .first()
      .evaluateHandle((element): Recorder => {
        const recorder: Recorder = {
          changed: false,
          observer: new MutationObserver(() => {
            recorder.changed = true;
            recorder.onChange?.();
          }),
        };
        recorder.observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
        return recorder;
      }, undefined, { timeout: CHECK_EVERY })
      .catch(() => undefined);
    return new ChangeRecorder(handle);
  }

  /** Resolves once `watch` has changed since `start` (at once if it already has), or after `timeout`. */
  async next(timeout: number): Promise<void> {
    await this.handle
      ?.evaluate(
        (recorder, limit) =>
          new Promise<void>((resolve) => {
            if (recorder.changed) return resolve();
            recorder.onChange = resolve;
            // Bounded by the caller's deadline: a page timer, not a sleep in the runbook.
            window.setTimeout(resolve, limit);
          }),
        timeout,
      )
      .catch(() => undefined);
  }

  async stop(): Promise<void> {
    await this.handle?.evaluate((recorder) => recorder.observer.disconnect()).catch(() => undefined);
    await this.handle?.dispose().catch(() => undefined);
  }
}

interface Recorder {
  changed: boolean;
  observer: MutationObserver;
  onChange?: () => void;
}
