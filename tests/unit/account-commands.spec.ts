// PORTAL_PASSWORD_COMMAND / PORTAL_TOTP_SECRET_COMMAND: the runbook's own credentials from a
// password manager. The first line of stdout is the value; a failure names the variable and
// never repeats what the command printed.
import { expect, test } from '@playwright/test';
import { quote } from 'shell-quote';
import { accountFromEnv, accountSecrets, credentialFromCommand } from '../../lib/account.ts';
import { RunbookError } from '../../runbooks/errors.ts';

const PASSWORD = ['pass', 'word', '-from-', 'the-manager'].join('');
const TOTP = 'jbsw y3dp ehpk 3pxp jbsw y3dp';

/** A command line that runs `code` with node. */
function nodeCommand(code: string): string {
  return quote([process.execPath, '-e', code]);
}

const BASE = { PATH: process.env.PATH, PORTAL_USERNAME: 'admin@contoso.example', PORTAL_URL: 'http://localhost:4000' };

test('the password and the authenticator secret come from the first line each command prints', () => {
  const account = accountFromEnv({
    ...BASE,
    PORTAL_PASSWORD_COMMAND: nodeCommand(`process.stdout.write(${JSON.stringify(`  ${PASSWORD}  \nsecond line\n`)})`),
    PORTAL_TOTP_SECRET_COMMAND: nodeCommand(`console.log(${JSON.stringify(TOTP)})`),
  });
  expect(account.password).toBe(PASSWORD);
  expect(account.totpSecret).toBe('JBSWY3DPEHPK3PXPJBSWY3DP');
  // Registered like the typed ones: a failure report scrubs both.
  expect(accountSecrets(account)).toEqual([PASSWORD, 'JBSWY3DPEHPK3PXPJBSWY3DP']);
});

test('a variable and its command both set is refused, naming both', () => {
  expect(() => accountFromEnv({ ...BASE, PORTAL_PASSWORD: 'x', PORTAL_PASSWORD_COMMAND: 'pass show azure/portal', PORTAL_TOTP_SECRET: TOTP }))
    .toThrow(new RunbookError('bad-input', 'PORTAL_PASSWORD and PORTAL_PASSWORD_COMMAND are both set: keep one.'));
  expect(() => accountFromEnv({ ...BASE, PORTAL_PASSWORD: 'x', PORTAL_TOTP_SECRET: TOTP, PORTAL_TOTP_SECRET_COMMAND: 'op read op://v/i/totp' }))
    .toThrow(/^PORTAL_TOTP_SECRET and PORTAL_TOTP_SECRET_COMMAND are both set: keep one\.$/);
});

test('neither set: the message offers the command too', () => {
  expect(() => accountFromEnv({ ...BASE, PORTAL_TOTP_SECRET: TOTP })).toThrow(/^PORTAL_PASSWORD is not set: put it \(or PORTAL_PASSWORD_COMMAND, a command that prints it\)/);
});

test('a failing command names the variable and how it ended, not what it printed', () => {
  const env = { ...BASE, PORTAL_TOTP_SECRET: TOTP, PORTAL_PASSWORD_COMMAND: nodeCommand(`console.log(${JSON.stringify(PASSWORD)}); console.error(${JSON.stringify(PASSWORD)}); process.exit(4)`) };
  let error: unknown;
  try {
    accountFromEnv(env);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(RunbookError);
  expect((error as RunbookError).kind).toBe('bad-input');
  expect((error as Error).message).toMatch(/^PORTAL_PASSWORD_COMMAND: .*node exited with code 4 \(what it printed is not shown/);
  expect(`${(error as Error).message}${(error as Error).stack}`).not.toContain(PASSWORD);
});

test('a command that prints nothing, or an unknown program, is bad input naming the variable', () => {
  expect(() => accountFromEnv({ ...BASE, PORTAL_TOTP_SECRET: TOTP, PORTAL_PASSWORD_COMMAND: nodeCommand('console.log("")') }))
    .toThrow(/^PORTAL_PASSWORD_COMMAND: .*node printed nothing on its first line of stdout\.$/);
  expect(() => accountFromEnv({ ...BASE, PORTAL_PASSWORD: 'x', PORTAL_TOTP_SECRET_COMMAND: 'no-such-manager-xyz read totp' }))
    .toThrow(/^PORTAL_TOTP_SECRET_COMMAND: no program "no-such-manager-xyz" on PATH/);
  expect(() => accountFromEnv({ ...BASE, PORTAL_PASSWORD: 'x', PORTAL_TOTP_SECRET_COMMAND: 'pass show totp | head -1' }))
    .toThrow(/^PORTAL_TOTP_SECRET_COMMAND: "\|" needs a shell/);
});

test('what the TOTP command printed is checked as a base32 secret, naming the command variable', () => {
  expect(() => accountFromEnv({ ...BASE, PORTAL_PASSWORD: 'x', PORTAL_TOTP_SECRET_COMMAND: nodeCommand('console.log("not base32!")') }))
    .toThrow(/^PORTAL_TOTP_SECRET_COMMAND is not a base32 secret/);
});

test('a command that hangs is stopped at the timeout', () => {
  const started = Date.now();
  expect(() => credentialFromCommand({ PATH: process.env.PATH, PORTAL_PASSWORD_COMMAND: nodeCommand('setInterval(() => {}, 1000)') }, 'PORTAL_PASSWORD_COMMAND', 500))
    .toThrow(/^PORTAL_PASSWORD_COMMAND: .*node did not finish within 0.5 s and was stopped/);
  expect(Date.now() - started).toBeLessThan(5_000);
});
