// Where a portal surface (a blade body, a pane, a dialog, a grid, a menu) is drawn: the top
// document, or any frame, nested or attached while we wait (portal.md §3.3: React views render in
// cross-origin iframes whose URLs do not name the blade). Every page object finds its surface
// here, by a probe of what a person would see, and never assumes which frame holds what.
import type { Frame, Locator, Page } from 'playwright';
import { isTimeout, waitForState, type Settled } from './race.ts';

/** A document that draws (part of) a surface: the top page's main frame or an iframe. */
export type Scope = Frame;

/** What shows once the surface is there, in a given frame. */
export type Probe = (scope: Scope) => Locator;

export class SurfaceNotFoundError extends Error {
  constructor(readonly what: string, timeout: number) {
    super(`${what} did not show within ${Math.round(timeout / 1000)} s, in the page or any of its frames`);
    this.name = 'SurfaceNotFoundError';
  }
}

/** The page closed (its browser was closed, killed or crashed) while a surface was awaited. */
export class PageClosedError extends Error {
  constructor(readonly what: string) {
    super(`Target page, context or browser has been closed while waiting for: ${what}`);
    this.name = 'PageClosedError';
  }
}

/** The top page of a scope (dialogs and toasts the portal draws in the top document). */
export function topPage(scope: Scope | Page): Page {
  return 'page' in scope ? scope.page() : scope;
}

/**
 * Resolves with the frame in which `probe` becomes visible first (the top document included).
 * `until`: the caller's race was decided elsewhere; the waits stop (and this fails) at their next slice.
 */
export async function findSurface(page: Page, probe: Probe, options: { what: string; timeout: number; until?: Settled }): Promise<Scope> {
  const { timeout } = options;
  let settled = false;
  const deadline = Date.now() + timeout;
  // A frame that is still there after its wait failed (its document was swapped mid-wait) is watched again.
  const watch = async (frame: Frame): Promise<Frame> => {
    for (;;) {
      try {
        await waitForState(probe(frame).filter({ visible: true }).first(), 'visible', Math.max(1, deadline - Date.now()), options.until);
        return frame;
      } catch (error) {
        if (settled || options.until?.settled || frame.isDetached() || page.isClosed() || Date.now() >= deadline || isTimeout(error)) throw error;
      }
    }
  };
  if (page.isClosed()) throw new PageClosedError(options.what);
  const waits = page.frames().map(watch);
  let onAttached: ((frame: Frame) => void) | undefined;
  let onClose: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const attached = new Promise<Frame>((resolve, reject) => {
    onAttached = (frame) => {
      if (!settled) void watch(frame).then(resolve, () => undefined);
    };
    page.on('frameattached', onAttached);
    // The browser gone (killed, crashed): every wait ends now. Without this, the timer below was
    // all that was left, and the process could exit mid-step with no word (Node's exit 13).
    onClose = () => reject(new PageClosedError(options.what));
    page.once('close', onClose);
    timer = setTimeout(() => reject(new SurfaceNotFoundError(options.what, timeout)), timeout);
  });
  try {
    return await Promise.any([...waits, attached]);
  } catch (error) {
    const reasons = error instanceof AggregateError ? error.errors : [error];
    throw reasons.find((reason) => reason instanceof PageClosedError) ?? new SurfaceNotFoundError(options.what, timeout);
  } finally {
    settled = true;
    clearTimeout(timer);
    if (onAttached) page.off('frameattached', onAttached);
    if (onClose) page.off('close', onClose);
  }
}

/** Every frame of the page that shows `probe` now (for reads that must look everywhere). */
export async function framesShowing(page: Page, probe: Probe): Promise<Scope[]> {
  const frames: Scope[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const visible = await probe(frame).filter({ visible: true }).count().catch(() => 0);
    if (visible > 0) frames.push(frame);
  }
  return frames;
}
