// `portal-runbook delete-secret`: delete chosen client secrets of an app, confirmed by the person
// (or --yes), and prove from the list read back that exactly those are gone.
import type { Argv, CommandModule } from 'yargs';
import { withAppFlag, withPortalFlags } from '../new-secret-flags.ts';
import type { PortalCommandFlags } from '../portal-command.ts';
import type { DateOrder } from '../../pages/portal-dates.ts';

export type DeleteSecretFlags = PortalCommandFlags & {
  app: string;
  'secret-id'?: string;
  description?: string;
  expired: boolean;
  'dry-run': boolean;
  yes: boolean;
  navigate: boolean;
  'date-order'?: DateOrder;
};

function builder(yargs: Argv): Argv<DeleteSecretFlags> {
  const withFlags = withAppFlag(yargs.usage('$0 delete-secret --app <display name | application (client) id> (--secret-id GUID | --description TEXT | --expired) [--dry-run] [--yes] [--simulator [simulator options]]'))
    .option('secret-id', { type: 'string', describe: 'The Secret ID (GUID) of the secret to delete' })
    .option('description', { type: 'string', describe: 'The exact description of the secret to delete (refused when several match)' })
    .option('expired', { type: 'boolean', default: false, describe: 'Delete every secret whose end date has passed' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'List what would be deleted; delete nothing' })
    .option('yes', { type: 'boolean', default: false, describe: 'Delete without asking (required when stdin is not a terminal)' });
  return withPortalFlags(withFlags) as never;
}

export const deleteSecretCommand: CommandModule<object, DeleteSecretFlags> = {
  command: 'delete-secret',
  describe: 'Delete chosen client secrets of an app, and prove exactly those are gone',
  builder,
  handler: async (flags) => (await import('../lifecycle/delete-secret-run.ts')).runDeleteSecret(flags),
};
