// Where a blade's body is drawn: in the top document (Knockout "FX" blades) or in a cross-origin
// React-view iframe (portal.md §3.3). Settled by racing the blade's own content in every frame,
// including frames attached while we wait; the winner is the frame the blade class is rooted in.
import type { Frame, Locator, Page } from 'playwright';

export type BladeScope = Page | Frame;

/** Resolves with the frame (the top one or an iframe) in which `content` becomes visible. */
export async function frameShowing(page: Page, content: (scope: Frame) => Locator, timeout: number): Promise<Frame> {
  const watch = (frame: Frame): Promise<Frame> =>
    content(frame)
      .filter({ visible: true })
      .first()
      .waitFor({ state: 'visible', timeout })
      .then(() => frame);
  const waits = page.frames().map(watch);
  let onAttached: ((frame: Frame) => void) | undefined;
  const attached = new Promise<Frame>((resolve, reject) => {
    onAttached = (frame) => {
      void watch(frame).then(resolve, () => undefined);
    };
    page.on('frameattached', onAttached);
    setTimeout(() => reject(new Error('timeout')), timeout).unref();
  });
  try {
    return await Promise.any([...waits, attached]);
  } catch {
    throw new Error(`The blade did not show within ${timeout} ms in the page or any of its frames`);
  } finally {
    if (onAttached) page.off('frameattached', onAttached);
  }
}
