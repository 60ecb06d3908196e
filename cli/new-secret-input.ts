// The checked input of a command that adds a secret: the request and its destinations, each
// destination's preflight done (an existing file without --force, an unknown --to-command
// program) before anything touches the portal.
import { GithubActionsMask } from '../runbooks/delivery/github-actions-mask.ts';
import type { SecretDestination } from '../runbooks/delivery/destination.ts';
import type { CreateSecretRequest } from '../runbooks/create-secret-request.ts';
import { verifyLimitFrom } from '../runbooks/operations/verify-new-secret.ts';
import { destinationsFrom, requestFrom, type CreateSecretFlags } from './create-secret-input.ts';

export interface NewSecretInput {
  request: CreateSecretRequest;
  destinations: SecretDestination[];
}

export async function newSecretInput(flags: CreateSecretFlags, today: Date, checkMore?: (request: CreateSecretRequest) => void): Promise<NewSecretInput> {
  const request = requestFrom(flags, today);
  if ((flags as { verify?: boolean }).verify) verifyLimitFrom();
  checkMore?.(request);
  const destinations = destinationsFrom(flags);
  for (const destination of destinations) await destination.preflight();
  // In GitHub Actions the value is masked in the job's log before it goes anywhere.
  if (GithubActionsMask.applies()) destinations.unshift(new GithubActionsMask());
  return { request, destinations };
}
