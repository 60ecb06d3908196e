// Faults and refusals: each ends with a typed error and leaves the app's secrets as they were.
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecret } from '../../runbooks/create-secret-runbook.ts';
import type { CreateSecretRequest } from '../../runbooks/create-secret-request.ts';
import { RunbookError, type FailureKind } from '../../runbooks/errors.ts';
import type { ExpiryRequest } from '../../runbooks/expiry.ts';
import { MemoryDestination, optionsFor } from './runbook-support.ts';

const APP = 'Puzzel Office 365 connector';

function request(expires: ExpiryRequest = { kind: 'days', days: 180 }, extra: Partial<CreateSecretRequest> = {}): CreateSecretRequest {
  return { app: { kind: 'name', displayName: APP }, description: 'rotation', expires, navigate: false, dryRun: false, ...extra };
}

async function failure(run: Promise<unknown>): Promise<RunbookError> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RunbookError);
  return error as RunbookError;
}

const REFUSALS: { fault: string; app?: string; kind: FailureKind; message: RegExp }[] = [
  { fault: 'add-fail-once', kind: 'portal-refused', message: /^The portal refused the new secret: \S/ },
  { fault: 'block-secrets', kind: 'portal-refused', message: /^The portal refused the new secret: \S/ },
  { fault: 'secret-limit', kind: 'portal-refused', message: /^The portal refused the new secret: \S/ },
  { fault: 'policy-max-days=30', kind: 'portal-refused', message: /Credential lifetime exceeds the max value allowed as per assigned policy/ },
];

for (const refusal of REFUSALS) {
  test.describe(`fault ${refusal.fault}`, () => {
    test.use({ simulatorConfig: { faults: [refusal.fault] } });

    test('is a typed refusal and adds nothing', async ({ simulator, admin }) => {
      const before = await admin.secrets(APP);
      const destination = new MemoryDestination();
      const error = await failure(createSecret(request(), optionsFor(simulator, { destinations: [destination] })));
      expect(error.kind).toBe(refusal.kind);
      expect(error.message).toMatch(refusal.message);
      expect(destination.delivered).toBeUndefined();
      expect((await admin.secrets(APP)).map((s) => s.keyId)).toEqual(before.map((s) => s.keyId));
    });
  });
}

// session-expire-once (a second sign-in mid-run) is covered where it matters, through the command:
// tests/cli/create-secret.spec.ts.

test.describe('2019 portal', () => {
  test.use({ simulatorConfig: { ui: '2019' } });

  for (const expires of [{ kind: 'days', days: 180 }, { kind: 'date', end: '2099-01-01' }] as const) {
    test(`refuses ${expires.kind === 'days' ? '180d' : 'an end date'} before Add, listing what it offers`, async ({ simulator, admin }) => {
      const error = await failure(createSecret(request(expires), optionsFor(simulator)));
      expect(error.kind).toBe('bad-input');
      expect(error.message).toContain('"In 1 year", "In 2 years"');
      expect(await admin.secrets(APP)).toHaveLength(0);
    });
  }
});

test('the current portal refuses 1y (no silent 365 days)', async ({ simulator, admin }) => {
  const error = await failure(createSecret(request({ kind: 'years', years: 1 }), optionsFor(simulator)));
  expect(error.kind).toBe('bad-input');
  expect(error.message).toContain('"90 days (3 months)"');
  expect(await admin.secrets(APP)).toHaveLength(0);
});

test('an unknown app and a near-twin prefix are not found', async ({ simulator }) => {
  const totpMemory = new Map<string, number>(); // two sign-ins in one test: never the same code
  for (const name of ['Puzzel Office 365', 'No such app']) {
    const error = await failure(createSecret(request(undefined, { app: { kind: 'name', displayName: name } }), optionsFor(simulator, { totpMemory })));
    expect(error.kind).toBe('app-not-found');
  }
});

test('a wrong password is a sign-in failure', async ({ simulator }) => {
  const options = optionsFor(simulator);
  options.account.password = 'not-the-password';
  const error = await failure(createSecret(request(), options));
  expect(error.kind).toBe('sign-in');
  expect(error.message).toContain('Your account or password is incorrect');
});

test('a wrong authenticator secret is a sign-in failure', async ({ simulator }) => {
  const options = optionsFor(simulator);
  options.account.totpSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  const error = await failure(createSecret(request(), options));
  expect(error.kind).toBe('sign-in');
  expect(error.message).toMatch(/verification code/);
});
