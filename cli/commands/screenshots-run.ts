// What `portal-runbook screenshots` does once its flags are read (loaded only when it runs).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { projectPath } from '../../lib/project-path.ts';
import { badInput } from '../../runbooks/errors.ts';
import { loadGuide } from '../../runbooks/guide/load-guide.ts';
import { DOCS_CLOCK, type Scale } from '../../runbooks/screenshots/capture-settings.ts';
import { readPictures, writeSet } from '../../runbooks/screenshots/picture-set.ts';
import { reviewChanges } from '../../runbooks/screenshots/review.ts';
import { rewordings } from '../../runbooks/screenshots/todays-words.ts';
import { parameterValues } from '../guide-flags.ts';
import { listenForInterrupt } from '../interrupt.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import { portalTarget, requireBrowser } from '../portal-target.ts';
import { parseDirectoryName } from '../../runbooks/directory-name.ts';
import type { ScreenshotsFlags as Flags } from './screenshots.ts';

async function toolVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(projectPath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export async function runScreenshots(flags: Flags): Promise<void> {
  let target: Awaited<ReturnType<typeof portalTarget>> | undefined;
  const interrupt = listenForInterrupt();
  try {
    // Everything that can be wrong with the input is found before a browser starts.
    const guide = await loadGuide(resolve(flags.guide), parameterValues(flags));
    if (!(flags.threshold >= 0 && flags.threshold <= 1)) throw badInput(`--threshold ${flags.threshold}: give a share of the pixels between 0 and 1 (e.g. 0.001)`);
    if (flags.clock !== undefined && Number.isNaN(Date.parse(flags.clock))) throw badInput(`--clock "${flags.clock}": give an ISO time, e.g. 2026-11-30T10:00:00Z`);
    if (!guide.steps.some((step) => step.capture)) throw badInput(`${flags.guide}: no step has a \`capture\` entry, so there is nothing to picture (guides/README.md)`);
    if (flags.tenant !== undefined) parseDirectoryName(flags.tenant);
    requireBrowser({ headed: flags.headed });
    // The walker (and Playwright with it) is loaded once the guide and flags have passed.
    const { takeScreenshots } = await import('../../runbooks/screenshots/screenshots-runbook.ts');
    const outDir = resolve(flags.out ?? `screenshots/guide/${guide.guide}`);
    const baselineDir = resolve(flags.baseline ?? outDir);
    const reportDir = resolve(flags['report-dir'] ?? `reports/screenshots/${guide.guide}`);
    target = await portalTarget(flags);
    const { account, stateFile } = target;
    // Read first: by default the baseline is the very folder the new set is written to.
    const baseline = await readPictures(baselineDir);
    const scale = flags.scale as Scale;
    const clock = flags.clock !== undefined ? new Date(flags.clock) : flags.simulator ? DOCS_CLOCK : new Date();
    const run = await takeScreenshots(guide, { account, steps: new ProgressPrinter(), headed: flags.headed, stateFile, scale, create: flags.add, clock, signal: interrupt.signal, directory: flags.tenant });
    const changes = rewordings(guide, run.results);
    const review = await reviewChanges({ guideId: guide.guide, shots: run.shots, baseline, baselineDir, outDir, reportDir, threshold: flags.threshold, results: run.results, changes, notCaptured: run.notCaptured });
    // Pictures unchanged from a baseline that is the output folder itself are left as they are.
    const keep = new Set(baselineDir === outDir ? review.steps.filter((step) => step.status === 'unchanged').map((step) => step.file) : []);
    const files = await writeSet(outDir, { guide, results: run.results, shots: run.shots, variant: run.variant, browser: run.browser, changes, scale, clock, toolVersion: await toolVersion() }, keep);
    process.stderr.write(`\n${review.markdown}\nWritten: ${files.length} files in ${outDir}${keep.size ? ` (${keep.size} unchanged pictures and their sidecars left as they were)` : ''}\n`);
    process.exitCode = review.exitCode;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    interrupt.release();
    await target?.simulator?.close();
  }
}
