// `portal-runbook list-secrets`: every client secret and certificate of an app, with end dates,
// days left and status, as a table or JSON. Reads only: nothing is changed.
import type { Argv, CommandModule } from 'yargs';
import { withAppOrAppsFlag, withPortalFlags } from '../new-secret-flags.ts';
import type { PortalCommandFlags } from '../portal-command.ts';
import type { DateOrder } from '../../pages/portal-dates.ts';

export type ListSecretsFlags = PortalCommandFlags & { app: string; apps?: string; json: boolean; 'expiring-within'?: number; navigate: boolean; 'date-order'?: DateOrder };

function builder(yargs: Argv): Argv<ListSecretsFlags> {
  const withFlags = withAppOrAppsFlag(yargs.usage('$0 list-secrets (--app <display name | application (client) id> | --apps FILE) [--json] [--expiring-within DAYS] [--simulator [simulator options]]'))
    .option('json', { type: 'boolean', default: false, describe: 'Print one JSON document on stdout (schema in the README); with --apps, one per app, a line each' })
    .option('expiring-within', { type: 'number', describe: 'Only secrets and certificates that end within DAYS days (expired ones included); also what "expiring" means (default 30)' });
  return withPortalFlags(withFlags) as never;
}

export const listSecretsCommand: CommandModule<object, ListSecretsFlags> = {
  command: 'list-secrets',
  describe: "List an app's client secrets and certificates: end dates, days left, status",
  builder,
  handler: async (flags) => (await import('../lifecycle/list-secrets-run.ts')).runListSecrets(flags),
};
