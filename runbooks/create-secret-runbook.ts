// The create-secret runbook: one signed-in run, one operation (add a secret and hand it over).
import { addSecret, type CreateSecretResult } from './operations/add-secret.ts';
import type { CreateSecretRequest } from './create-secret-request.ts';
import type { SecretDestination } from './delivery/destination.ts';
import { withPortalRun, type PortalRunOptions } from './portal-run.ts';

export type { CreateSecretResult, SecretPlan } from './operations/add-secret.ts';

export interface CreateSecretOptions extends PortalRunOptions {
  /** Checked (preflight) by the caller; delivered and read back here, before leaving the blade. */
  destinations: SecretDestination[];
}

export function createSecret(request: CreateSecretRequest, options: CreateSecretOptions): Promise<CreateSecretResult> {
  return withPortalRun({ ...options, dateOrder: options.dateOrder ?? request.dateOrder }, (run) => addSecret(run, request, { destinations: options.destinations }));
}
