// Documentation screenshots: the verify-guide walk (same walker, same guide file, same page
// objects) in a browser set up for repeatable pictures, taking a picture at each step the guide
// file marks with `capture`, right before the step acts. By default it goes through Add (the
// result view is pictured) and the secret is deleted and checked gone at the end; `create: false`
// stops picturing at the open pane and adds nothing.
import type { PortalAccount } from '../../lib/account.ts';
import type { InterruptionGuard } from '../interruption-guard.ts';
import { bindingFor } from '../guide/step-actions.ts';
import type { LoadedGuide } from '../guide/load-guide.ts';
import type { StepResult } from '../guide/verdict.ts';
import { verifyGuide } from '../guide/verify-guide-runbook.ts';
import type { WalkContext } from '../guide/walk-context.ts';
import type { Steps } from '../steps.ts';
import { docsContextOptions, type Scale } from './capture-settings.ts';
import { captureStep, type Shot } from './capture-step.ts';
import { uiVariant, type UiVariant } from './ui-variant.ts';

export interface ScreenshotsOptions {
  account: PortalAccount;
  steps: Steps;
  headed: boolean;
  stateFile?: string;
  scale: Scale;
  /** Go through Add (then delete that secret); false: stop at the open pane, add nothing. */
  create: boolean;
  /** The browser's fixed time (capture-settings.ts explains the choice per portal). */
  clock: Date;
  /** Aborted on SIGINT: the walk stops at the next step, and the secret it added is deleted. */
  signal?: AbortSignal;
  /** --tenant: the directory to picture, entered right after the sign-in. */
  directory?: string;
}

export interface ScreenshotsRun {
  shots: Shot[];
  results: StepResult[];
  variant: UiVariant;
  /** The browser that rendered the pictures (`HeadlessChrome/156…`): another one rasterises a few pixels differently. */
  browser: string;
  /** Steps the guide marks for a picture that got none (not reached, or after the pane with --no-add). */
  notCaptured: { id: string; why: string }[];
}

export async function takeScreenshots(guide: LoadedGuide, options: ScreenshotsOptions): Promise<ScreenshotsRun> {
  const shots: Shot[] = [];
  let walk: WalkContext | undefined;
  let pastThePane = false;
  let guard: InterruptionGuard | undefined;
  let browser = 'unknown';
  const { results } = await verifyGuide(guide, {
    account: options.account,
    steps: options.steps,
    headed: options.headed,
    create: options.create,
    stateFile: options.stateFile,
    contextOptions: docsContextOptions(options.scale),
    signal: options.signal,
    directory: options.directory,
    onSession: async (session, ctx) => {
      walk = ctx;
      await session.context.clock.setFixedTime(options.clock);
      // Overlays the guard answers are never pictured: captureStep checks for them too.
      guard = session.guard;
      browser = `${session.browser.browserType().name()} ${session.browser.version()}`;
    },
    beforeAct: async ({ step, index, renamed }) => {
      if (pastThePane || !step.capture || !walk || !guard) return;
      const control = await bindingFor(step).control?.(walk, step, renamed);
      const shot = await captureStep({ ctx: walk, step, number: index + 1, capture: step.capture, control, scale: options.scale, username: options.account.username, guard });
      // A step started again (the page was drawn anew) is pictured again: the later picture is the one.
      shots.splice(0, shots.length, ...shots.filter((taken) => taken.step.id !== step.id), shot);
      if (step.action === 'add' && !options.create) pastThePane = true;
    },
  });
  const taken = new Set(shots.map((shot) => shot.step.id));
  const notCaptured = guide.steps
    .filter((step) => step.capture && !taken.has(step.id))
    .map((step) => {
      const result = results.find((r) => r.id === step.id);
      const why = !options.create && result?.verdict !== 'broken' && result?.verdict !== 'skipped' ? 'after the pane: nothing is added with --no-add' : `the step is ${result?.verdict ?? 'not reached'}`;
      return { id: step.id, why };
    });
  return { shots, results, variant: walk ? uiVariant(walk) : { name: 'unknown' }, browser, notCaptured };
}
