// `portal-runbook ensure`: make sure a secret with this description has at least N days left;
// add one only when none has. Exit 0 either way; --json says which happened.
import type { Argv, CommandModule } from 'yargs';
import { DESTINATION_USAGE, withNewSecretFlags, withVerifyFlag, type NewSecretCommandFlags } from '../new-secret-flags.ts';

export type EnsureFlags = NewSecretCommandFlags & { 'min-days': number; verify: boolean };

function builder(yargs: Argv): Argv<EnsureFlags> {
  const usage = yargs.usage(`$0 ensure (--app <name | id> | --apps FILE) --description TEXT --min-days N [--expires …] ${DESTINATION_USAGE} [--verify] [--dry-run] [--simulator [simulator options]]`);
  return withVerifyFlag(withNewSecretFlags(usage, 'The description that identifies the secret (required: a stable one, not a date)') as unknown as Argv)
    .option('min-days', { type: 'number', describe: 'A secret with this description and at least N days left covers it: nothing is added (required; with --apps, per row or here for all)' })
    .check((flags) => {
      // With --apps each row may give its own; the file is checked before anything starts.
      if (flags.apps === undefined && flags.description === undefined) throw new Error('Missing required argument: description');
      if (flags.apps === undefined && flags['min-days'] === undefined) throw new Error('Missing required argument: min-days');
      return true;
    }) as never;
}

export const ensureCommand: CommandModule<object, EnsureFlags> = {
  command: 'ensure',
  describe: 'Add a secret only when none with this description has at least N days left',
  builder,
  handler: async (flags) => (await import('../lifecycle/ensure-run.ts')).runEnsure(flags),
};
