// What `list-secrets` does once its flags are read.
import { listSecretsApps } from '../apps/apps-commands.ts';
import { runForApps } from '../apps/run-for-apps.ts';
import { dateOrderFrom } from '../create-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { ListSecretsFlags } from '../commands/list-secrets.ts';
import { credentialsTable, type CredentialsDocument } from './credentials-table.ts';
import { listed, listInput } from './list-input.ts';

const table = (document: CredentialsDocument) => credentialsTable(document, process.stdout.isTTY === true && !process.env.NO_COLOR);

export async function runListSecrets(flags: ListSecretsFlags): Promise<void> {
  if (flags.apps !== undefined) {
    return runForApps({ ...flags, apps: flags.apps }, {
      ...listSecretsApps(),
      afterApp: (document) => process.stdout.write(`${table(document)}\n`),
    });
  }
  await runPortalCommand(flags, {
    input: () => ({ ...listInput(flags), dateOrder: dateOrderFrom(flags['date-order']) }),
    dateOrder: (input) => input.dateOrder,
    work: async (run, input) => {
      const document = await listed(run, input);
      process.stdout.write(flags.json ? `${JSON.stringify(document, null, 2)}\n` : table(document));
      return 'ok';
    },
  });
}
