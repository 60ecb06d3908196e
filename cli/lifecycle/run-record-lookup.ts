// Placeholder wiring for the run record and --verify (filled in when those modules land).
import type { PortalAccount } from '../../lib/account.ts';
import type { CreatedSecret } from '../../runbooks/created-secret.ts';
import type { SecretDestination } from '../../runbooks/delivery/destination.ts';
import type { PortalRun } from '../../runbooks/portal-run.ts';
import type { AppMatch } from '../../pages/app-registrations-blade.ts';
import type { ListedSecret } from '../../runbooks/operations/list-credentials.ts';

export async function createdByThisTool(_account: PortalAccount): Promise<(secretId: string | null) => boolean> {
  return () => false;
}

export async function recordAdded(_run: PortalRun, _secret: CreatedSecret | undefined, _destinations: SecretDestination[], _operation: 'add'): Promise<void> {}

export async function recordChanges(_run: PortalRun, _app: Pick<AppMatch, 'displayName' | 'appId'>, _operation: 'delete' | 'retire', _secrets: ListedSecret[]): Promise<void> {}

export function verifierFor(_run: PortalRun): ((secret: CreatedSecret, app: AppMatch) => Promise<void>) | undefined {
  return undefined;
}
