// What `portal-runbook create-secret` does once its flags are read; loaded only when it runs, so
// `--help` and the other commands never load Playwright or the runbook.
import { addSecret } from '../../runbooks/operations/add-secret.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { newSecretInput } from '../new-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { CreateSecretCommandFlags as Flags } from './create-secret.ts';
import { createSecretApps } from '../apps/apps-commands.ts';
import { runForApps } from '../apps/run-for-apps.ts';

export async function runCreateSecret(flags: Flags): Promise<void> {
  if (flags.apps !== undefined) {
    return runForApps({ ...flags, apps: flags.apps }, createSecretApps(flags));
  }
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
