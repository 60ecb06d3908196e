// The flags of every command that adds a secret (create-secret, rotate, ensure): what to add,
// where the value goes, and the portal to drive. One description, so the three cannot drift.
import type { Argv } from 'yargs';
import { DATE_ORDERS } from '../pages/portal-dates.ts';
import type { CreateSecretFlags } from './create-secret-input.ts';
import { withBrowserTarget, type SimulatorFlags } from './simulator-flags.ts';

export type NewSecretCommandFlags = CreateSecretFlags & SimulatorFlags & { simulator: boolean; headed: boolean; apps?: string };

export const DESTINATION_USAGE = '(--output FILE | --env-file FILE [--env-key NAME] | --to-command CMD | --json) [--force]';

export function withAppFlag<T>(yargs: Argv<T>): Argv<T & { app: string }> {
  return yargs.option('app', { type: 'string', demandOption: true, describe: "The app registration: its exact display name, or its Application (client) ID" });
}

/** --app, or --apps FILE for many apps on one sign-in (create-secret, list-secrets, rotate, ensure). */
export function withAppOrAppsFlag<T>(yargs: Argv<T>): Argv<T & { app: string; apps?: string }> {
  return yargs
    .option('app', { type: 'string', describe: 'The app registration: its exact display name, or its Application (client) ID' })
    .option('apps', { type: 'string', describe: 'Many apps on one sign-in: a YAML or CSV file, one row per app with its own options (see the README: "Many apps")' })
    .conflicts('app', 'apps')
    .check((flags) => {
      if (flags.app === undefined && flags.apps === undefined) throw new Error('Name the app: --app NAME|ID, or --apps FILE for many.');
      return true;
    }) as never;
}

/** --simulator, --headed, --date-order and the simulator's own options: every command that drives the portal. */
export function withPortalFlags<T>(yargs: Argv<T>): Argv<T & SimulatorFlags & { simulator: boolean; headed: boolean; record?: string }> {
  const withFlags = yargs
    .option('navigate', { type: 'boolean', default: false, describe: "Reach Certificates & secrets by the guide's clicks instead of a deep link" })
    .option('date-order', {
      type: 'string', choices: DATE_ORDERS,
      describe: 'How your portal writes 6/5/2027 (Language + region), for a page that shows no date that tells: day-first or month-first (default: learned from the page; also PORTAL_DATE_ORDER)',
    })
    .option('record', { type: 'string', describe: 'The run record: one JSON line per change, never a value (default PORTAL_RECORD_FILE, else $XDG_STATE_HOME/azure-portal-runbook/record.jsonl)' });
  return withBrowserTarget(withFlags) as never;
}

export function withNewSecretFlags<T>(yargs: Argv<T>, describeDescription: string): Argv<NewSecretCommandFlags> {
  const withFlags = withAppOrAppsFlag(yargs)
    .option('description', { type: 'string', describe: describeDescription })
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
    .option('dry-run', { type: 'boolean', default: false, describe: 'Sign in, find the app, check the expiry is offered, print the plan; add nothing' });
  return withPortalFlags(withFlags) as never;
}

/** --verify, on every command that adds a secret (create-secret, rotate, ensure). */
export function withVerifyFlag<T>(yargs: Argv<T>): Argv<T & { verify: boolean }> {
  return yargs.option('verify', { type: 'boolean', default: false, describe: 'Prove the new secret works (a client-credentials token) before delivering it' });
}
