// Which secrets a delete or a rotation's retirement means, from the list as the portal showed it.
// A description that matches several is refused with the matches named: deleting the wrong one
// cannot be undone.
import { badInput, RunbookError } from '../errors.ts';
import type { ListedSecret } from './list-credentials.ts';

export type SecretChoice = { kind: 'secret-id'; secretId: string } | { kind: 'description'; description: string } | { kind: 'expired' };

export const RETIRE_CHOICES = ['none', 'expired', 'older-same-description', 'all-older'] as const;
export type RetireChoice = (typeof RETIRE_CHOICES)[number];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function secretIdChoice(text: string): SecretChoice {
  const secretId = text.trim().toLowerCase();
  if (!GUID.test(secretId)) throw badInput(`--secret-id: "${text}" is not a GUID (the Secret ID column shows one, e.g. 0f3c2d1e-…); to name a secret by its description use --description.`);
  return { kind: 'secret-id', secretId };
}

function named(secret: ListedSecret): string {
  return `"${secret.description}" (Secret ID ${secret.secretId ?? 'none shown'}, ends ${secret.endDate})`;
}

/** The secrets `choice` names among `listed`; none for --expired when none has expired. */
export function chooseSecrets(listed: ListedSecret[], choice: SecretChoice, appName: string): ListedSecret[] {
  if (choice.kind === 'expired') return listed.filter((secret) => secret.status === 'expired');
  if (choice.kind === 'secret-id') {
    const found = listed.filter((secret) => secret.secretId === choice.secretId);
    if (found.length === 0) throw new RunbookError('app-not-found', `${appName} has no client secret with Secret ID ${choice.secretId}: nothing was deleted.`);
    return found;
  }
  const found = listed.filter((secret) => secret.description === choice.description);
  if (found.length === 0) throw new RunbookError('app-not-found', `${appName} has no client secret described "${choice.description}": nothing was deleted.`);
  if (found.length > 1) {
    throw badInput(`--description "${choice.description}" matches ${found.length} secrets of ${appName}: ${found.map(named).join('; ')}. Name one with --secret-id: nothing was deleted.`);
  }
  return found;
}

/** The old secrets (listed before the new one was added) that a rotation retires once the new one is delivered. */
export function secretsToRetire(before: ListedSecret[], description: string, retire: RetireChoice): ListedSecret[] {
  switch (retire) {
    case 'none':
      return [];
    case 'expired':
      return before.filter((secret) => secret.status === 'expired');
    case 'older-same-description':
      return before.filter((secret) => secret.description === description);
    case 'all-older':
      return [...before];
  }
}
