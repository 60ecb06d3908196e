// One documentation picture: the place the guide file names (window, blade or pane), with the
// tenant's data replaced by placeholders in the page for exactly as long as the capture takes,
// and a highlight drawn afterwards onto the PNG where the step's control is at that moment.
import type { ElementHandle, Frame, Locator, Page } from 'playwright';
import { PNG } from 'pngjs';
import { loadingIndicator } from '../../pages/grid.ts';
import type { InterruptionGuard } from '../interruption-guard.ts';
import { firstOf, gone } from '../../pages/race.ts';
import type { Capture, GuideStep } from '../guide/guide-schema.ts';
import type { WalkContext } from '../guide/walk-context.ts';
import { redactUrl } from '../redact-url.ts';
import { CAPTURE_STYLE, DOCS_VIEWPORT } from './capture-settings.ts';
import { drawHighlight, type Box } from './highlight.ts';
import { GUID_PLACEHOLDER, replacements, signedInFrom } from './placeholders.ts';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
import { pageShowsAny, redactPage, restorePage } from './redact-page.ts';

export interface Shot {
  step: GuideStep;
  /** 1-based, as the guide numbers it and the badge shows it. */
  number: number;
  file: string;
  capture: Capture;
  png: Buffer;
  url: string;
  capturedAt: string;
  /** Where the picture was cut from the window, and the highlight within the picture (CSS pixels). */
  clip: Box;
  highlight?: Box;
}

const BOX_TIMEOUT = 5_000;
/** Room around a blade's title, so the picture starts just before the blade does. */
const BLADE_MARGIN = 12;

/** The control's element(s), pinned before the placeholders go in (its locator may name the data). */
async function pin(locator: Locator | undefined, union: boolean): Promise<ElementHandle[]> {
  if (!locator) return [];
  const shown = locator.filter({ visible: true });
  const handles = union ? await shown.elementHandles() : [await shown.first().elementHandle({ timeout: BOX_TIMEOUT }).catch(() => null)];
  return handles.filter((handle): handle is ElementHandle => handle !== null);
}

async function unionBox(boxes: (Box | null)[]): Promise<Box | undefined> {
  const found = boxes.filter((box): box is Box => box !== null);
  if (found.length === 0) return undefined;
  const x = Math.min(...found.map((b) => b.x));
  const y = Math.min(...found.map((b) => b.y));
  return { x, y, width: Math.max(...found.map((b) => b.x + b.width)) - x, height: Math.max(...found.map((b) => b.y + b.height)) - y };
}

async function boxOf(locator: Locator): Promise<Box | undefined> {
  return unionBox([await locator.filter({ visible: true }).first().boundingBox({ timeout: BOX_TIMEOUT }).catch(() => null)]);
}

function window(): Box {
  return { x: 0, y: 0, ...DOCS_VIEWPORT };
}

function withinWindow(box: Box): Box {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  return { x, y, width: Math.min(DOCS_VIEWPORT.width, Math.ceil(box.x + box.width)) - x, height: Math.min(DOCS_VIEWPORT.height, Math.ceil(box.y + box.height)) - y };
}

/** The part of the window the step's `capture` names. */
async function clipFor(ctx: WalkContext, capture: Capture): Promise<Box> {
  if (capture === 'pane' && ctx.pane) {
    const pane = await boxOf(ctx.pane.region);
    if (pane) return withinWindow(pane);
  }
  if (capture === 'blade') {
    // The blade spans the window's width below the breadcrumb: from its title (places.ts reads the
    // title the same way) down.
    const title = await boxOf(ctx.page.getByRole('heading', { level: 1 }));
    if (title) return withinWindow({ x: 0, y: title.y - BLADE_MARGIN, width: DOCS_VIEWPORT.width, height: DOCS_VIEWPORT.height });
  }
  return window();
}

export interface CaptureRequest {
  ctx: WalkContext;
  step: GuideStep;
  number: number;
  capture: Capture;
  control?: Locator;
  scale: number;
  username: string;
  /** The session's guard: the overlays it answers (welcome tour, surveys, callouts in a blade's frame) are never in a picture. */
  guard: InterruptionGuard;
}

/** Pictures taken again at most, when overlays keep arriving while the step is captured. */
const RETAKES = 2;

/**
 * A picture with no overlay in it. One that came while it was taken is in the picture even when
 * the guard has answered it by the time the picture is looked at: a picture during which the
 * guard answered anything, or after which an overlay shows, is taken again once it is answered.
 */
export async function captureStep(request: CaptureRequest): Promise<Shot> {
  const { guard } = request;
  for (let retake = 0; ; retake += 1) {
    const seen = guard.interruptions;
    const shot = await captureOnce(request);
    if (!(await guard.overlayShowing()) && !guard.answeringNow && guard.interruptions === seen) return shot;
    if (retake === RETAKES) throw new Error(`an overlay kept covering the portal while step ${request.number} was captured`);
    await guard.settle();
  }
}

/**
 * The top document and the frames laid out inside the window. Not a frame that is hidden or kept
 * off-screen: the portal readies a fresh React-view frame after each view loads (portal.md §3.3),
 * and its document shows "Loading..." until it is used.
 */
async function framesInWindow(page: Page): Promise<Frame[]> {
  const window = page.viewportSize() ?? DOCS_VIEWPORT;
  const inWindow = (box: { x: number; y: number; width: number; height: number } | null) =>
    box !== null && box.width > 0 && box.height > 0 && box.x < window.width && box.y < window.height && box.x + box.width > 0 && box.y + box.height > 0;
  const frames: Frame[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    if (frame === page.mainFrame()) {
      frames.push(frame);
      continue;
    }
    const element = await frame.frameElement().catch(() => undefined);
    const box = (await element?.boundingBox().catch(() => null)) ?? null;
    await element?.dispose().catch(() => undefined);
    if (inWindow(box)) frames.push(frame);
  }
  return frames;
}

async function captureOnce(request: CaptureRequest): Promise<Shot> {
  const { ctx, step, number, capture, scale } = request;
  const page = ctx.page;
  // The "credentials updated" toast leaves on its own time: the picture waits for it to go.
  await firstOf({ gone: gone(ctx.shell.credentialsUpdated) }, { timeout: 30_000 });
  // A blade still loading its data is not the picture the reader will see: wait for every frame
  // in the picture (not a frame the portal keeps ready off-screen, which says "Loading..." for good).
  for (const frame of await framesInWindow(page)) {
    await firstOf({ loaded: gone(loadingIndicator(frame)) }, { timeout: 45_000 });
  }
  // No hover effect from the last click: the pointer rests in the window's corner.
  await page.mouse.move(DOCS_VIEWPORT.width - 1, DOCS_VIEWPORT.height - 1);
  const label = await ctx.shell.accountButton.first().getAttribute('aria-label', { timeout: BOX_TIMEOUT }).catch(() => null);
  const shown = await ctx.shell.accountButton.first().innerText({ timeout: BOX_TIMEOUT }).catch(() => '');
  const rules = replacements(signedInFrom(label, request.username, shown));
  const controls = await pin(request.control, step.action === 'choose');
  await redactPage(page, rules, ctx.shell.accountButton);
  try {
    const clip = await clipFor(ctx, capture);
    // Where the control is now, with the placeholders in (they may change the layout).
    const control = await unionBox(await Promise.all(controls.map((handle) => handle.boundingBox().catch(() => null))));
    const raw = await page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'device', style: CAPTURE_STYLE, timeout: 15_000 });
    if (await pageShowsAny(page, rules)) throw new Error(`the page showed tenant data again while step ${number} was captured; the picture was not kept`);
    const png = PNG.sync.read(raw);
    const highlight = control ? { x: control.x - clip.x, y: control.y - clip.y, width: control.width, height: control.height } : undefined;
    if (highlight) drawHighlight(png, { x: highlight.x * scale, y: highlight.y * scale, width: highlight.width * scale, height: highlight.height * scale }, number, scale);
    return {
      step,
      number,
      file: `${String(number).padStart(2, '0')}-${step.id}.png`,
      capture,
      png: PNG.sync.write(png),
      // The route names the app by its ID: the sidecar shows the placeholder the picture shows.
      url: redactUrl(page.url()).replace(GUID, GUID_PLACEHOLDER),
      capturedAt: new Date().toISOString(),
      clip,
      highlight,
    };
  } finally {
    await restorePage(page);
    await Promise.all(controls.map((handle) => handle.dispose().catch(() => undefined)));
  }
}
