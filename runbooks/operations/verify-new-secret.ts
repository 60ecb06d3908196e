// --verify: before a new secret is delivered, prove it works: a client-credentials token from the
// token endpoint of the sign-in service the portal signed in with, for the tenant the portal
// showed. A secret that never works within the limit is not delivered (the run deletes it).
import type { AppMatch } from '../../pages/app-registrations-blade.ts';
import type { CreatedSecret } from '../created-secret.ts';
import type { PortalRun } from '../portal-run.ts';
import { badInput } from '../errors.ts';
import { verifySecret } from '../verify-secret.ts';

/** PORTAL_VERIFY_LIMIT: seconds a new secret may take to work (default 90; Entra's propagation takes seconds to a minute). */
export function verifyLimitFrom(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PORTAL_VERIFY_LIMIT?.trim();
  if (!text) return 90_000;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 900) throw badInput(`PORTAL_VERIFY_LIMIT is "${text}": a whole number of seconds from 1 to 900 (how long --verify waits for a new secret to work), or leave it unset (90).`);
  return seconds * 1000;
}

export interface Verified {
  afterSeconds: number;
}

/** The check addSecret runs before delivery; `verified` holds how long the secret took to work. */
export function verifierFor(run: PortalRun, verified: Map<string, Verified> = new Map()): (secret: CreatedSecret, app: AppMatch) => Promise<void> {
  return async (secret, app) => {
    const addedAt = Date.now();
    const title = 'Prove the new secret works (a client-credentials token from the sign-in service)';
    const result = await run.steps.run(title, () =>
      verifySecret({
        signInOrigin: run.session.signInOrigin,
        tenantId: secret.tenantId,
        clientId: app.appId,
        secret: secret.value,
        addedAt,
        limitMs: verifyLimitFrom(),
        note: (message) => run.steps.note(message),
        signal: run.options.signal,
      }),
    );
    const afterSeconds = Math.round(((Date.now() - addedAt) / 1000) * 10) / 10;
    verified.set(secret.value, { afterSeconds });
    run.steps.note(`the new secret worked after ${afterSeconds} s (${result.attempts} token request${result.attempts === 1 ? '' : 's'})`);
  };
}
