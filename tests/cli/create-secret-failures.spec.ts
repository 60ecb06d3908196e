// create-secret when the portal says no, the account is wrong, or delivery fails: the documented
// exit code, the portal's own words, and no secret added or left behind.
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecretRun } from '../support/create-secret-run.ts';
import { secretsSnapshot } from '../support/tenant-snapshot.ts';
import { saveSignIn } from '../support/saved-sign-in.ts';

const APP = 'Puzzel Office 365 connector';

test.describe('the portal refuses', () => {
  // The refusals come after the sign-in: each test starts from a saved one, as a user's later runs do.
  test.beforeEach(async ({ simulator }) => {
    await saveSignIn(simulator);
  });

  const refusals = [
    { fault: 'block-secrets', expires: '180d', message: /Credential type not allowed as per assigned policy/ },
    { fault: 'policy-max-days=30', expires: '90d', message: /Credential lifetime exceeds the max value allowed as per assigned policy/ },
    { fault: 'secret-limit', expires: '180d', message: /credential limit has been reached/ },
  ];
  for (const { fault, expires, message } of refusals) {
    test.describe(fault, () => {
      test.use({ simulatorConfig: { faults: [fault] } });

      test(`exit 5 with the portal's message, nothing added`, async ({ simulator, admin }) => {
        const before = await secretsSnapshot(admin);
        const run = await createSecretRun(simulator, admin, APP, ['--expires', expires]);
        expect(run.stderr).toMatch(message);
        expect(run.code).toBe(5);
        expect(await secretsSnapshot(admin)).toBe(before);
      });
    });
  }

  test.describe('add-fail-once', () => {
    test.use({ simulatorConfig: { faults: ['add-fail-once'] } });

    test('exit 5 with nothing added; the next run succeeds', async ({ simulator, admin }) => {
      const before = await secretsSnapshot(admin);
      const failed = await createSecretRun(simulator, admin, APP);
      expect(failed.stderr).toMatch(/Failed to update application|Update application credentials/);
      expect(failed.code).toBe(5);
      expect(await secretsSnapshot(admin)).toBe(before);

      const retried = await createSecretRun(simulator, admin, APP);
      expect(retried.code).toBe(0);
      expect(retried.after).toHaveLength(retried.before.length + 1);
    });
  });

  test('an app limited to two secrets takes one more, then refuses', async ({ simulator, admin }) => {
    const app = 'Fabrikam Consumer Portal';
    const first = await createSecretRun(simulator, admin, app);
    expect(first.code).toBe(0);
    expect(first.after).toHaveLength(2);
    const second = await createSecretRun(simulator, admin, app);
    expect(second.stderr).toMatch(/credential limit has been reached|maximum of 2/);
    expect(second.code).toBe(5);
    expect(second.after).toHaveLength(2);
  });
});

test.describe('the app is wrong, or named by its ID', () => {
  test.beforeEach(async ({ simulator }) => {
    await saveSignIn(simulator);
  });

  test('unknown app: exit 4, nothing changed', async ({ simulator, admin }) => {
    const before = await secretsSnapshot(admin);
    const run = await createSecretRun(simulator, admin, APP.replace('connector', 'connecter'), [], {});
    expect(run.stderr).toMatch(/No app registration named exactly "Puzzel Office 365 connecter"/);
    expect(run.code).toBe(4);
    expect(await secretsSnapshot(admin)).toBe(before);
  });

  test('an Application ID the portal does not know: exit 4 with its words, nothing changed', async ({ simulator, admin }) => {
    const before = await secretsSnapshot(admin);
    const run = await createSecretRun(simulator, admin, '00000000-0000-4000-8000-00000000dead');
    expect(run.stderr).toMatch(/no app registration with Application \(client\) ID 00000000-0000-4000-8000-00000000dead: "Application not found"/);
    expect(run.code).toBe(4);
    expect(await secretsSnapshot(admin)).toBe(before);
  });

  test('a name two registrations share: exit 4 listing both client IDs', async ({ simulator, admin }) => {
    const twins = (await admin.state()).tenant.apps.filter((app) => app.displayName === 'Contoso Intranet');
    expect(twins).toHaveLength(2);
    const before = await secretsSnapshot(admin);
    const run = await createSecretRun(simulator, admin, 'Contoso Intranet');
    for (const twin of twins) expect(run.stderr).toContain(twin.appId);
    expect(run.code).toBe(4);
    expect(await secretsSnapshot(admin)).toBe(before);
  });

  test('a near-twin name picks the exact one', async ({ simulator, admin }) => {
    const run = await createSecretRun(simulator, admin, 'Puzzel Office 365 connector (test)');
    expect(run.code).toBe(0);
    expect(run.after).toHaveLength(1);
    expect(await admin.secrets(APP)).toHaveLength(0);
  });

  test('by Application (client) ID', async ({ simulator, admin }) => {
    const app = await admin.app(APP);
    const run = await createSecretRun(simulator, admin, app.appId);
    expect(run.code).toBe(0);
    const delivered = await run.document();
    expect((await admin.secrets(APP)).map((secret) => secret.value)).toEqual([delivered.value]);
    expect(delivered.appName).toBe(APP);
  });

});

// The sign-in's refusals, met as a new user's first run meets them: no saved sign-in.
test.describe('the account is wrong', () => {
  test('wrong password: exit 3 with the sign-in page\'s words', async ({ simulator, admin }) => {
    const before = await secretsSnapshot(admin);
    const run = await createSecretRun(simulator, admin, APP, [], { PORTAL_PASSWORD: 'not-the-password' });
    expect(run.stderr).toMatch(/Your account or password is incorrect/);
    // The refusal ends the run: nothing goes on signing in behind it.
    expect(run.stderr).not.toMatch(/sign in again/);
    expect(run.code).toBe(3);
    expect(await secretsSnapshot(admin)).toBe(before);
  });

  test.describe('an account with a phone only, no authenticator app (portal.md §2.4)', () => {
    test.use({ simulatorConfig: { mfa: 'sms-only' } });

    test('exit 3 saying the account has no authenticator app and what the sign-in offers, nothing changed', async ({ simulator, admin }) => {
      const before = await secretsSnapshot(admin);
      const run = await createSecretRun(simulator, admin, APP);
      expect(run.stderr).toMatch(/This account has no authenticator app to give a verification code: the sign-in offers only "Text \+X XXXXXXXX12"\. .*PORTAL_TOTP_SECRET/);
      expect(run.stderr).not.toMatch(/sign in again/);
      expect(run.code).toBe(3);
      expect(await secretsSnapshot(admin)).toBe(before);
    });
  });

  test('wrong TOTP secret: exit 3 with the sign-in page\'s words', async ({ simulator, admin }) => {
    const before = await secretsSnapshot(admin);
    const run = await createSecretRun(simulator, admin, APP, [], { PORTAL_TOTP_SECRET: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' });
    expect(run.stderr).toMatch(/You didn't enter the expected verification code/);
    expect(run.code).toBe(3);
    expect(await secretsSnapshot(admin)).toBe(before);
  });
});
