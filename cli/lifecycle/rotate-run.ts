// What `rotate` does once its flags are read.
import { describeSecret } from '../../runbooks/operations/delete-secrets.ts';
import { rotate } from '../../runbooks/operations/rotate.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { newSecretInput } from '../new-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { RotateFlags } from '../commands/rotate.ts';
import { ROTATE_COLUMNS, rotatedSummary } from '../apps/app-summaries.ts';
import { refuseOneAppFlags } from '../apps/apps-input.ts';
import { runForApps } from '../apps/run-for-apps.ts';
import { RETIRE_CHOICES, type RetireChoice } from '../../runbooks/operations/choose-secrets.ts';
import { badInput } from '../../runbooks/errors.ts';

function retireFrom(text: string): RetireChoice {
  const choice = RETIRE_CHOICES.find((known) => known === text.trim());
  if (!choice) throw badInput(`--retire: one of ${RETIRE_CHOICES.join(', ')} (got "${text}").`);
  return choice;
}

export async function runRotate(flags: RotateFlags): Promise<void> {
  if (flags.apps !== undefined) {
    return runForApps({ ...flags, apps: flags.apps }, {
      columns: ROTATE_COLUMNS,
      input: async (row) => (refuseOneAppFlags(flags), { ...(await newSecretInput(row, new Date())), retire: retireFrom(row.retire) }),
      work: (run, { request, destinations, retire }) => rotate(run, request, { destinations, retire, verify: flags.verify }),
      summarize: rotatedSummary,
    });
  }
  await runPortalCommand(flags, {
    input: () => newSecretInput(flags, new Date()),
    dateOrder: (input) => input.request.dateOrder,
    work: async (run, { request, destinations }) => {
      const result = await rotate(run, request, { destinations, retire: flags.retire, verify: flags.verify });
      if (result.kind === 'planned') {
        printOutcome(result, destinations);
        process.stderr.write(`Then retire (--retire ${flags.retire}): ${result.toRetire.length === 0 ? 'nothing' : result.toRetire.map(describeSecret).join(', ')}.\n`);
        return 'ok';
      }
      printOutcome(result, destinations);
      process.stderr.write(result.retired.length > 0 ? `Retired: ${result.retired.map(describeSecret).join(', ')}.\n` : `Nothing retired (--retire ${flags.retire}): the old secrets stay.\n`);
      return 'ok';
    },
  });
}
