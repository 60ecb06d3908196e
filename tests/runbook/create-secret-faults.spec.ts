// Expiries the portal does not offer: a typed bad-input error before Add, listing what it offers.
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecret } from '../../runbooks/create-secret-runbook.ts';
import type { CreateSecretRequest } from '../../runbooks/create-secret-request.ts';
import { RunbookError } from '../../runbooks/errors.ts';
import type { ExpiryRequest } from '../../runbooks/expiry.ts';
import { optionsFor } from './runbook-support.ts';

const APP = 'Puzzel Office 365 connector';

function request(expires: ExpiryRequest = { kind: 'days', days: 180 }, extra: Partial<CreateSecretRequest> = {}): CreateSecretRequest {
  return { app: { kind: 'name', displayName: APP }, description: 'rotation', expires, navigate: false, dryRun: false, ...extra };
}

async function failure(run: Promise<unknown>): Promise<RunbookError> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RunbookError);
  return error as RunbookError;
}

// The portal's refusals (exit 5), a wrong password or authenticator secret (exit 3) and unknown
// apps (exit 4) run once, through the command: tests/cli/create-secret-failures.spec.ts. Here: the
// expiry matching, which has no command-level twin beyond one case.

test.describe('2019 portal', () => {
  test.use({ simulatorConfig: { ui: '2019' } });

  // 180d on this portal runs once, through the command (tests/cli/create-secret-delivery.spec.ts).
  test('refuses an end date before Add, listing what it offers', async ({ simulator, admin }) => {
    const error = await failure(createSecret(request({ kind: 'date', end: '2099-01-01' }), optionsFor(simulator)));
    expect(error.kind).toBe('bad-input');
    expect(error.message).toContain('"In 1 year", "In 2 years"');
    expect(error.message).toContain('ask for one of those with --expires 1y or 2y.');
    expect(await admin.secrets(APP)).toHaveLength(0);
  });
});

test('the current portal refuses 1y (no silent 365 days)', async ({ simulator, admin }) => {
  const error = await failure(createSecret(request({ kind: 'years', years: 1 }), optionsFor(simulator)));
  expect(error.kind).toBe('bad-input');
  expect(error.message).toContain('"90 days (3 months)"');
  expect(error.message).toContain('--expires 180d, 90d, 365d, 545d, 730d or an end date YYYY-MM-DD.');
  expect(await admin.secrets(APP)).toHaveLength(0);
});
