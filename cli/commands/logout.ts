// `portal-runbook logout`: sign out in the portal (account menu → Sign out), delete the saved
// sign-in and forget what the runbook remembered for the account.
import type { Argv, CommandModule } from 'yargs';
import { SIMULATOR_DEFAULTS, withSimulatorFlags, type SimulatorFlags } from '../simulator-flags.ts';

export type LogoutFlags = SimulatorFlags & { headed: boolean; simulator: boolean; 'dry-run': boolean };

function builder(yargs: Argv): Argv<LogoutFlags> {
  const withFlags = yargs
    .usage('$0 logout [--dry-run] [--headed] [--simulator [simulator options]]')
    .option('dry-run', { type: 'boolean', default: false, describe: 'Say what would be signed out and forgotten; change nothing' })
    .option('headed', { type: 'boolean', default: false, describe: 'Show the browser window' })
    .option('simulator', { type: 'boolean', default: false, describe: 'Against the built-in portal simulator (a fresh one has nothing signed in)' });
  return withSimulatorFlags(withFlags, 'Simulator options (with --simulator):', SIMULATOR_DEFAULTS) as unknown as Argv<LogoutFlags>;
}

export const logoutCommand: CommandModule<object, LogoutFlags> = {
  command: 'logout',
  describe: "Sign out in the portal, delete the saved sign-in and forget the account's remembered codes and app IDs",
  builder,
  handler: async (flags) => (await import('./logout-run.ts')).runLogout(flags),
};
