// What `portal-runbook create-secret` does once its flags are read; loaded only when it runs, so
// `--help` and the other commands never load Playwright or the runbook.
import { addSecret } from '../../runbooks/operations/add-secret.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { newSecretInput } from '../new-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import { recordAdded, verifierFor } from '../lifecycle/run-record-lookup.ts';
import type { CreateSecretCommandFlags as Flags } from './create-secret.ts';

export async function runCreateSecret(flags: Flags & { verify?: boolean }): Promise<void> {
  await runPortalCommand(flags, {
    input: () => newSecretInput(flags, new Date()),
    dateOrder: (input) => input.request.dateOrder,
    work: async (run, { request, destinations }) => {
      const result = await addSecret(run, request, { destinations, beforeDelivery: flags.verify ? verifierFor(run) : undefined });
      if (result.kind === 'created') await recordAdded(run, result.secret, destinations, 'add');
      printOutcome(result, destinations);
      return 'ok';
    },
  });
}
