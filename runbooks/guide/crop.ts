// A cropped picture of the place a drift or break is in, with everything that identifies the
// tenant masked at capture: anything shaped like a secret value, GUIDs (app, secret, tenant IDs),
// the account's names, and every grid cell and text box once Add may have shown a value.
import type { Frame, Locator, Page } from 'playwright';
import type { WalkContext } from './walk-context.ts';
import { fieldMatching } from '../../pages/field-value.ts';

const VALUE_LIKE = /[A-Za-z0-9_~.]{3}\dQ~/;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const MARGIN = 24;

function masks(frames: Frame[], ctx: WalkContext): Locator[] {
  return frames.flatMap((frame) => [
    frame.getByText(VALUE_LIKE),
    frame.getByText(GUID),
    // An ID may be drawn in a read-only text box (a Secret ID), where it is not text.
    fieldMatching(frame, GUID),
    frame.getByRole('button', { name: /^Account menu/ }),
    ...ctx.accountNames.filter(Boolean).map((name) => frame.getByText(name)),
    ...(ctx.added.addClicked ? [frame.getByRole('gridcell'), frame.getByRole('cell'), frame.getByRole('textbox')] : []),
  ]);
}

/** Writes a PNG of `region` (with a margin; the whole viewport when it has no box) to `path`. */
export async function cropPlace(ctx: WalkContext, region: Locator | undefined, path: string): Promise<boolean> {
  const page: Page = ctx.page;
  if (page.isClosed()) return false;
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const box = region ? await region.boundingBox({ timeout: 3_000 }).catch(() => null) : null;
  const clip = box
    ? (() => {
        const x = Math.max(0, box.x - MARGIN);
        const y = Math.max(0, box.y - MARGIN);
        const width = Math.min(viewport.width - x, box.width + 2 * MARGIN);
        const height = Math.min(viewport.height - y, box.height + 2 * MARGIN);
        return width > 8 && height > 8 ? { x, y, width, height } : undefined;
      })()
    : undefined;
  const frames = page.frames().filter((frame) => !frame.isDetached());
  try {
    await page.screenshot({ path, clip, animations: 'disabled', caret: 'hide', mask: masks(frames, ctx), maskColor: '#1b1a19', timeout: 15_000 });
    return true;
  } catch {
    return false;
  }
}
