// What `rotate` does once its flags are read.
import { describeSecret } from '../../runbooks/operations/delete-secrets.ts';
import { rotate } from '../../runbooks/operations/rotate.ts';
import { printOutcome } from '../create-secret-outcome.ts';
import { newSecretInput } from '../new-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { RotateFlags } from '../commands/rotate.ts';
import { rotateApps } from '../apps/apps-commands.ts';
import { runForApps } from '../apps/run-for-apps.ts';

export async function runRotate(flags: RotateFlags): Promise<void> {
  if (flags.apps !== undefined) {
    return runForApps({ ...flags, apps: flags.apps }, rotateApps(flags));
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
