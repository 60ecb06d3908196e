// What `portal-runbook create-secret` does once its flags are read; loaded only when it runs, so
// `--help` and the other commands never load Playwright or the runbook.
import { addSecret } from '../../runbooks/operations/add-secret.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { newSecretInput } from '../new-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { CreateSecretCommandFlags as Flags } from './create-secret.ts';

export async function runCreateSecret(flags: Flags): Promise<void> {
  await runPortalCommand(flags, {
    input: () => newSecretInput(flags, new Date()),
    dateOrder: (input) => input.request.dateOrder,
    work: async (run, { request, destinations }) => {
      const result = await addSecret(run, request, { destinations, verify: flags.verify });
      printOutcome(result, destinations);
      return 'ok';
    },
  });
}
