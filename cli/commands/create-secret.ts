// `portal-runbook create-secret`: add a client secret to an app registration through the portal
// and hand the value to the destination the user named, and nowhere else.
import type { Argv, CommandModule } from 'yargs';
import { DATE_ORDERS } from '../../pages/portal-dates.ts';
import type { CreateSecretFlags } from '../create-secret-input.ts';
import { SIMULATOR_DEFAULTS, withSimulatorFlags, type SimulatorFlags } from '../simulator-flags.ts';

export type CreateSecretCommandFlags = CreateSecretFlags & SimulatorFlags & { simulator: boolean; headed: boolean };
type Flags = CreateSecretCommandFlags;

function builder(yargs: Argv): Argv<Flags> {
  const withFlags = yargs
    .usage(
      '$0 create-secret --app <display name | application (client) id> [--description TEXT] [--expires 90d|180d|365d|545d|730d|3m|6m|12m|18m|24m|1y|2y|YYYY-MM-DD]\n' +
        '    (--output FILE | --env-file FILE [--env-key NAME] | --to-command CMD | --json) [--force] [--navigate] [--date-order day-first|month-first]\n' +
        '    [--simulator [simulator options]] [--headed] [--dry-run]',
    )
    .option('app', { type: 'string', demandOption: true, describe: "The app registration: its exact display name, or its Application (client) ID" })
    .option('description', { type: 'string', describe: 'Description of the new secret (default: "azure-portal-runbook YYYY-MM-DD")' })
    .option('expires', { type: 'string', default: '180d', describe: "90d 180d 365d 545d 730d (today's presets), 3m 6m 12m 18m 24m (the 2021–22 portal's), 1y 2y (the 2019 portal's), or an end date YYYY-MM-DD (Custom, ≤ 24 months)" })
    .option('output', { type: 'string', describe: 'Write the secret as JSON to FILE (mode 0600, atomic); refuses an existing file without --force' })
    .option('env-file', { type: 'string', describe: 'Set KEY=value in the dotenv FILE, keeping its other lines (mode 0600, atomic)' })
    .option('env-key', { type: 'string', describe: 'The key for --env-file (default AZURE_CLIENT_SECRET)' })
    .option('to-command', {
      type: 'string',
      describe: 'Give the value on stdin (no newline) to CMD, run without a shell, e.g. "gh secret set AZURE_CLIENT_SECRET"; exit code 0 is the receipt, anything else deletes the new secret (timeout: PORTAL_TO_COMMAND_TIMEOUT seconds, default 60)',
    })
    .option('json', { type: 'boolean', default: false, describe: 'Print the secret as JSON on stdout (and nothing else goes to stdout)' })
    .option('force', { type: 'boolean', default: false, describe: 'Let --output replace an existing file' })
    .option('navigate', { type: 'boolean', default: false, describe: "Reach Certificates & secrets by the guide's clicks instead of a deep link" })
    .option('headed', { type: 'boolean', default: false, describe: 'Show the browser window' })
    .option('date-order', {
      type: 'string', choices: DATE_ORDERS,
      describe: 'How your portal writes 6/5/2027 (Language + region), for a page that shows no date that tells: day-first or month-first (default: learned from the page; also PORTAL_DATE_ORDER)',
    })
    .option('dry-run', { type: 'boolean', default: false, describe: 'Sign in, find the app, check the expiry is offered, print the plan; add nothing' })
    .option('simulator', { type: 'boolean', default: false, describe: 'Run against the built-in portal simulator with its demo account' });
  return withSimulatorFlags(withFlags, 'Simulator options (with --simulator):', SIMULATOR_DEFAULTS) as unknown as Argv<Flags>;
}


export const createSecretCommand: CommandModule<object, Flags> = {
  command: 'create-secret',
  describe: 'Add a client secret to an app registration and hand the value over safely',
  builder,
  handler: async (flags) => (await import('./create-secret-run.ts')).runCreateSecret(flags),
};
