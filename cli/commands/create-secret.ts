// `portal-runbook create-secret`: placeholder, built by the create-secret work.
import type { CommandModule } from 'yargs';

export const createSecretCommand: CommandModule = {
  command: 'create-secret',
  describe: 'Add a client secret to an app registration and hand the value over safely',
  handler: () => {
    process.exitCode = 1;
  },
};
