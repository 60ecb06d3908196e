// What `ensure` does once its flags are read: exit 0 whether a secret covered it or one was added.
import { badInput } from '../../runbooks/errors.ts';
import { JsonStdoutDestination } from '../../runbooks/delivery/json-stdout-destination.ts';
import { describeSecret } from '../../runbooks/operations/delete-secrets.ts';
import { ensure } from '../../runbooks/operations/rotate.ts';
import { defaultDescription } from '../create-secret-input.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { newSecretInput } from '../new-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { EnsureFlags } from '../commands/ensure.ts';
import { ENSURE_COLUMNS, ensuredSummary } from '../apps/app-summaries.ts';
import { refuseOneAppFlags } from '../apps/apps-input.ts';
import { runForApps } from '../apps/run-for-apps.ts';

export function minDaysFrom(value: unknown): number {
  const days = Number(value);
  if (typeof value !== 'number' || !Number.isInteger(days) || days < 1 || days > 730) {
    throw badInput(`--min-days: a whole number of days from 1 to 730 (got ${typeof value === 'number' && !Number.isNaN(value) ? value : 'something that is not a number'}).`);
  }
  return days;
}

/** ensure's checks on top of any new secret's: a stable description (one-app and per-app alike). */
function ensureInput(flags: EnsureFlags, today: Date) {
  const minDays = minDaysFrom(flags['min-days']);
  return newSecretInput(flags, today, (request) => {
    if (request.description === defaultDescription(today)) throw badInput('--description: ensure needs a stable description (the default holds today\'s date, so no earlier secret would ever cover it).');
  }).then((input) => ({ ...input, minDays }));
}

export async function runEnsure(flags: EnsureFlags): Promise<void> {
  const today = new Date();
  if (flags.apps !== undefined) {
    return runForApps({ ...flags, apps: flags.apps }, {
      columns: ENSURE_COLUMNS,
      input: (row) => (refuseOneAppFlags(flags), ensureInput(row, today)),
      work: (run, { request, destinations, minDays }) => ensure(run, request, { destinations, minDays, verify: flags.verify }),
      summarize: ensuredSummary,
    });
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
