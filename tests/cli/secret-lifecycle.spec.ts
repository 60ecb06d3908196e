// The secret lifecycle through the CLI, on one signed-in account as a user's runs are (a saved
// sign-in, so no run here pays the sign-in pages): rotate with overlap, then retiring; delete
// exactly what was named; ensure as a no-op or one new secret; a delivery that fails rolls back.
// Every outcome is checked against the simulator's own record.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/simulator-fixture.ts';
import { ids, lifecycle, newOnes } from '../support/lifecycle-run.ts';

const APP = 'Contoso HR sync';


test('rotate overlaps, a description matching two is refused, retiring removes only the older ones, delete removes exactly the one named', async ({ simulator, admin }) => {
  test.setTimeout(300_000);
  const l = await lifecycle(simulator, admin, APP);
  const original = await l.secrets();

  const first = await l.run(['rotate', '--app', APP, '--description', 'svc-a', '--output', 'a1.json']);
  expect(first.code, first.stderr).toBe(0);
  const second = await l.run(['rotate', '--app', APP, '--description', 'svc-a', '--output', 'a2.json']);
  expect(second.code, second.stderr).toBe(0);
  expect(second.stderr).toContain('Nothing retired (--retire none)');
  const overlapping = await l.secrets();
  const [a1, a2] = newOnes(overlapping, original);
  // Overlap: both new secrets and every old one are there; each file holds its own secret's value.
  expect(overlapping).toHaveLength(original.length + 2);
  expect([await l.delivered('a1.json'), await l.delivered('a2.json')].sort()).toEqual([a1!.value, a2!.value].sort());

  const ambiguous = await l.run(['delete-secret', '--app', APP, '--description', 'svc-a', '--yes']);
  expect(ambiguous.code, ambiguous.stderr).toBe(2);
  expect(ambiguous.stderr).toMatch(/--description "svc-a" matches 2 secrets/);
  expect(ids(await l.secrets())).toEqual(ids(overlapping));

  const third = await l.run(['rotate', '--app', APP, '--description', 'svc-a', '--retire', 'older-same-description', '--output', 'a3.json']);
  expect(third.code, third.stderr).toBe(0);
  const rotated = await l.secrets();
  const [a3] = newOnes(rotated, overlapping);
  expect(await l.delivered('a3.json')).toBe(a3!.value);
  // The two older svc-a are gone; the app's own secrets stay.
  expect(ids(rotated)).toEqual(ids([...original, a3!]));

  const target = original[0]!;
  const deleted = await l.run(['delete-secret', '--app', APP, '--secret-id', target.keyId, '--yes']);
  expect(deleted.code, deleted.stderr).toBe(0);
  expect(ids(await l.secrets())).toEqual(ids(rotated.filter((secret) => secret.keyId !== target.keyId)));

  // The run record names every change, and never a value.
  const record = await readFile(join(l.dir, 'record.jsonl'), 'utf8');
  for (const value of [a1!.value, a2!.value, a3!.value]) expect(record).not.toContain(value);
  const operations = record.trim().split('\n').map((line) => (JSON.parse(line) as { operation: string; secretId: string }));
  expect(operations.filter((entry) => entry.operation === 'add').map((entry) => entry.secretId).sort()).toEqual([a1!.keyId, a2!.keyId, a3!.keyId].sort());
  expect(operations.filter((entry) => entry.operation === 'retire').map((entry) => entry.secretId).sort()).toEqual([a1!.keyId, a2!.keyId].sort());
  expect(operations.filter((entry) => entry.operation === 'delete').map((entry) => entry.secretId)).toEqual([target.keyId]);
});

test('ensure adds one secret when none covers it, then changes nothing while one does; --json says which', async ({ simulator, admin }) => {
  test.setTimeout(240_000);
  const l = await lifecycle(simulator, admin, APP);
  const original = await l.secrets();

  const created = await l.run(['ensure', '--app', APP, '--description', 'svc-b', '--min-days', '30', '--expires', '90d', '--json']);
  expect(created.code, created.stderr).toBe(0);
  const afterCreate = await l.secrets();
  const [added] = newOnes(afterCreate, original);
  expect(afterCreate).toHaveLength(original.length + 1);
  const createdDocument = JSON.parse(created.stdout) as { outcome: string; value: string; secretId: string };
  expect(createdDocument).toMatchObject({ outcome: 'created', value: added!.value, secretId: added!.keyId });

  const covered = await l.run(['ensure', '--app', APP, '--description', 'svc-b', '--min-days', '30', '--json']);
  expect(covered.code, covered.stderr).toBe(0);
  expect(JSON.parse(covered.stdout)).toMatchObject({ outcome: 'covered', secretId: added!.keyId });
  expect(covered.stdout).not.toContain(added!.value);
  expect(ids(await l.secrets())).toEqual(ids(afterCreate));

  // 90 days do not cover 120: exactly one more.
  const again = await l.run(['ensure', '--app', APP, '--description', 'svc-b', '--min-days', '120', '--output', 'b2.json']);
  expect(again.code, again.stderr).toBe(0);
  const [second] = newOnes(await l.secrets(), afterCreate);
  expect(await l.secrets()).toHaveLength(original.length + 2);
  expect(await l.delivered('b2.json')).toBe(second!.value);
});

test('rotate whose delivery fails (--to-command exits 1) deletes the new secret and retires nothing', async ({ simulator, admin }) => {
  const l = await lifecycle(simulator, admin, APP);
  const original = await l.secrets();
  const result = await l.run(['rotate', '--app', APP, '--description', 'svc-c', '--retire', 'all-older', '--to-command', 'false']);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(/The secret this run added was deleted from the portal/);
  expect(ids(await l.secrets())).toEqual(ids(original));
  for (const value of await admin.issuedValues()) expect(result.stderr + result.stdout).not.toContain(value);
});

test('list-secrets --json reads every row of a long, virtualised list with its dates, and the certificates', async ({ simulator, admin }) => {
  await admin.reset({ latency: 40, jitter: 30, markup: { grid: 'virtual' } });
  await admin.seedCredentials(APP, { secrets: 26, expired: 3, expiringSoon: 4, certificates: 3 });
  const l = await lifecycle(simulator, admin, APP);
  const result = await l.run(['list-secrets', '--app', APP, '--json']);
  expect(result.code, result.stderr).toBe(0);
  const document = JSON.parse(result.stdout) as { tenantId: string; appId: string; secrets: { secretId: string; endDate: string; status: string }[]; certificates: { thumbprint: string; endDate: string }[] };
  const app = await admin.app(APP);
  expect(document.appId).toBe(app.appId);
  expect(document.tenantId).toBe((await admin.state()).tenant.tenantId);
  const shown = document.secrets.map((secret) => [secret.secretId, secret.endDate]).sort();
  expect(shown).toEqual(app.secrets.map((secret) => [secret.keyId, secret.endDateTime.slice(0, 10)]).sort());
  expect(document.secrets.filter((secret) => secret.status === 'expired')).toHaveLength(3);
  expect(document.certificates.map((c) => c.thumbprint).sort()).toEqual(app.certificates.map((c) => c.thumbprint).sort());
});

test('--verify delivers a secret once the sign-in service issues a token with it, after its propagation delay', async ({ simulator, admin }) => {
  await admin.reset({ latency: 40, jitter: 30, tokenPropagation: 5000 });
  const l = await lifecycle(simulator, admin, APP);
  const original = await l.secrets();
  const result = await l.run(['create-secret', '--app', APP, '--description', 'svc-v', '--verify', '--output', 'v.json']);
  expect(result.code, result.stderr).toBe(0);
  const [added] = newOnes(await l.secrets(), original);
  expect(await l.delivered('v.json')).toBe(added!.value);
  expect(result.stderr).toMatch(/the new secret worked after \d+(\.\d)? s/);
  // At least one refusal while it propagated, then the token.
  const tokens = (await admin.state()).tokenRequests;
  expect(tokens.propagating ?? 0).toBeGreaterThanOrEqual(1);
  expect(tokens.issued).toBe(1);
  const record = (await readFile(join(l.dir, 'record.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { operation: string; verifiedAfterSeconds?: number; tenantId: string });
  expect(record).toHaveLength(1);
  expect(record[0]!.verifiedAfterSeconds).toBeGreaterThan(0);
  expect(record[0]!.tenantId).toBe((await admin.state()).tenant.tenantId);
  expect(result.stderr + result.stdout).not.toContain(added!.value);
});

test('--verify on a secret the sign-in service never accepts rolls it back and delivers nothing (exit 10)', async ({ simulator, admin }) => {
  await admin.reset({ latency: 40, jitter: 30, tokenPropagation: 0, faults: ['token-never'] });
  const l = await lifecycle(simulator, admin, APP);
  const original = await l.secrets();
  // The limit is the sign-in service's: shortened here so the test does not wait out 90 s.
  const result = await l.run(['rotate', '--app', APP, '--description', 'svc-w', '--verify', '--retire', 'all-older', '--output', 'w.json'], { PORTAL_VERIFY_LIMIT: '4' });
  expect(result.code, result.stderr).toBe(10);
  expect(result.stderr).toMatch(/AADSTS7000215/);
  expect(result.stderr).toMatch(/The secret this run added was deleted from the portal/);
  expect(ids(await l.secrets())).toEqual(ids(original));
  await expect(readFile(join(l.dir, 'w.json'))).rejects.toThrow(/ENOENT/);
  for (const value of await admin.issuedValues()) expect(result.stderr + result.stdout).not.toContain(value);
});

test('rotate on an app whose long list the grid draws virtualised reads every row, adds once and retires the one asked', async ({ simulator, admin }) => {
  await admin.reset({ latency: 40, jitter: 30, markup: { grid: 'virtual' } });
  await admin.seedCredentials(APP, { secrets: 18, expired: 2 });
  const l = await lifecycle(simulator, admin, APP);
  const original = await l.secrets();
  const result = await l.run(['rotate', '--app', APP, '--description', 'svc-long', '--retire', 'expired', '--output', 'long.json']);
  expect(result.code, result.stderr).toBe(0);
  const after = await l.secrets();
  const [added] = newOnes(after, original);
  expect(await l.delivered('long.json')).toBe(added!.value);
  const expired = original.filter((secret) => secret.endDateTime < new Date().toISOString());
  expect(expired).toHaveLength(2);
  expect(ids(after)).toEqual(ids([...original.filter((secret) => !expired.includes(secret)), added!]));
});
