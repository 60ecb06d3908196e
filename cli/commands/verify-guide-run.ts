// What `portal-runbook verify-guide` does once its flags are read (loaded only when it runs).
import { resolve } from 'node:path';
import { portalTarget, requireBrowser } from '../portal-target.ts';
import type { RunningSimulator } from '../simulator-lazily.ts';
import { loadGuide } from '../../runbooks/guide/load-guide.ts';
import { buildReport, freshCropDir, markdown, writeReports } from '../../runbooks/guide/reports.ts';
import { parameterValues } from '../guide-flags.ts';
import { parseDirectoryName } from '../../runbooks/directory-name.ts';
import { listenForInterrupt } from '../interrupt.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import type { VerifyGuideFlags as Flags } from './verify-guide.ts';

export async function runVerifyGuide(flags: Flags): Promise<void> {
  let simulator: RunningSimulator | undefined;
  const interrupt = listenForInterrupt();
  try {
    // Everything that can be wrong with the input is found before a browser starts.
    const guide = await loadGuide(resolve(flags.guide), parameterValues(flags));
    if (flags.tenant !== undefined) parseDirectoryName(flags.tenant);
    requireBrowser({ headed: flags.headed });
    // The walker (and Playwright with it) is loaded once the guide and flags have passed.
    const { verifyGuide } = await import('../../runbooks/guide/verify-guide-runbook.ts');
    const target = await portalTarget(flags);
    simulator = target.simulator;
    const { account, stateFile } = target;
    const reportDir = resolve(flags['report-dir']);
    const cropDir = await freshCropDir(reportDir);
    const startedAt = new Date().toISOString();
    const { results, redactor } = await verifyGuide(guide, { account, steps: new ProgressPrinter(), headed: flags.headed, create: flags.create, stateFile, cropDir, signal: interrupt.signal, directory: flags.tenant });
    const app = guide.steps.find((step) => step.target === 'app')?.value;
    const report = buildReport(guide, results, { portal: new URL(account.portalUrl).origin, app, create: flags.create, startedAt, reportDir });
    const files = await writeReports(report, reportDir, redactor);
    process.stderr.write(`\n${redactor.scrub(markdown(report))}\nReports: ${files.join(', ')}\n`);
    process.exitCode = report.exitCode;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    interrupt.release();
    await simulator?.close();
  }
}
