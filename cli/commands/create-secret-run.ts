// What `portal-runbook create-secret` does once its flags are read; loaded only when it runs, so
// `--help` and the other commands never load Playwright or the runbook.
import { loadEnvFile } from '../../lib/account.ts';
import { portalTarget, refuseSimulatorFlagsAlone, requireBrowser } from '../portal-target.ts';
import type { RunningSimulator } from '../simulator-lazily.ts';
import { EXIT_CODES } from '../../runbooks/errors.ts';
import { GithubActionsMask } from '../../runbooks/delivery/github-actions-mask.ts';
import { destinationsFrom, requestFrom } from '../create-secret-input.ts';
import { listenForInterrupt } from '../interrupt.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import type { CreateSecretCommandFlags as Flags } from './create-secret.ts';

export async function runCreateSecret(flags: Flags): Promise<void> {
  const today = new Date();
  let simulator: RunningSimulator | undefined;
  const interrupt = listenForInterrupt();
  try {
    // A real portal's settings may be in .env (PORTAL_DATE_ORDER among them): read before the request is checked.
    if (!flags.simulator) loadEnvFile();
    const request = requestFrom(flags, today);
    const destinations = destinationsFrom(flags);
    refuseSimulatorFlagsAlone(flags);
    for (const destination of destinations) await destination.preflight();
    requireBrowser({ headed: flags.headed });
    // The runbook (and Playwright with it) is loaded once the input has passed every check.
    const { createSecret } = await import('../../runbooks/create-secret-runbook.ts');
    const target = await portalTarget(flags);
    simulator = target.simulator;
    const { account, stateFile } = target;
    if (GithubActionsMask.applies()) destinations.unshift(new GithubActionsMask());
    const steps = new ProgressPrinter();
    const result = await createSecret(request, {
      account,
      destinations,
      steps,
      headed: flags.headed,
      stateFile,
      signal: interrupt.signal,
      today,
    });
    printOutcome(result, destinations);
    process.exitCode = EXIT_CODES.ok;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    interrupt.release();
    await simulator?.close();
  }
}
