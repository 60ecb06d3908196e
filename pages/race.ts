// Settles a documented fork: waits for the first of several named locators to reach its state
// (visible by default) and says which. Candidates may live in different frames (the top page,
// a React-view iframe), so this races waits rather than building one `a.or(b)` locator.
import type { Locator } from 'playwright';

/**
 * Playwright's `waitFor` looks at 0, 20, 70, 170 and 270 ms, then every 500 ms when its timeout is
 * 2.5 s or more, and keeps looking every 100 ms under that. A blade that answered after 300 ms was
 * seen up to half a second late, at every load of a run. So a wait here is Playwright's, in
 * slices short enough that it keeps looking every 100 ms, to the same deadline and the same error.
 */
const SLICE = 2_400;

export async function waitForState(locator: Locator, state: 'visible' | 'hidden', timeout: number, race?: Settled): Promise<void> {
  if (timeout === 0) return locator.waitFor({ state, timeout: 0 });
  const deadline = Date.now() + timeout;
  for (;;) {
    // A race's loser stops at its next slice: otherwise it kept the page polling until its own
    // deadline (45 s for most), and a many-apps run piled up the losers of every step it took.
    if (race?.settled) throw new RaceSettledError();
    const left = Math.max(1, deadline - Date.now());
    try {
      return await locator.waitFor({ state, timeout: Math.min(SLICE, left) });
    } catch (error) {
      if (!isTimeout(error) || left <= SLICE) {
        if (error instanceof Error) error.message = error.message.replace(/Timeout \d+ms exceeded/, `Timeout ${timeout}ms exceeded`);
        throw error;
      }
    }
  }
}

/**
 * Set once a race is decided: the waits given it stop at their next slice (at most 2.4 s on)
 * instead of polling the page until their own deadline. `firstOf` makes one for its candidates;
 * a caller racing waits of its own (a blade, Home, an error blade) passes one to each and sets it.
 */
export interface Settled {
  settled: boolean;
}

export class RaceSettledError extends Error {
  constructor() {
    super('Another candidate of the race settled first');
    this.name = 'RaceSettledError';
  }
}

/** A locator to wait out instead of in: `gone(pane)` wins once the pane is hidden or detached. */
export interface Gone {
  gone: Locator;
}

export function gone(locator: Locator): Gone {
  return { gone: locator };
}

export class RaceTimeoutError extends Error {
  constructor(readonly names: readonly string[], timeout: number) {
    super(`Waited ${timeout} ms and saw none of: ${names.join(', ')}`);
    this.name = 'RaceTimeoutError';
  }
}

/**
 * Resolves with the name of the first candidate that settles. Names are what a person would see
 * ("password", "code", "kmsi"); the caller branches on the name once the race is settled.
 */
export async function firstOf<K extends string>(
  candidates: Record<K, Locator | Gone>,
  options: { timeout: number },
): Promise<K> {
  const names = Object.keys(candidates) as K[];
  const race: Settled = { settled: false };
  const waits = names.map(async (name) => {
    const candidate = candidates[name];
    // Hidden duplicates are common (the sign-in page's one DOM): only a visible match counts.
    if ('gone' in candidate) {
      // A frame that went away (a pane's own frame closing with it) took the element with it.
      await waitForState(candidate.gone.filter({ visible: true }).first(), 'hidden', options.timeout, race).catch((error: unknown) => {
        if (!isDetached(error)) throw error;
      });
    } else {
      await waitForState(candidate.filter({ visible: true }).first(), 'visible', options.timeout, race);
    }
    return name;
  });
  try {
    return await Promise.any(waits);
  } catch (error) {
    if (!(error instanceof AggregateError)) throw error;
    const real = error.errors.find((e) => !isTimeout(e));
    throw real ?? new RaceTimeoutError(names, options.timeout);
  } finally {
    race.settled = true;
  }
}

/**
 * The same race for candidates that share one frame, as ONE wait on their union (no losing waits
 * left running), then named by priority: the first candidate, in the order given, that is visible.
 */
export async function firstVisible<K extends string>(candidates: Record<K, Locator>, options: { timeout: number; until?: Settled }): Promise<K> {
  const names = Object.keys(candidates) as K[];
  const union = names.map((name) => candidates[name]).reduce((all, one) => all.or(one));
  const deadline = Date.now() + options.timeout;
  for (;;) {
    const left = deadline - Date.now();
    try {
      await waitForState(union.filter({ visible: true }).first(), 'visible', Math.max(1, left), options.until);
    } catch (error) {
      if (isTimeout(error)) throw new RaceTimeoutError(names, options.timeout);
      throw error;
    }
    for (const name of names) {
      if ((await candidates[name].filter({ visible: true }).count()) > 0) return name;
    }
    // The winner went away between the wait and the naming (a view mid-transition): wait again,
    // within the same deadline (a union that stays matched while no candidate does must not spin).
    if (Date.now() >= deadline) throw new RaceTimeoutError(names, options.timeout);
  }
}

/** Playwright's error for a wait or action that ran out of time. */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

/** The error Playwright gives when the frame a locator lives in was detached or closed. */
export function isDetached(error: unknown): boolean {
  return error instanceof Error && /Frame was detached|frame got detached|Target page, context or browser has been closed|Execution context was destroyed/i.test(error.message);
}

/** A navigation of ours (`goto`, `reload`) that the page replaced with one of its own (e.g. a sign-in hand-over). */
export function isNavigationInterrupted(error: unknown): boolean {
  return error instanceof Error && /is interrupted by another navigation|net::ERR_ABORTED/.test(error.message);
}

/** Visible text of an element, whitespace collapsed (for messages the portal shows). */
export async function visibleText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Exact, whole-text match (case-sensitive), for names that are substrings of others. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);
}
