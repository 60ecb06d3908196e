// `portal-runbook rotate`: add a new secret, deliver and confirm it, and only then retire old ones
// (overlap first: none by default).
import type { Argv, CommandModule } from 'yargs';
import { RETIRE_CHOICES, type RetireChoice } from '../../runbooks/operations/choose-secrets.ts';
import { DESTINATION_USAGE, withNewSecretFlags, withVerifyFlag, type NewSecretCommandFlags } from '../new-secret-flags.ts';

export type RotateFlags = NewSecretCommandFlags & { retire: RetireChoice; verify: boolean };

function builder(yargs: Argv): Argv<RotateFlags> {
  const usage = yargs.usage(
    `$0 rotate (--app <name | id> | --apps FILE) [--description TEXT] [--expires …] ${DESTINATION_USAGE}\n` +
      '    [--retire none|expired|older-same-description|all-older] [--verify] [--dry-run] [--simulator [simulator options]]',
  );
  return withVerifyFlag(withNewSecretFlags(usage, 'Description of the new secret (default: "azure-portal-runbook YYYY-MM-DD")') as unknown as Argv)
    .option('retire', {
      type: 'string', choices: RETIRE_CHOICES, default: 'none',
      describe: 'Once the new secret is delivered, delete: none (overlap: the old value may still be in use), expired ones, older ones with the same description, or all older ones',
    }) as never;
}

export const rotateCommand: CommandModule<object, RotateFlags> = {
  command: 'rotate',
  describe: 'Add a new secret, hand it over, then retire old ones (overlap first)',
  builder,
  handler: async (flags) => (await import('../lifecycle/rotate-run.ts')).runRotate(flags),
};
