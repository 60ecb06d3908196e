// `portal-runbook create-secret`: add a client secret to an app registration through the portal
// and hand the value to the destination the user named, and nowhere else.
import type { Argv, CommandModule } from 'yargs';
import { portalTarget, refuseSimulatorFlagsAlone, requireBrowser, SIMULATOR_DEFAULTS } from '../portal-target.ts';
import type { RunningSimulator } from '../simulator-lazily.ts';
import { createSecret } from '../../runbooks/create-secret-runbook.ts';
import { EXIT_CODES } from '../../runbooks/errors.ts';
import { GithubActionsMask } from '../../runbooks/delivery/github-actions-mask.ts';
import { destinationsFrom, requestFrom, type CreateSecretFlags } from '../create-secret-input.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { withSimulatorFlags, type SimulatorFlags } from '../simulator-flags.ts';

type Flags = CreateSecretFlags & SimulatorFlags & { simulator: boolean; headed: boolean };

export { DEFAULT_STATE_FILE } from '../portal-target.ts';


function builder(yargs: Argv): Argv<Flags> {
  const withFlags = yargs
    .usage(
      '$0 create-secret --app <display name | application (client) id> [--description TEXT] [--expires 90d|180d|365d|545d|730d|1y|2y|YYYY-MM-DD]\n' +
        '    (--output FILE | --env-file FILE [--env-key NAME] | --json) [--force] [--navigate] [--simulator [simulator options]] [--headed] [--dry-run]',
    )
    .option('app', { type: 'string', demandOption: true, describe: "The app registration: its exact display name, or its Application (client) ID" })
    .option('description', { type: 'string', describe: 'Description of the new secret (default: "azure-portal-runbook YYYY-MM-DD")' })
    .option('expires', { type: 'string', default: '180d', describe: "90d 180d 365d 545d 730d (today's presets), 1y 2y (the 2019 portal), or an end date YYYY-MM-DD (Custom, ≤ 24 months)" })
    .option('output', { type: 'string', describe: 'Write the secret as JSON to FILE (mode 0600, atomic); refuses an existing file without --force' })
    .option('env-file', { type: 'string', describe: 'Set KEY=value in the dotenv FILE, keeping its other lines (mode 0600, atomic)' })
    .option('env-key', { type: 'string', describe: 'The key for --env-file (default AZURE_CLIENT_SECRET)' })
    .option('json', { type: 'boolean', default: false, describe: 'Print the secret as JSON on stdout (and nothing else goes to stdout)' })
    .option('force', { type: 'boolean', default: false, describe: 'Let --output replace an existing file' })
    .option('navigate', { type: 'boolean', default: false, describe: "Reach Certificates & secrets by the guide's clicks instead of a deep link" })
    .option('headed', { type: 'boolean', default: false, describe: 'Show the browser window' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'Sign in, find the app, check the expiry is offered, print the plan; add nothing' })
    .option('simulator', { type: 'boolean', default: false, describe: 'Run against the built-in portal simulator with its demo account' });
  return withSimulatorFlags(withFlags, 'Simulator options (with --simulator):', SIMULATOR_DEFAULTS) as unknown as Argv<Flags>;
}


async function handler(flags: Flags): Promise<void> {
  const today = new Date();
  let simulator: RunningSimulator | undefined;
  const interrupted = new AbortController();
  const onSigint = () => {
    if (!interrupted.signal.aborted) process.stderr.write('\nInterrupted: finishing safely (a secret already added is deleted)…\n');
    interrupted.abort(new Error('interrupted (SIGINT)'));
  };
  process.on('SIGINT', onSigint);
  try {
    const request = requestFrom(flags, today);
    const destinations = destinationsFrom(flags);
    refuseSimulatorFlagsAlone(flags);
    requireBrowser();
    for (const destination of destinations) await destination.preflight();
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
      signal: interrupted.signal,
      today,
    });
    printOutcome(result, destinations);
    process.exitCode = EXIT_CODES.ok;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    process.off('SIGINT', onSigint);
    await simulator?.close();
  }
}

export const createSecretCommand: CommandModule<object, Flags> = {
  command: 'create-secret',
  describe: 'Add a client secret to an app registration and hand the value over safely',
  builder,
  handler,
};
