// --to-command: the value goes on the command's stdin and nowhere else (not argv, not the
// environment, not the messages); exit 0 is the receipt; anything else fails the delivery.
import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quote } from 'shell-quote';
import { Writable } from 'node:stream';
import { CommandDestination, timeoutFromEnv } from '../../runbooks/delivery/command-destination.ts';
import type { CreatedSecret } from '../../runbooks/created-secret.ts';
import { RunbookError } from '../../runbooks/errors.ts';

// Built, not written out: no secret-shaped literal in the tests.
const VALUE = `cmd8Q~${'k'.repeat(20)}${'m'.repeat(14)}`;
const SECRET: CreatedSecret = {
  tenantId: '22222222-2222-4222-8222-222222222222',
  appName: 'Demo app', appId: '11111111-1111-4111-8111-111111111111', description: 'ci', secretId: '22222222-2222-4222-8222-222222222222',
  hint: VALUE.slice(0, 3), expires: '2027-06-05', value: VALUE, createdAt: '2026-12-07T00:00:00.000Z', portalUrl: 'https://portal.azure.com/',
};

/** Reads all of stdin, stores it and what the process was started with, then does what argv says. */
const SCRIPT = `
import { writeFileSync } from 'node:fs';
const [mode, store] = process.argv.slice(2);
if (mode === 'hang') setInterval(() => {}, 1000);
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const input = Buffer.concat(chunks).toString('utf8');
  if (mode === 'hang') return;
  writeFileSync(store, input, { mode: 0o600 });
  writeFileSync(store + '.seen.json', JSON.stringify({ argv: process.argv, env: process.env }));
  if (mode === 'fail') {
    process.stderr.write('vault: refused the value ' + input + '\\n');
    process.stdout.write('partial ' + input.slice(0, 12) + '\\n');
    process.exit(3);
  }
  process.stdout.write('stored ' + input.length + ' characters\\n');
});
`;

async function fixture(): Promise<{ dir: string; command: (mode: string) => string; store: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'to-command-'));
  const script = join(dir, 'take-secret.mjs');
  await writeFile(script, SCRIPT);
  const store = join(dir, 'stored');
  return { dir, store, command: (mode) => quote([process.execPath, script, mode, store]) };
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return { stream: new Writable({ write: (chunk, _encoding, done) => { chunks.push(String(chunk)); done(); } }), text: () => chunks.join('') };
}

test('the value goes on stdin, exactly, and the command\'s exit code 0 is the receipt', async () => {
  const { command, store } = await fixture();
  const stderr = sink();
  const destination = new CommandDestination(command('ok'), { stderr: stderr.stream, env: { ...process.env, PORTAL_PASSWORD: 'runbook-password-1', PORTAL_TOTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DP' } });
  expect(destination.label).toBe(`command ${process.execPath}`);
  await destination.preflight();
  await destination.deliver(SECRET);
  await destination.confirm();
  expect(await readFile(store, 'utf8')).toBe(VALUE);
  expect(stderr.text()).toContain(`stored ${VALUE.length} characters`);
  const seen = JSON.parse(await readFile(`${store}.seen.json`, 'utf8')) as { argv: string[]; env: Record<string, string> };
  expect(seen.argv.join('\n')).not.toContain(VALUE);
  expect(JSON.stringify(seen.env)).not.toContain(VALUE);
  // The runbook's own credentials stay with the runbook.
  expect(seen.env.PORTAL_PASSWORD).toBeUndefined();
  expect(seen.env.PORTAL_TOTP_SECRET).toBeUndefined();
  expect(seen.env.PATH).toBe(process.env.PATH);
});

test('a variable that happens to hold the value is not passed on', async () => {
  const { command, store } = await fixture();
  const destination = new CommandDestination(command('ok'), { stderr: sink().stream, env: { ...process.env, LEFT_OVER: `x ${VALUE}` } });
  await destination.preflight();
  await destination.deliver(SECRET);
  const seen = JSON.parse(await readFile(`${store}.seen.json`, 'utf8')) as { env: Record<string, string> };
  expect(seen.env.LEFT_OVER).toBeUndefined();
});

test('a non-zero exit fails the delivery, with what the command said scrubbed of the value', async () => {
  const { command } = await fixture();
  const stderr = sink();
  const destination = new CommandDestination(command('fail'), { stderr: stderr.stream });
  await destination.preflight();
  const error = await destination.deliver(SECRET).then(() => undefined, (caught: Error) => caught);
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(RunbookError); // a delivery failure, not bad input: the handover rolls back
  expect(error!.message).toContain('exited with code 3');
  expect(error!.message).toContain('vault: refused the value [redacted]');
  expect(error!.message).toContain('partial [redacted]');
  expect(`${error!.message}\n${error!.stack}\n${destination.note}\n${stderr.text()}`).not.toContain(VALUE.slice(0, 12));
  await expect(destination.confirm()).rejects.toThrow(/did not take the secret/);
});

test('a command that does not finish within the timeout is stopped and fails the delivery', async () => {
  const { command } = await fixture();
  const destination = new CommandDestination(command('hang'), { timeoutMs: 300, stderr: sink().stream });
  await destination.preflight();
  const started = Date.now();
  await expect(destination.deliver(SECRET)).rejects.toThrow(/did not finish within 0.3 s and was stopped/);
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('an unknown program is bad input naming --to-command, found in preflight', async () => {
  const destination = new CommandDestination('no-such-program-xyz secret set X');
  await expect(destination.preflight()).rejects.toMatchObject({ kind: 'bad-input', message: expect.stringMatching(/^--to-command: no program "no-such-program-xyz" on PATH/) });
  await expect(new CommandDestination('./not/here').preflight()).rejects.toMatchObject({ kind: 'bad-input', message: '--to-command: ./not/here is not an executable file.' });
});

test('the command line is split without a shell: quotes work, pipes and redirections are refused', async () => {
  expect(() => new CommandDestination('gh secret set X | tee log')).toThrow(/--to-command: "\|" needs a shell/);
  expect(() => new CommandDestination('vault kv put secret/app value=- > out')).toThrow(/--to-command: ">" needs a shell/);
  expect(() => new CommandDestination('gh secret set $NOT_SET_ANYWHERE_XYZ', { env: {} })).toThrow(/--to-command: \$NOT_SET_ANYWHERE_XYZ is not set/);
  expect(() => new CommandDestination('   ')).toThrow(/--to-command: name a program/);
  expect(new CommandDestination('az keyvault secret set --vault-name "my vault" --name N --file /dev/stdin').label).toBe('command az');
});

test('PORTAL_TO_COMMAND_TIMEOUT is seconds; anything else is bad input naming it', () => {
  expect(timeoutFromEnv({})).toBeUndefined();
  expect(timeoutFromEnv({ PORTAL_TO_COMMAND_TIMEOUT: '90' })).toBe(90_000);
  expect(new CommandDestination('gh secret set X', { env: { PORTAL_TO_COMMAND_TIMEOUT: '2.5' } }).timeoutMs).toBe(2_500);
  expect(new CommandDestination('gh secret set X', { env: {} }).timeoutMs).toBe(60_000);
  for (const bad of ['0', '-1', 'soon', '1e3', '7200']) {
    expect(() => timeoutFromEnv({ PORTAL_TO_COMMAND_TIMEOUT: bad })).toThrow(/^PORTAL_TO_COMMAND_TIMEOUT is "/);
  }
});
