// `portal-runbook create-secret`: add a client secret to an app registration through the portal
// and hand the value to the destination the user named, and nowhere else.
import type { Argv, CommandModule } from 'yargs';
import { accountFromEnv, loadEnvFile, type PortalAccount } from '../../lib/account.ts';
import { resolveBrowser } from '../../lib/browser.ts';
import { startSimulatorLazily as startSimulator, type RunningSimulator } from '../simulator-lazily.ts';
import { DEFAULT_SIMULATOR_OPTIONS, type SimulatorOptions } from '../../simulator/options.ts';
import { createSecret } from '../../runbooks/create-secret-runbook.ts';
import { badInput, EXIT_CODES } from '../../runbooks/errors.ts';
import { GithubActionsMask } from '../../runbooks/delivery/github-actions-mask.ts';
import { destinationsFrom, requestFrom, type CreateSecretFlags } from '../create-secret-input.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { simulatorOptionsFrom, withSimulatorFlags, type SimulatorFlags } from '../simulator-flags.ts';

type Flags = CreateSecretFlags & SimulatorFlags & { simulator: boolean; headed: boolean };

export const DEFAULT_STATE_FILE = '.auth/portal-state.json';

/** An in-process simulator needs no fixed address: free ports, so a running one is no obstacle. */
const SIMULATOR_DEFAULTS: SimulatorOptions = { ...DEFAULT_SIMULATOR_OPTIONS, port: 0 };

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

/** Simulator flags mean nothing against a real portal: say so rather than ignore them. */
function refuseSimulatorFlagsWithoutSimulator(flags: Flags): void {
  if (flags.simulator) return;
  const changed = simulatorOptionsFrom(flags);
  const defaults = SIMULATOR_DEFAULTS;
  const named = (Object.keys(defaults) as (keyof typeof defaults)[]).filter(
    (key) => JSON.stringify(changed[key]) !== JSON.stringify(defaults[key]),
  );
  const flag = named[0]?.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  if (flag) throw badInput(`--${flag} is a simulator option: add --simulator, or drop it.`);
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
    refuseSimulatorFlagsWithoutSimulator(flags);
    try {
      resolveBrowser();
    } catch (error) {
      throw badInput((error as Error).message);
    }
    for (const destination of destinations) await destination.preflight();
    let account: PortalAccount;
    let stateFile: string | undefined;
    if (flags.simulator) {
      simulator = await startSimulator(simulatorOptionsFrom(flags));
      const { username, password, totpSecret } = simulator.account;
      account = { portalUrl: simulator.portalUrl, username, password, totpSecret };
      process.stderr.write(`Portal simulator at ${simulator.portalUrl} (demo account ${username})\n`);
    } else {
      loadEnvFile();
      account = accountFromEnv();
      stateFile = process.env.PORTAL_STATE_FILE?.trim() || DEFAULT_STATE_FILE;
    }
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
