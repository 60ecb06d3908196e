// What `delete-secret` does once its flags are read: check the choice (one of --secret-id,
// --description, --expired; --yes without a terminal), list, confirm, delete, read back.
import { parseAppSelector } from '../../runbooks/create-secret-request.ts';
import { badInput } from '../../runbooks/errors.ts';
import { chooseSecrets, secretIdChoice, type SecretChoice } from '../../runbooks/operations/choose-secrets.ts';
import { deleteSecrets, describeSecret } from '../../runbooks/operations/delete-secrets.ts';
import { listCredentials } from '../../runbooks/operations/list-credentials.ts';
import { rowsOf } from '../../runbooks/operations/rotate.ts';
import { dateOrderFrom } from '../create-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { DeleteSecretFlags } from '../commands/delete-secret.ts';
import { askYesNo, canAsk } from './confirm.ts';

export function secretChoiceFrom(flags: Pick<DeleteSecretFlags, 'secret-id' | 'description' | 'expired'>): SecretChoice {
  const given = [flags['secret-id'] !== undefined && '--secret-id', flags.description !== undefined && '--description', flags.expired && '--expired'].filter(Boolean);
  if (given.length !== 1) throw badInput(given.length === 0 ? 'Name what to delete: --secret-id GUID, --description TEXT or --expired.' : `Name one of ${given.join(', ')}: not several.`);
  if (flags['secret-id'] !== undefined) return secretIdChoice(flags['secret-id']);
  if (flags.description !== undefined) {
    if (!flags.description.trim()) throw badInput('--description: give the exact description of the secret.');
    return { kind: 'description', description: flags.description.trim() };
  }
  return { kind: 'expired' };
}

export async function runDeleteSecret(flags: DeleteSecretFlags): Promise<void> {
  await runPortalCommand(flags, {
    input: () => {
      if (!flags.app?.trim()) throw badInput("--app: give the app's display name or its Application (client) ID.");
      const choice = secretChoiceFrom(flags);
      if (!flags['dry-run'] && !flags.yes && !canAsk()) throw badInput('delete-secret asks before it deletes, and stdin is not a terminal: add --yes to delete without asking (or --dry-run to see what would go).');
      return { app: parseAppSelector(flags.app), choice, dateOrder: dateOrderFrom(flags['date-order']) };
    },
    dateOrder: (input) => input.dateOrder,
    work: async (run, input) => {
      const listed = await listCredentials(run, input.app, { navigate: flags.navigate });
      const chosen = chooseSecrets(listed.secrets, input.choice, listed.app.displayName);
      const named = chosen.map(describeSecret).join(', ');
      if (chosen.length === 0) {
        process.stderr.write(`${listed.app.displayName} has no expired client secret: nothing to delete.\n`);
        return 'ok';
      }
      if (flags['dry-run']) {
        process.stderr.write(`Dry run: nothing was deleted. Would delete from ${listed.app.displayName}: ${named}.\n`);
        return 'ok';
      }
      if (!flags.yes && !(await askYesNo(`Delete ${named} from ${listed.app.displayName}? This cannot be undone.`))) {
        process.stderr.write('Nothing was deleted.\n');
        return 'ok';
      }
      const { deleted } = await deleteSecrets(run, listed.reached, rowsOf(listed, chosen), 'asked by delete-secret');
      process.stderr.write(`Deleted from ${listed.app.displayName}: ${deleted.map((row) => describeSecret({ description: row.description, secretId: row.secretId || null })).join(', ')}. The list read back shows every other secret still there.\n`);
      return 'ok';
    },
  });
}
