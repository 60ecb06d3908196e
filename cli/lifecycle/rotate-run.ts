// What `rotate` does once its flags are read.
import { RunbookError } from '../../runbooks/errors.ts';
import { describeSecret } from '../../runbooks/operations/delete-secrets.ts';
import { rotate } from '../../runbooks/operations/rotate.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { newSecretInput } from '../new-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { RotateFlags } from '../commands/rotate.ts';
import { recordAdded, recordChanges, verifierFor } from './run-record-lookup.ts';

export async function runRotate(flags: RotateFlags): Promise<void> {
  await runPortalCommand(flags, {
    input: () => newSecretInput(flags, new Date()),
    dateOrder: (input) => input.request.dateOrder,
    work: async (run, { request, destinations }) => {
      const result = await rotate(run, request, { destinations, retire: flags.retire, beforeDelivery: flags.verify ? verifierFor(run) : undefined }).catch(async (error: unknown) => {
        if (error instanceof RunbookError && error.kind === 'retire-failed') await recordAdded(run, undefined, destinations, 'add').catch(() => undefined);
        throw error;
      });
      if (result.kind === 'planned') {
        printOutcome(result, destinations);
        process.stderr.write(`Then retire (--retire ${flags.retire}): ${result.toRetire.length === 0 ? 'nothing' : result.toRetire.map(describeSecret).join(', ')}.\n`);
        return 'ok';
      }
      await recordAdded(run, result.secret, destinations, 'add');
      await recordChanges(run, { displayName: result.secret.appName, appId: result.secret.appId }, 'retire', result.retired);
      printOutcome(result, destinations);
      process.stderr.write(result.retired.length > 0 ? `Retired: ${result.retired.map(describeSecret).join(', ')}.\n` : `Nothing retired (--retire ${flags.retire}): the old secrets stay.\n`);
      return 'ok';
    },
  });
}
