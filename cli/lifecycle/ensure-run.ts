// What `ensure` does once its flags are read: exit 0 whether a secret covered it or one was added.
import { JsonStdoutDestination } from '../../runbooks/delivery/json-stdout-destination.ts';
import { describeSecret } from '../../runbooks/operations/delete-secrets.ts';
import { ensure } from '../../runbooks/operations/rotate.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { EnsureFlags } from '../commands/ensure.ts';
import { ensureApps } from '../apps/apps-commands.ts';
import { runForApps } from '../apps/run-for-apps.ts';
import { ensureInput } from './ensure-input.ts';

export async function runEnsure(flags: EnsureFlags): Promise<void> {
  const today = new Date();
  if (flags.apps !== undefined) {
    return runForApps({ ...flags, apps: flags.apps }, ensureApps(flags, today));
  }
  await runPortalCommand(flags, {
    input: async () => {
      const input = await ensureInput(flags, today);
      // --json says which happened: a new secret's document begins with "outcome": "created".
      const destinations = input.destinations.map((destination) => (destination instanceof JsonStdoutDestination ? new JsonStdoutDestination(process.stdout, { outcome: 'created' }) : destination));
      return { ...input, destinations };
    },
    dateOrder: (input) => input.request.dateOrder,
    work: async (run, { request, destinations, minDays }) => {
      const result = await ensure(run, request, { destinations, minDays, verify: flags.verify });
      if (result.kind === 'covered') {
        const { covering, app } = result;
        process.stderr.write(`Covered: ${describeSecret(covering)} of ${app.displayName} ends ${covering.endDate} (${covering.daysLeft} days left, at least ${minDays} asked). Nothing was added.\n`);
        if (flags.json) {
          const { tenantId } = await run.tenantIdOf(app);
          const document = { outcome: 'covered', tenantId, appName: app.displayName, appId: app.appId, description: covering.description, secretId: covering.secretId, hint: covering.hint, expires: covering.endDate, daysLeft: covering.daysLeft };
          process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
        }
        return 'ok';
      }
      printOutcome(result, destinations);
      return 'ok';
    },
  });
}
