// Each command's per-app outcome in a word, a line and JSON (never a value), and the fields a row
// of its apps file may set: the command's per-app flags, without their dashes.
import type { CreateSecretResult } from '../../runbooks/operations/add-secret.ts';
import { describeSecret } from '../../runbooks/operations/delete-secrets.ts';
import type { EnsureResult, RotateResult } from '../../runbooks/operations/rotate.ts';
import type { CredentialsDocument } from '../lifecycle/credentials-table.ts';
import type { AppSummary } from './apps-report.ts';

export const NEW_SECRET_COLUMNS = ['app', 'description', 'expires', 'output', 'env-file', 'env-key', 'to-command', 'force', 'navigate', 'tenant'] as const;
export const ROTATE_COLUMNS = [...NEW_SECRET_COLUMNS, 'retire'] as const;
export const ENSURE_COLUMNS = [...NEW_SECRET_COLUMNS, 'min-days'] as const;
export const LIST_COLUMNS = ['app', 'expiring-within', 'navigate', 'tenant'] as const;

export function createdSummary(result: CreateSecretResult, word = 'created'): AppSummary {
  if (result.kind === 'planned') {
    const { plan } = result;
    return { outcome: 'planned', detail: `would add "${plan.description}", ${plan.expires}`, document: { appName: plan.appName, appId: plan.appId, plan } };
  }
  const { secret } = result;
  const { tenantId, appName, appId, description, secretId, hint, expires } = secret;
  return {
    outcome: word,
    detail: `"${description}", Secret ID ${secretId ?? '(none shown)'}, ends ${expires}`,
    document: { tenantId, appName, appId, description, secretId, hint, expires },
  };
}

export function rotatedSummary(result: RotateResult): AppSummary {
  const summary = createdSummary(result, 'rotated');
  const retired = result.kind === 'planned' ? result.toRetire : result.retired;
  const said = retired.length > 0 ? `; ${result.kind === 'planned' ? 'would retire' : 'retired'} ${retired.map(describeSecret).join(', ')}` : '';
  return { ...summary, detail: `${summary.detail}${said}`, document: { ...summary.document, [result.kind === 'planned' ? 'toRetire' : 'retired']: retired.map(({ secretId, description, endDate }) => ({ secretId, description, expires: endDate })) } };
}

export function ensuredSummary(result: EnsureResult): AppSummary {
  if (result.kind !== 'covered') return createdSummary(result);
  const { app, covering } = result;
  return {
    outcome: 'covered',
    detail: `${describeSecret(covering)} ends ${covering.endDate} (${covering.daysLeft} days left)`,
    document: { appName: app.displayName, appId: app.appId, description: covering.description, secretId: covering.secretId, hint: covering.hint, expires: covering.endDate, daysLeft: covering.daysLeft },
  };
}

export function listedSummary(document: CredentialsDocument): AppSummary {
  const { secrets, certificates } = document;
  const expiring = secrets.filter((secret) => secret.status !== 'valid').length;
  return {
    outcome: 'listed',
    detail: `${secrets.length} secret${secrets.length === 1 ? '' : 's'}${expiring > 0 ? ` (${expiring} expiring or expired)` : ''}, ${certificates.length} certificate${certificates.length === 1 ? '' : 's'}`,
    document: { ...document },
  };
}
