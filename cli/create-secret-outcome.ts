// What create-secret tells the person at the end (stderr): what was created and where it went.
// The value itself only ever goes to the destinations.
import type { CreatedSecret } from '../runbooks/created-secret.ts';
import type { SecretDestination } from '../runbooks/delivery/destination.ts';

export type CreateSecretOutcome =
  | { kind: 'created'; secret: CreatedSecret }
  | { kind: 'planned'; plan: object };

export function printOutcome(outcome: CreateSecretOutcome, destinations: SecretDestination[], stderr: NodeJS.WritableStream = process.stderr): void {
  if (outcome.kind === 'planned') {
    stderr.write(`Dry run: nothing was added. The plan:\n${JSON.stringify(outcome.plan, null, 2)}\n`);
    return;
  }
  const { secret } = outcome;
  stderr.write(
    [
      `Created client secret "${secret.description}" for ${secret.appName} (${secret.appId}).`,
      `  Secret ID: ${secret.secretId ?? '(this portal shows none)'}   hint: ${secret.hint}…   expires: ${secret.expires}`,
      `  Delivered to: ${destinations.map((destination) => destination.label).join(', ')}`,
      '  The portal will not show this value again.',
      '',
    ].join('\n'),
  );
}
