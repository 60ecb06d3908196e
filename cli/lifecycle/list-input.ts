// list-secrets' checked input and one app's listing (--app, or one row of --apps).
import { parseAppSelector, type AppSelector } from '../../runbooks/create-secret-request.ts';
import type { PortalRun } from '../../runbooks/portal-run.ts';
import { badInput } from '../../runbooks/errors.ts';
import { listCredentials } from '../../runbooks/operations/list-credentials.ts';
import type { ListSecretsFlags } from '../commands/list-secrets.ts';
import { credentialsDocument, type CredentialsDocument } from './credentials-table.ts';
import { createdByThisTool, readRecord } from '../../runbooks/run-record.ts';

export function expiringWithinFrom(value: number | undefined, flag = '--expiring-within'): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 3650) throw badInput(`${flag}: a whole number of days from 0 to 3650 (got ${Number.isNaN(value) ? 'something that is not a number' : value}).`);
  return value;
}

export interface ListInput {
  app: AppSelector;
  within: number | undefined;
  navigate: boolean;
}

export function listInput(flags: Pick<ListSecretsFlags, 'app' | 'expiring-within' | 'navigate'>): ListInput {
  if (!flags.app?.trim()) throw badInput("--app: give the app's display name or its Application (client) ID.");
  return { app: parseAppSelector(flags.app), within: expiringWithinFrom(flags['expiring-within']), navigate: flags.navigate };
}

/** One app's credentials as list-secrets shows them (the record marks what this tool created). */
export async function listed(run: PortalRun, input: ListInput): Promise<CredentialsDocument> {
  const credentials = await listCredentials(run, input.app, { navigate: input.navigate, expiringWithin: input.within });
  const { tenantId } = await run.tenantIdOf(credentials.app);
  const record = await readRecord(run.record.file);
  const document = credentialsDocument(credentials, { tenantId, createdByThisTool: (secretId) => createdByThisTool(record, secretId) });
  if (input.within !== undefined) {
    document.secrets = document.secrets.filter((secret) => secret.daysLeft <= input.within!);
    document.certificates = document.certificates.filter((certificate) => certificate.daysLeft <= input.within!);
  }
  return document;
}
