// What `list-secrets` does once its flags are read.
import { parseAppSelector } from '../../runbooks/create-secret-request.ts';
import { badInput } from '../../runbooks/errors.ts';
import { listCredentials } from '../../runbooks/operations/list-credentials.ts';
import { dateOrderFrom } from '../create-secret-input.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { ListSecretsFlags } from '../commands/list-secrets.ts';
import { credentialsDocument, credentialsTable } from './credentials-table.ts';
import { createdByThisTool, readRecord } from '../../runbooks/run-record.ts';

export function expiringWithinFrom(value: number | undefined, flag = '--expiring-within'): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 3650) throw badInput(`${flag}: a whole number of days from 0 to 3650 (got ${Number.isNaN(value) ? 'something that is not a number' : value}).`);
  return value;
}

export async function runListSecrets(flags: ListSecretsFlags): Promise<void> {
  await runPortalCommand(flags, {
    input: () => {
      if (!flags.app?.trim()) throw badInput("--app: give the app's display name or its Application (client) ID.");
      return { app: parseAppSelector(flags.app), within: expiringWithinFrom(flags['expiring-within']), dateOrder: dateOrderFrom(flags['date-order']) };
    },
    dateOrder: (input) => input.dateOrder,
    work: async (run, input) => {
      const listed = await listCredentials(run, input.app, { navigate: flags.navigate, expiringWithin: input.within });
      const { tenantId } = await run.tenantIdOf(listed.app);
      const record = await readRecord(run.record.file);
      const document = credentialsDocument(listed, { tenantId, createdByThisTool: (secretId) => createdByThisTool(record, secretId) });
      if (input.within !== undefined) {
        document.secrets = document.secrets.filter((secret) => secret.daysLeft <= input.within!);
        document.certificates = document.certificates.filter((certificate) => certificate.daysLeft <= input.within!);
      }
      process.stdout.write(flags.json ? `${JSON.stringify(document, null, 2)}\n` : credentialsTable(document, process.stdout.isTTY === true && !process.env.NO_COLOR));
      return 'ok';
    },
  });
}
