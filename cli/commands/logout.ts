// `portal-runbook logout`: sign out in the portal (account menu → Sign out), delete the saved
// sign-in and forget what the runbook remembered for the account.
import type { Argv, CommandModule } from 'yargs';
import { withBrowserTarget, type SimulatorFlags } from '../simulator-flags.ts';

export type LogoutFlags = SimulatorFlags & { headed: boolean; simulator: boolean; 'dry-run': boolean };

function builder(yargs: Argv): Argv<LogoutFlags> {
  const withFlags = yargs
    .usage('$0 logout [--dry-run] [--headed] [--simulator [simulator options]]')
    .option('dry-run', { type: 'boolean', default: false, describe: 'Say what would be signed out and forgotten; change nothing' });
  return withBrowserTarget(withFlags, { simulator: 'Against the built-in portal simulator (a fresh one has nothing signed in)' }) as unknown as Argv<LogoutFlags>;
}

export const logoutCommand: CommandModule<object, LogoutFlags> = {
  command: 'logout',
  describe: "Sign out in the portal, delete the saved sign-in and forget the account's remembered codes and app IDs",
  builder,
  handler: async (flags) => (await import('./logout-run.ts')).runLogout(flags),
};
