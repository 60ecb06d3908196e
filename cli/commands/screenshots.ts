// `portal-runbook screenshots`: the guide's pictures, regenerated through the verify-guide walker
// with data replaced by placeholders and the step's control highlighted; guide.md in today's
// words; a review of what changed against the baseline (exit 0 nothing, 8 images changed, 7 the
// walk broke).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { badInput } from '../../runbooks/errors.ts';
import { loadGuide } from '../../runbooks/guide/load-guide.ts';
import { DOCS_CLOCK, type Scale } from '../../runbooks/screenshots/capture-settings.ts';
import { readPictures, writeSet } from '../../runbooks/screenshots/picture-set.ts';
import { reviewChanges } from '../../runbooks/screenshots/review.ts';
import { takeScreenshots } from '../../runbooks/screenshots/screenshots-runbook.ts';
import { rewordings } from '../../runbooks/screenshots/todays-words.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import { portalTarget, requireBrowser, SIMULATOR_DEFAULTS } from '../portal-target.ts';
import { withSimulatorFlags, type SimulatorFlags } from '../simulator-flags.ts';
import { DEFAULT_GUIDE, parameterValues } from './verify-guide.ts';

type Flags = SimulatorFlags & {
  guide: string;
  app?: string;
  description?: string;
  param: string[];
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

function builder(yargs: Argv): Argv<Flags> {
  const withFlags = yargs
    .usage('$0 screenshots [--guide FILE] [--app NAME] [--out DIR] [--baseline DIR] [--threshold RATIO] [--scale 1|2] [--clock ISO] [--no-add] [--simulator [simulator options]] [--headed]')
    .option('guide', { type: 'string', default: DEFAULT_GUIDE, defaultDescription: 'guides/create-client-secret.yaml', describe: 'The guide file (YAML, see guides/README.md); steps with `capture` get a picture' })
    .option('app', { type: 'string', describe: "Fills the guide's {app}: the app registration's display name" })
    .option('description', { type: 'string', describe: "Fills the guide's {description}" })
    .option('param', { type: 'string', array: true, default: [] as string[], describe: 'Any other parameter, NAME=VALUE' })
    .option('out', { type: 'string', defaultDescription: 'screenshots/guide/<guide id>/', describe: 'Where the pictures, their JSON sidecars and guide.md go' })
    .option('baseline', { type: 'string', defaultDescription: 'the set in --out before this run', describe: 'The published pictures to compare with' })
    .option('report-dir', { type: 'string', defaultDescription: 'reports/screenshots/<guide id>/', describe: 'Where summary.md, review.html, review.json, before/ and diff/ go' })
    // 0: runs are pixel-identical, and a renamed button is only ~0.06 % of a blade's pixels.
    .option('threshold', { type: 'number', default: 0, describe: 'Share of changed pixels (0–1) above which a picture counts as changed (0: any pixel)' })
    .option('scale', { type: 'number', choices: [1, 2], default: 1, describe: 'Device scale: 2 for crisp pictures (twice the pixels)' })
    .option('clock', { type: 'string', defaultDescription: '2026-11-30T10:00:00Z with --simulator, else the run start', describe: "The browser's fixed time (ISO), so dates in the pictures stay the same from run to run" })
    .option('add', { type: 'boolean', default: true, describe: 'Go through Add to picture the result, then delete that secret (--no-add: stop at the open pane, add nothing)' })
    .option('headed', { type: 'boolean', default: false, describe: 'Show the browser window' })
    .option('simulator', { type: 'boolean', default: false, describe: 'Run against the built-in portal simulator with its demo account' });
  return withSimulatorFlags(withFlags, 'Simulator options (with --simulator):', SIMULATOR_DEFAULTS) as unknown as Argv<Flags>;
}

async function toolVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function handler(flags: Flags): Promise<void> {
  let target: Awaited<ReturnType<typeof portalTarget>> | undefined;
  try {
    // Everything that can be wrong with the input is found before a browser starts.
    const guide = await loadGuide(resolve(flags.guide), parameterValues(flags));
    if (!(flags.threshold >= 0 && flags.threshold <= 1)) throw badInput(`--threshold ${flags.threshold}: give a share of the pixels between 0 and 1 (e.g. 0.001)`);
    if (flags.clock !== undefined && Number.isNaN(Date.parse(flags.clock))) throw badInput(`--clock "${flags.clock}": give an ISO time, e.g. 2026-11-30T10:00:00Z`);
    if (!guide.steps.some((step) => step.capture)) throw badInput(`${flags.guide}: no step has a \`capture\` entry, so there is nothing to picture (guides/README.md)`);
    requireBrowser();
    const outDir = resolve(flags.out ?? `screenshots/guide/${guide.guide}`);
    const baselineDir = resolve(flags.baseline ?? outDir);
    const reportDir = resolve(flags['report-dir'] ?? `reports/screenshots/${guide.guide}`);
    target = await portalTarget(flags);
    const { account, stateFile } = target;
    // Read first: by default the baseline is the very folder the new set is written to.
    const baseline = await readPictures(baselineDir);
    const scale = flags.scale as Scale;
    const clock = flags.clock !== undefined ? new Date(flags.clock) : flags.simulator ? DOCS_CLOCK : new Date();
    const run = await takeScreenshots(guide, { account, steps: new ProgressPrinter(), headed: flags.headed, stateFile, scale, create: flags.add, clock });
    const changes = rewordings(guide, run.results);
    const review = await reviewChanges({ guideId: guide.guide, shots: run.shots, baseline, baselineDir, outDir, reportDir, threshold: flags.threshold, results: run.results, changes, notCaptured: run.notCaptured });
    // Pictures unchanged from a baseline that is the output folder itself are left as they are.
    const keep = new Set(baselineDir === outDir ? review.steps.filter((step) => step.status === 'unchanged').map((step) => step.file) : []);
    const files = await writeSet(outDir, { guide, results: run.results, shots: run.shots, variant: run.variant, changes, scale, clock, toolVersion: await toolVersion() }, keep);
    process.stderr.write(`\n${review.markdown}\nWritten: ${files.length} files in ${outDir}${keep.size ? ` (${keep.size} unchanged pictures and their sidecars left as they were)` : ''}\n`);
    process.exitCode = review.exitCode;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    await target?.simulator?.close();
  }
}

export const screenshotsCommand: CommandModule<object, Flags> = {
  command: 'screenshots',
  describe: "Regenerate a guide's pictures and text from the portal, with a review of what changed (exit 0 nothing changed, 8 images changed, 7 the walk broke)",
  builder,
  handler,
};
