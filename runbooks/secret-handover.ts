// After Add: read the value from the new row, check it, deliver it and confirm each delivery,
// all before leaving the blade. If any of that fails, or the run is interrupted, the new secret
// is deleted in the portal (nothing lost) and no message carries the value (nothing leaked).
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import type { CertificatesSecretsBlade } from '../pages/certificates-secrets-blade.ts';
import type { PortalDates } from '../pages/portal-dates.ts';
import type { AddedSecret } from './add-secret.ts';
import type { CreatedSecret } from './created-secret.ts';
import type { SecretDestination } from './delivery/destination.ts';
import { RunbookError } from './errors.ts';
import type { InterruptionGuard } from './interruption-guard.ts';
import type { Redactor } from './redact.ts';
import { checkNewRow } from './secret-check.ts';
import type { Steps } from './steps.ts';
import { STEP_TITLES } from './step-titles.ts';

export interface Handover {
  app: AppMatch;
  added: AddedSecret;
  description: string;
  expectedEnd: string;
  /** How the page writes dates, as learned before Add. */
  dates: PortalDates;
  portalUrl: string;
  destinations: SecretDestination[];
  steps: Steps;
  redactor: Redactor;
  guard: InterruptionGuard;
  /** Opens the blade again (deep link) when an interruption reloaded the portal before a rollback. */
  reopen: () => Promise<CertificatesSecretsBlade>;
  signal?: AbortSignal;
}

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RunbookError('interrupted', 'Interrupted (SIGINT) before the secret was safely delivered.');
}

export async function handOver(h: Handover): Promise<CreatedSecret> {
  const row = h.added.row;
  const delivered: SecretDestination[] = [];
  try {
    throwIfInterrupted(h.signal);
    const checked = await h.steps.run(STEP_TITLES.check, async () =>
      checkNewRow(row, { description: h.description, endDate: h.expectedEnd }, h.dates),
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
      await h.steps.run(STEP_TITLES.deliver(destination.label), () => destination.deliver(secret));
      await h.steps.run(STEP_TITLES.readBack(destination.label), () => destination.confirm(secret));
    }
    throwIfInterrupted(h.signal);
    return secret;
  } catch (error) {
    throw await rollBack(h, delivered, h.redactor.scrubError(error));
  }
}

/** Deletes the new secret (the blade opened again if an interruption reloaded it) and withdraws deliveries. */
async function rollBack(h: Handover, delivered: SecretDestination[], cause: unknown): Promise<RunbookError> {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const kind = cause instanceof RunbookError ? cause.kind : 'other';
  for (const destination of delivered.reverse()) {
    await destination.withdraw?.().catch(() => undefined);
  }
  const { row } = h.added;
  const what = `app "${h.app.displayName}" (${h.app.appId}), description "${h.description}"${row.secretId ? `, Secret ID ${row.secretId}` : ''}`;
  let blade = h.added.blade;
  const rowOf = (b: CertificatesSecretsBlade) => b.rowOf(row);
  try {
    await h.steps.run('Delete the new secret (it was not handed over)', () =>
      h.redactor.guard(() =>
        h.guard.protect(
          'Delete the new secret',
          () => blade.deleteRow(rowOf(blade)),
          async () => {
            blade = await h.reopen();
            await blade.selectClientSecrets();
          },
        ),
      ),
    );
  } catch (deletion) {
    const detail = deletion instanceof Error ? deletion.message.split('\n')[0] : String(deletion);
    return new RunbookError(kind, `${reason}\nThe new secret could NOT be deleted (${h.redactor.scrub(detail ?? '')}). Delete it by hand: ${what}.`, { cause });
  }
  return new RunbookError(kind, `${reason}\nThe new secret was deleted from the portal, so nothing was left behind (${what}).`, { cause });
}
