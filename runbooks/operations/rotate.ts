// Operations "rotate" and "ensure" on a signed-in run, built of list, add and delete.
// rotate: overlap first. The new secret is added, delivered and confirmed exactly as create-secret
// does, and only then are old ones retired (--retire; none by default, as the old value may still
// be in use). Delivery failing removes the new secret and leaves the old ones untouched; retiring
// failing after delivery rolls nothing back, and says what is left (exit 11).
// ensure: a secret is added only when none with that description has at least N days left.
import type { SecretRow } from '../../pages/certificates-secrets-blade.ts';
import type { CreateSecretRequest } from '../create-secret-request.ts';
import { RunbookError } from '../errors.ts';
import type { PortalRun } from '../portal-run.ts';
import { plainMessage } from '../plain-error.ts';
import { addSecret, type AddSecretOptions, type CreateSecretResult } from './add-secret.ts';
import { secretsToRetire, type RetireChoice } from './choose-secrets.ts';
import { deleteSecrets, describeSecret } from './delete-secrets.ts';
import { listCredentials, type AppCredentials, type ListedSecret } from './list-credentials.ts';

/** The portal's rows for secrets chosen from a listing. */
export function rowsOf(credentials: AppCredentials, chosen: ListedSecret[]): SecretRow[] {
  return chosen.map((secret) => credentials.rows[credentials.secrets.indexOf(secret)]!);
}

export type RotateResult = CreateSecretResult & { retired: ListedSecret[]; toRetire: ListedSecret[] };

export async function rotate(run: PortalRun, request: CreateSecretRequest, options: AddSecretOptions & { retire: RetireChoice }): Promise<RotateResult> {
  const listed = await listCredentials(run, request.app, { navigate: request.navigate });
  const toRetire = secretsToRetire(listed.secrets, request.description, options.retire);
  const added = await addSecret(run, request, { ...options, reached: listed.reached });
  if (added.kind === 'planned' || toRetire.length === 0) return { ...added, retired: [], toRetire };
  const retired: SecretRow[] = [];
  try {
    await deleteSecrets(run, listed.reached, rowsOf(listed, toRetire), 'retired: the new secret is delivered', 'retire', retired);
  } catch (error) {
    const left = toRetire.filter((secret) => !retired.some((row) => (row.secretId ? row.secretId === secret.secretId : row.description === secret.description))).map(describeSecret).join(', ');
    throw new RunbookError(
      'retire-failed',
      `The new secret "${added.secret.description}" (Secret ID ${added.secret.secretId ?? 'none shown'}) was delivered and stays. Retiring the old ones failed (${plainMessage(error).split('\n')[0]?.replace(/\.$/, '')}): check ${left} in the portal, and delete what is still there with delete-secret.`,
      { cause: error },
    );
  }
  return { ...added, retired: toRetire, toRetire };
}

export type EnsureResult =
  | { kind: 'covered'; app: AppCredentials['app']; covering: ListedSecret }
  | (CreateSecretResult & { kind: 'created' | 'planned' });

export async function ensure(run: PortalRun, request: CreateSecretRequest, options: AddSecretOptions & { minDays: number }): Promise<EnsureResult> {
  const listed = await listCredentials(run, request.app, { navigate: request.navigate });
  const covering = listed.secrets
    .filter((secret) => secret.description === request.description && secret.daysLeft >= options.minDays)
    .sort((a, b) => b.daysLeft - a.daysLeft)[0];
  if (covering) {
    run.steps.note(`${describeSecret(covering)} has ${covering.daysLeft} days left (at least ${options.minDays} asked): nothing to add`);
    return { kind: 'covered', app: listed.app, covering };
  }
  return addSecret(run, request, { ...options, reached: listed.reached });
}
