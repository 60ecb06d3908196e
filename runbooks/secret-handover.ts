// After Add: read the value from the new row, check it, deliver it and confirm each delivery,
// all before leaving the blade. If any of that fails, or the run is interrupted, the new secret
// is deleted in the portal (nothing lost) and no message carries the value (nothing leaked).
import type { Locator } from 'playwright';
import type { CertificatesSecretsBlade, SecretRow } from '../pages/certificates-secrets-blade.ts';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import type { CreatedSecret } from './created-secret.ts';
import type { SecretDestination } from './delivery/destination.ts';
import { RunbookError } from './errors.ts';
import type { Redactor } from './redact.ts';
import { checkNewRow } from './secret-check.ts';
import type { Steps } from './steps.ts';

export interface Handover {
  app: AppMatch;
  blade: CertificatesSecretsBlade;
  newRow: Locator;
  before: SecretRow[];
  description: string;
  expectedEnd: string;
  portalUrl: string;
  destinations: SecretDestination[];
  steps: Steps;
  redactor: Redactor;
  signal?: AbortSignal;
}

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RunbookError('interrupted', 'Interrupted (SIGINT) before the secret was safely delivered.');
}

export async function handOver(h: Handover): Promise<CreatedSecret> {
  let secretId = '';
  const delivered: SecretDestination[] = [];
  try {
    const row = await h.steps.run('Read the new secret from its row', async () => {
      await h.newRow.first().waitFor({ state: 'visible' });
      const known = new Set(h.before.map((old) => `${old.secretId}|${old.description}|${old.value}`));
      const fresh = (await h.blade.secrets()).filter((r) => !known.has(`${r.secretId}|${r.description}|${r.value}`) && !r.value.includes('*'));
      if (fresh.length !== 1) throw new RunbookError('other', `Expected one new row after Add, found ${fresh.length}.`);
      h.redactor.add(fresh[0]!.value);
      secretId = fresh[0]!.secretId;
      return fresh[0]!;
    });
    throwIfInterrupted(h.signal);
    const checked = await h.steps.run('Check the value, description and end date', async () =>
      checkNewRow(row, { description: h.description, endDate: h.expectedEnd }),
    );
    const secret: CreatedSecret = {
      appName: h.app.displayName,
      appId: h.app.appId,
      description: row.description,
      secretId: row.secretId || null,
      hint: checked.hint,
      expires: checked.expires,
      value: row.value,
      createdAt: new Date().toISOString(),
      portalUrl: h.portalUrl,
    };
    for (const destination of h.destinations) {
      throwIfInterrupted(h.signal);
      delivered.push(destination);
      await h.steps.run(`Deliver to ${destination.label}`, () => destination.deliver(secret));
      await h.steps.run(`Read back ${destination.label}`, () => destination.confirm(secret));
    }
    throwIfInterrupted(h.signal);
    return secret;
  } catch (error) {
    throw await rollBack(h, secretId, delivered, h.redactor.scrubError(error));
  }
}

/** Deletes the new secret and withdraws deliveries; returns the error to throw. */
async function rollBack(h: Handover, secretId: string, delivered: SecretDestination[], cause: unknown): Promise<RunbookError> {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const kind = cause instanceof RunbookError ? cause.kind : 'other';
  for (const destination of delivered.reverse()) {
    await destination.withdraw?.().catch(() => undefined);
  }
  const what = `app "${h.app.displayName}" (${h.app.appId}), description "${h.description}"${secretId ? `, Secret ID ${secretId}` : ''}`;
  try {
    await h.steps.run('Delete the new secret (it was not handed over)', () =>
      h.redactor.guard(() => h.blade.deleteRow(secretId ? h.blade.row(secretId) : h.newRow)),
    );
  } catch (deletion) {
    const detail = deletion instanceof Error ? deletion.message.split('\n')[0] : String(deletion);
    return new RunbookError(kind, `${reason}\nThe new secret could NOT be deleted (${detail}). Delete it by hand: ${what}.`, { cause });
  }
  return new RunbookError(kind, `${reason}\nThe new secret was deleted from the portal, so nothing was left behind (${what}).`, { cause });
}
