// `portal-runbook login`: sign in once (or, with --interactive, let the person sign in in a
// window) and keep the sign-in in PORTAL_STATE_FILE for the commands after it.
import type { Argv, CommandModule } from 'yargs';
import { withBrowserTarget, type SimulatorFlags } from '../simulator-flags.ts';

export type LoginFlags = SimulatorFlags & { interactive: boolean; headed: boolean; timeout?: string; simulator: boolean };

function builder(yargs: Argv): Argv<LoginFlags> {
  const withFlags = yargs
    .usage('$0 login [--interactive [--timeout 10m]] [--headed] [--simulator [simulator options]]')
    .option('interactive', {
      type: 'boolean', default: false,
      describe: 'Open a browser window in which you sign in yourself (push, FIDO2, a text, passwordless…); needs only PORTAL_URL',
    })
    .option('timeout', { type: 'string', defaultDescription: '10m', describe: 'With --interactive: how long to wait for your sign-in (seconds, or e.g. 90s, 10m)' });
  return withBrowserTarget(withFlags, {
    headed: 'Show the browser window (--interactive always does)',
    simulator: 'Sign in to the built-in portal simulator (nothing is saved: it ends with the command)',
  }) as unknown as Argv<LoginFlags>;
}

export const loginCommand: CommandModule<object, LoginFlags> = {
  command: 'login',
  describe: 'Sign in once and save the sign-in (PORTAL_STATE_FILE) for the other commands; --interactive lets you sign in yourself in a window',
  builder,
  handler: async (flags) => (await import('./login-run.ts')).runLogin(flags),
};
