// Bad input gets a clear message naming the flag or variable, the documented exit code,
// and leaves the portal untouched.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/simulator-fixture.ts';
import { runCli } from '../support/cli.ts';
import { accountEnv } from '../support/account-env.ts';
import { secretsSnapshot } from '../support/tenant-snapshot.ts';
import { runFolder } from '../support/run-folder.ts';

const APP = 'Puzzel Office 365 connector';

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

interface Case {
  name: string;
  args: (out: string) => string[];
  env?: Record<string, string | undefined>;
  exit: number;
  message: RegExp;
}

const cases: Case[] = [
  { name: 'no destination', args: () => ['--app', APP], exit: 2, message: /--output FILE, --env-file FILE, --to-command CMD or --json/ },
  { name: '--expires never', args: (out) => ['--app', APP, '--expires', 'never', '--output', out], exit: 2, message: /--expires never: .*removed "Never" in April 2021/ },
  { name: 'end date past 24 months', args: (out) => ['--app', APP, '--expires', isoDay(800), '--output', out], exit: 2, message: /--expires .*more than 24 months/ },
  { name: 'end date in the past', args: (out) => ['--app', APP, '--expires', isoDay(-3), '--output', out], exit: 2, message: /--expires .*must be after today/ },
  { name: 'malformed date', args: (out) => ['--app', APP, '--expires', '2027-02-30', '--output', out], exit: 2, message: /--expires 2027-02-30: not a real calendar date/ },
  { name: 'a flag given twice', args: (out) => ['--app', APP, '--expires', '180d', '--expires', '1y', '--output', out], exit: 2, message: /--expires was given 2 times \(180d, 1y\); give it once/ },
  { name: 'unknown preset', args: (out) => ['--app', APP, '--expires', '100d', '--output', out], exit: 2, message: /--expires 100d: the portal offers 90d, 180d/ },
  { name: 'missing PORTAL_TOTP_SECRET', args: (out) => ['--app', APP, '--output', out], env: { PORTAL_TOTP_SECRET: undefined }, exit: 2, message: /PORTAL_TOTP_SECRET is not set/ },
  { name: 'malformed PORTAL_TOTP_SECRET', args: (out) => ['--app', APP, '--output', out], env: { PORTAL_TOTP_SECRET: 'not-base32!!' }, exit: 2, message: /PORTAL_TOTP_SECRET is not a base32 secret/ },
  { name: 'missing PORTAL_PASSWORD', args: (out) => ['--app', APP, '--output', out], env: { PORTAL_PASSWORD: '' }, exit: 2, message: /PORTAL_PASSWORD is not set/ },
  { name: '--env-key without --env-file', args: (out) => ['--app', APP, '--output', out, '--env-key', 'X'], exit: 2, message: /--env-key goes with --env-file/ },
  { name: 'bad --env-key', args: (out) => ['--app', APP, '--env-file', out, '--env-key', '1BAD'], exit: 2, message: /--env-key 1BAD/ },
  { name: 'simulator flag without --simulator', args: (out) => ['--app', APP, '--output', out, '--ui', '2019'], exit: 2, message: /--ui is a simulator option/ },
  { name: 'PORTAL_BROWSER that does not exist', args: (out) => ['--app', APP, '--output', out], env: { PORTAL_BROWSER: '/nonexistent/chrome' }, exit: 2, message: /PORTAL_BROWSER=\/nonexistent\/chrome does not exist[\s\S]*npm run setup/ },
  { name: '--to-command naming no program on PATH', args: () => ['--app', APP, '--to-command', 'no-such-program-xyz secret set X'], exit: 2, message: /--to-command: no program "no-such-program-xyz" on PATH/ },
  { name: '--to-command with a pipe', args: () => ['--app', APP, '--to-command', 'gh secret set X | tee log'], exit: 2, message: /--to-command: "\|" needs a shell/ },
  { name: 'PORTAL_PASSWORD and PORTAL_PASSWORD_COMMAND both set', args: (out) => ['--app', APP, '--output', out], env: { PORTAL_PASSWORD_COMMAND: 'pass show azure/portal' }, exit: 2, message: /PORTAL_PASSWORD and PORTAL_PASSWORD_COMMAND are both set: keep one/ },
  { name: 'a failing PORTAL_TOTP_SECRET_COMMAND', args: (out) => ['--app', APP, '--output', out], env: { PORTAL_TOTP_SECRET: undefined, PORTAL_TOTP_SECRET_COMMAND: 'false' }, exit: 2, message: /PORTAL_TOTP_SECRET_COMMAND: \S*false exited with code 1 \(what it printed is not shown/ },
  { name: '--tenant that is neither a tenant ID nor a domain', args: (out) => ['--app', APP, '--output', out, '--tenant', 'fabrikam'], exit: 2, message: /--tenant "fabrikam": name the directory by its tenant ID \(a GUID/ },
  { name: 'output folder missing', args: (out) => ['--app', APP, '--output', join(out, 'missing', 'secret.json')], exit: 2, message: /--output .*does not exist/ },
];

test.describe('create-secret refuses bad input before touching the portal', () => {
  for (const { name, args, env, exit, message } of cases) {
    test(name, async ({ simulator, admin }) => {
      const dir = await runFolder('bad-input');
      const before = await secretsSnapshot(admin);
      const result = await runCli(['create-secret', ...args(join(dir, 'secret.json'))], { env: accountEnv(simulator, env), cwd: dir });
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(exit);
      expect(result.stdout).toBe('');
      expect(await secretsSnapshot(admin)).toBe(before);
      expect((await admin.state()).events.filter((event) => event.kind.startsWith('sign-in'))).toEqual([]);
    });
  }

  test('a value yargs refuses stops the command before it starts anything', async () => {
    const dir = await runFolder('bad-input');
    const result = await runCli(['create-secret', '--simulator', '--app', APP, '--output', join(dir, 'secret.json'), '--mfa', 'sms'], { cwd: dir });
    expect(result.stderr).toMatch(/Invalid values:[\s\S]*Argument: mfa, Given: "sms"/);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/Portal simulator at|Start the browser/);
  });

  test('an existing output file without --force', async ({ simulator, admin }) => {
    const dir = await runFolder('bad-input');
    const out = join(dir, 'secret.json');
    await writeFile(out, 'keep me');
    const before = await secretsSnapshot(admin);
    const result = await runCli(['create-secret', '--app', APP, '--output', out], { env: accountEnv(simulator), cwd: dir });
    expect(result.stderr).toMatch(/--output .*the file exists; pass --force/);
    expect(result.code).toBe(2);
    expect(await secretsSnapshot(admin)).toBe(before);
  });
});

/** The lifecycle commands' own refusals: each names its flag, and nothing signs in or changes. */
const lifecycleCases: { name: string; args: (out: string) => string[]; message: RegExp }[] = [
  { name: 'rotate --retire without a destination', args: () => ['rotate', '--app', APP, '--retire', 'all-older'], message: /Name where the secret goes/ },
  { name: 'ensure --min-days that is not a number', args: (out) => ['ensure', '--app', APP, '--description', 'svc', '--min-days', 'soon', '--output', out], message: /--min-days: a whole number of days/ },
  { name: 'ensure without a stable description', args: (out) => ['ensure', '--app', APP, '--description', `azure-portal-runbook ${new Date().toISOString().slice(0, 10)}`, '--min-days', '30', '--output', out], message: /--description: ensure needs a stable description/ },
  { name: 'delete-secret --secret-id that is not a GUID', args: () => ['delete-secret', '--app', APP, '--secret-id', 'abc123', '--yes'], message: /--secret-id: "abc123" is not a GUID/ },
  { name: 'delete-secret naming two ways at once', args: () => ['delete-secret', '--app', APP, '--expired', '--description', 'x', '--yes'], message: /Name one of --description, --expired/ },
  { name: 'delete-secret without --yes when stdin is not a terminal', args: () => ['delete-secret', '--app', APP, '--expired'], message: /stdin is not a terminal: add --yes/ },
  { name: 'list-secrets --expiring-within that is not a number', args: () => ['list-secrets', '--app', APP, '--expiring-within', 'soon'], message: /--expiring-within: a whole number of days/ },
  { name: 'rotate --to-command with an unknown program', args: () => ['rotate', '--app', APP, '--to-command', 'no-such-program-4711 set X'], message: /--to-command.*no-such-program-4711/ },
];

test.describe('the lifecycle commands refuse bad input before touching the portal', () => {
  for (const { name, args, message } of lifecycleCases) {
    test(name, async ({ simulator, admin }) => {
      const dir = await runFolder('bad-input');
      const before = await secretsSnapshot(admin);
      const result = await runCli(args(join(dir, 'secret.json')), { env: accountEnv(simulator), cwd: dir });
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(await secretsSnapshot(admin)).toBe(before);
      expect((await admin.state()).events.filter((event) => event.kind.startsWith('sign-in'))).toEqual([]);
    });
  }
});
