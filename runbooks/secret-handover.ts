// After Add: check the value read from the new row, deliver it and confirm each delivery, all
// before leaving the blade. If any of that fails, or the run is interrupted, the deliveries made
// are withdrawn and the error goes on to the run's record of what it added (added-secrets.ts),
// which deletes the new secret in the portal (nothing lost); no message carries the value.
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import type { SecretRow } from '../pages/certificates-secrets-blade.ts';
import type { PortalDates } from '../pages/portal-dates.ts';
import type { CreatedSecret } from './created-secret.ts';
import type { SecretDestination } from './delivery/destination.ts';
import type { Redactor } from './redact.ts';
import { interruptedError } from './run-steps.ts';
import { checkNewRow } from './secret-check.ts';
import type { Steps } from './steps.ts';
import { STEP_TITLES } from './step-titles.ts';

export interface Handover {
  app: AppMatch;
  /** Directory (tenant) ID, read from the portal. */
  tenantId: string;
  /** The new row, read with its value. */
  row: SecretRow;
  description: string;
  expectedEnd: string;
  /** How the page writes dates, as learned before Add. */
  dates: PortalDates;
  portalUrl: string;
  destinations: SecretDestination[];
  steps: Steps;
  redactor: Redactor;
  signal?: AbortSignal;
  /** After the checks, before any delivery: a secret that fails it is never delivered (--verify). */
  beforeDelivery?: (secret: CreatedSecret) => Promise<void>;
}

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw interruptedError(true);
}

export async function handOver(h: Handover): Promise<CreatedSecret> {
  const { row } = h;
  const delivered: SecretDestination[] = [];
  try {
    throwIfInterrupted(h.signal);
    const checked = await h.steps.run(STEP_TITLES.check, async () =>
      checkNewRow(row, { description: h.description, endDate: h.expectedEnd }, h.dates),
    );
    const secret: CreatedSecret = {
      tenantId: h.tenantId,
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
    if (h.beforeDelivery) await h.beforeDelivery(secret);
    for (const destination of h.destinations) {
      throwIfInterrupted(h.signal);
      delivered.push(destination);
      await h.steps.run(STEP_TITLES.deliver(destination.label), () => destination.deliver(secret));
      await h.steps.run(STEP_TITLES.readBack(destination.label), () => destination.confirm(secret));
    }
    throwIfInterrupted(h.signal);
    return secret;
  } catch (error) {
    // The secret is about to be deleted: a destination that holds its value lets go of it first.
    for (const destination of delivered.reverse()) {
      await destination.withdraw?.().catch(() => undefined);
    }
    throw h.redactor.scrubError(error);
  }
}
