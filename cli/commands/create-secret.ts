// `portal-runbook create-secret`: add a client secret to an app registration through the portal
// and hand the value to the destination the user named, and nowhere else.
import type { Argv, CommandModule } from 'yargs';
import { DESTINATION_USAGE, withNewSecretFlags, withVerifyFlag, type NewSecretCommandFlags } from '../new-secret-flags.ts';

export type CreateSecretCommandFlags = NewSecretCommandFlags & { verify: boolean };
type Flags = CreateSecretCommandFlags;

function builder(yargs: Argv): Argv<Flags> {
  return withVerifyFlag(withNewSecretFlags(
    yargs.usage(
      '$0 create-secret (--app <display name | application (client) id> | --apps FILE) [--description TEXT] [--expires 90d|180d|365d|545d|730d|3m|6m|12m|18m|24m|1y|2y|YYYY-MM-DD]\n' +
        `    ${DESTINATION_USAGE} [--navigate] [--date-order day-first|month-first]\n` +
        '    [--verify] [--record FILE] [--simulator [simulator options]] [--headed] [--dry-run]',
    ),
    'Description of the new secret (default: "azure-portal-runbook YYYY-MM-DD")',
  ));
}

export const createSecretCommand: CommandModule<object, Flags> = {
  command: 'create-secret',
  describe: 'Add a client secret to an app registration and hand the value over safely',
  builder,
  handler: async (flags) => (await import('./create-secret-run.ts')).runCreateSecret(flags),
};
