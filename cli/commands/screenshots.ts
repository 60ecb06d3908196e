// `portal-runbook screenshots`: the guide's pictures, regenerated through the verify-guide walker
// with data replaced by placeholders and the step's control highlighted; guide.md in today's
// words; a review of what changed against the baseline (exit 0 nothing, 8 images changed, 7 the
// walk broke).
import type { Argv, CommandModule } from 'yargs';
import { withGuideFlags, type GuideFlags } from '../guide-flags.ts';
import { withBrowserTarget, type SimulatorFlags } from '../simulator-flags.ts';

export type ScreenshotsFlags = SimulatorFlags & GuideFlags & { tenant?: string } & {
  out?: string;
  baseline?: string;
  'report-dir'?: string;
  threshold: number;
  scale: number;
  clock?: string;
  add: boolean;
  simulator: boolean;
  headed: boolean;
};
type Flags = ScreenshotsFlags;

function builder(yargs: Argv): Argv<Flags> {
  const withFlags = withGuideFlags(yargs, '; steps with `capture` get a picture')
    .usage('$0 screenshots [--guide FILE] [--app NAME] [--out DIR] [--baseline DIR] [--threshold RATIO] [--scale 1|2] [--clock ISO] [--no-add] [--simulator [simulator options]] [--headed]')
    .option('out', { type: 'string', defaultDescription: 'screenshots/guide/<guide id>/', describe: 'Where the pictures, their JSON sidecars and guide.md go' })
    .option('baseline', { type: 'string', defaultDescription: 'the set in --out before this run', describe: 'The published pictures to compare with' })
    .option('report-dir', { type: 'string', defaultDescription: 'reports/screenshots/<guide id>/', describe: 'Where summary.md, review.html, review.json, before/ and diff/ go' })
    // 0: runs are pixel-identical, and a renamed button is only ~0.06 % of a blade's pixels.
    .option('threshold', { type: 'number', default: 0, describe: 'Share of changed pixels (0–1) above which a picture counts as changed (0: any pixel)' })
    .option('scale', { type: 'number', choices: [1, 2], default: 1, describe: 'Device scale: 2 for crisp pictures (twice the pixels)' })
    .option('clock', { type: 'string', defaultDescription: '2026-11-30T10:00:00Z with --simulator, else the run start', describe: "The browser's fixed time (ISO), so dates in the pictures stay the same from run to run" })
    .option('add', { type: 'boolean', default: true, describe: 'Go through Add to picture the result, then delete that secret (--no-add: stop at the open pane, add nothing)' });
  return withBrowserTarget(withFlags) as unknown as Argv<Flags>;
}

export const screenshotsCommand: CommandModule<object, Flags> = {
  command: 'screenshots',
  describe: "Regenerate a guide's pictures and text from the portal, with a review of what changed (exit 0 nothing changed, 8 images changed, 7 the walk broke)",
  builder,
  handler: async (flags) => (await import('./screenshots-run.ts')).runScreenshots(flags),
};
