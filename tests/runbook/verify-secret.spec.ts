// verifySecret against the simulator's token endpoint, in-process (no browser): a new secret is
// refused while it propagates and then works; a deleted, expired or never-working secret ends in
// 'not-verified' with the endpoint's words, never the value.
import { RunbookError } from '../../runbooks/errors.ts';
import { retryDelayMs, tokenEndpointOf, verifySecret, type VerifySecretOptions } from '../../runbooks/verify-secret.ts';
import { expect, test } from '../support/simulator-fixture.ts';
import type { SimulatorAdmin } from '../support/simulator-admin.ts';
import type { RunningSimulator } from '../../simulator/index.ts';

test.use({ simulatorConfig: { latency: 20, jitter: 10, tokenPropagation: 1500 } });

const APP = 'Contoso HR sync';

async function target(simulator: RunningSimulator, admin: SimulatorAdmin): Promise<Pick<VerifySecretOptions, 'signInOrigin' | 'tenantId' | 'clientId'>> {
  const { tenant } = await admin.state();
  return { signInOrigin: simulator.loginUrl, tenantId: tenant.tenantId, clientId: (await admin.app(APP)).appId };
}

async function refusal(promise: Promise<unknown>): Promise<RunbookError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(RunbookError);
  return error as RunbookError;
}

test('the pacing: 1 s, 2 s, 4 s, then 8 s each; the endpoint from the origin and tenant', () => {
  expect([1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  expect(tokenEndpointOf('https://login.microsoftonline.com/', 'contoso.onmicrosoft.com')).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token');
});

test('a new secret: refused while it propagates (1.5 s here), then a token; attempts and time reported, no value in the notes', async ({ simulator, admin }) => {
  const where = await target(simulator, admin);
  const secret = await admin.addSecret(where.clientId!);
  const notes: string[] = [];
  const verified = await verifySecret({ ...where, secret: secret.value, limitMs: 20_000, note: (message) => notes.push(message) });
  expect(verified.afterMs).toBeGreaterThanOrEqual(1500);
  expect(verified.attempts).toBeGreaterThanOrEqual(2);
  const counts = await admin.tokenRequests();
  expect(counts.issued).toBe(1);
  expect(counts.propagating).toBe(verified.attempts - 1);
  expect(notes.join('\n')).toContain('AADSTS7000215');
  expect(notes.join('\n')).not.toContain(secret.value);
});

test('a secret that works: one attempt, the tenant named by its domain', async ({ simulator, admin }) => {
  const where = await target(simulator, admin);
  const [seeded] = await admin.secrets(APP);
  const verified = await verifySecret({ ...where, tenantId: 'contoso-sim.onmicrosoft.com', secret: seeded!.value });
  expect(verified.attempts).toBe(1);
});

test('a deleted secret added long ago: refused at once (7000215), not after the limit', async ({ simulator, admin }) => {
  const where = await target(simulator, admin);
  const [seeded] = await admin.secrets(APP);
  await admin.deleteSecret(where.clientId!, seeded!.keyId);
  const started = Date.now();
  const error = await refusal(verifySecret({ ...where, secret: seeded!.value, addedAt: Date.parse(seeded!.createdAt) }));
  expect(Date.now() - started).toBeLessThan(2000);
  expect(error.kind).toBe('not-verified');
  expect(error.message).toContain('AADSTS7000215: Invalid client secret provided.');
  expect(error.message).toContain('wrong, or it was deleted');
  expect(error.message).not.toContain(seeded!.value);
  expect((await admin.tokenRequests())['invalid-secret']).toBe(1);
});

test('an expired secret: 7000222 in plain words, at once', async ({ simulator, admin }) => {
  const where = await target(simulator, admin);
  const day = 86_400_000;
  const secret = await admin.addSecret(where.clientId!, { startDateTime: new Date(Date.now() - 100 * day).toISOString(), endDateTime: new Date(Date.now() - day).toISOString(), createdAt: new Date(Date.now() - 100 * day).toISOString() });
  const error = await refusal(verifySecret({ ...where, secret: secret.value }));
  expect(error.kind).toBe('not-verified');
  expect(error.message).toMatch(/AADSTS7000222: The provided client secret keys for app '[0-9a-f-]{36}' are expired\./);
  expect(error.message).toContain('on attempt 1');
  expect(error.message).not.toContain(secret.value);
  expect((await admin.tokenRequests())['expired-secret']).toBe(1);
});

test('an unknown tenant: 90002, not retried', async ({ simulator, admin }) => {
  const where = await target(simulator, admin);
  const [seeded] = await admin.secrets(APP);
  const error = await refusal(verifySecret({ ...where, tenantId: 'tailspin-sim.onmicrosoft.com', secret: seeded!.value }));
  expect(error.message).toContain("AADSTS90002: Tenant 'tailspin-sim.onmicrosoft.com' not found.");
  expect((await admin.tokenRequests())['unknown-tenant']).toBe(1);
});

test('token-never: a secret that never works ends at the limit (3 s), saying how long it tried', async ({ simulator, admin }) => {
  await admin.configure({ faults: ['token-never'], tokenPropagation: 0 });
  const where = await target(simulator, admin);
  const secret = await admin.addSecret(where.clientId!);
  const started = Date.now();
  const error = await refusal(verifySecret({ ...where, secret: secret.value, limitMs: 3000 }));
  const took = Date.now() - started;
  expect(took).toBeGreaterThanOrEqual(3000);
  expect(took).toBeLessThan(6000);
  expect(error.kind).toBe('not-verified');
  expect(error.message).toMatch(/after \d+ attempts in 3\.\d s, the token endpoint .* still answered "AADSTS7000215: Invalid client secret provided\./);
  expect(error.message).not.toContain(secret.value);
  expect((await admin.tokenRequests())['token-never']).toBeGreaterThanOrEqual(3);
});
