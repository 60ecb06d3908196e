// Nothing lost, nothing leaked: a failed delivery or an interrupt after Add deletes the new
// secret; the saved sign-in is reused; dry runs, clicks and IDs reach the same blade.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { filesContaining } from '../support/leak-scan.ts';
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecret } from '../../runbooks/create-secret-runbook.ts';
import type { CreateSecretRequest } from '../../runbooks/create-secret-request.ts';
import { RunbookError } from '../../runbooks/errors.ts';
import { looksLikeSecret } from '../../runbooks/redact.ts';
import { MemoryDestination, optionsFor } from './runbook-support.ts';

const APP = 'Puzzel Office 365 connector (test)';

function request(extra: Partial<CreateSecretRequest> = {}): CreateSecretRequest {
  return { app: { kind: 'name', displayName: APP }, description: 'ci', expires: { kind: 'days', days: 365 }, navigate: false, dryRun: false, ...extra };
}

async function failure(run: Promise<unknown>): Promise<RunbookError> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RunbookError);
  return error as RunbookError;
}

for (const failOn of ['deliver', 'confirm', 'leak'] as const) {
  test(`a failed ${failOn} deletes the new secret and says so`, async ({ simulator, admin }) => {
    const destination = new MemoryDestination(failOn);
    const error = await failure(createSecret(request(), optionsFor(simulator, { destinations: [destination] })));
    expect(error.message).toContain('The new secret was deleted from the portal');
    expect(looksLikeSecret(`${error.message}\n${error.stack}\n${String((error.cause as Error | undefined)?.message)}`)).toBe(false);
    expect(destination.withdrawn).toBe(true);
    expect(await admin.secrets(APP)).toHaveLength(0);
    const added = (await admin.state()).events.filter((event) => event.kind.includes('add'));
    expect(added.length).toBeGreaterThan(0);
  });
}

test.describe('a failure report after Add', () => {
  test.use({ simulatorConfig: { iframe: true, paneFrame: true } });

  test('holds the step, a screenshot and every frame, never the value', async ({ simulator }) => {
    const reports = test.info().outputPath('reports');
    process.env.PORTAL_REPORT_DIR = reports;
    try {
      const destination = new MemoryDestination('deliver');
      const error = await failure(createSecret(request(), optionsFor(simulator, { destinations: [destination] })));
      expect(error.message).toMatch(/A failure report .* is in /);
      expect(destination.offered).toMatch(/Q~/);
      const [dir] = await readdir(reports);
      const files = await readdir(join(reports, dir!), { recursive: true });
      expect(files).toEqual(expect.arrayContaining(['screenshot.png', 'report.md', 'report.json']));
      // The top document, the blade's React view and the pane's own frame.
      expect(files.filter((file) => file.startsWith(`aria${sep}`)).length).toBeGreaterThanOrEqual(2);
      expect(await filesContaining(destination.offered!, [reports])).toEqual([]);
      expect(JSON.parse(await readFile(join(reports, dir!, 'report.json'), 'utf8'))).toMatchObject({ step: 'Deliver to memory' });
    } finally {
      delete process.env.PORTAL_REPORT_DIR;
    }
  });
});

test.describe('interrupted', () => {
  test.use({ simulatorConfig: { iframe: true, latency: 200, jitter: 100 } });

  test('SIGINT right after Add deletes the new secret, in an iframe too', async ({ simulator, admin }) => {
    const interrupt = new AbortController();
    const options = optionsFor(simulator, { signal: interrupt.signal });
    options.steps.interruptAfter('Click "Add"', interrupt);
    const error = await failure(createSecret(request(), options));
    expect(error.message).toMatch(/Interrupted[\s\S]*was deleted/);
    expect(await admin.secrets(APP)).toHaveLength(0);
  });
});

test('by Application (client) ID, by the guide\'s clicks, and a dry run all reach the right app', async ({ simulator, admin }) => {
  const app = await admin.app(APP);
  const totpMemory = new Map<string, number>();
  const plan = await createSecret(request({ app: { kind: 'id', appId: app.appId }, dryRun: true }), optionsFor(simulator, { totpMemory }));
  expect(plan).toMatchObject({ kind: 'planned', plan: { appName: APP, appId: app.appId, expires: '365 days (12 months)' } });
  expect(plan).toHaveProperty(['plan', 'offered'], expect.arrayContaining(['Custom', '90 days (3 months)']));
  expect(await admin.secrets(APP)).toHaveLength(0);

  const destination = new MemoryDestination();
  const created = await createSecret(request({ navigate: true }), optionsFor(simulator, { totpMemory, destinations: [destination] }));
  expect(created.kind).toBe('created');
  const secrets = await admin.secrets(APP);
  expect(secrets).toHaveLength(1);
  expect(destination.delivered).toMatchObject({ appName: APP, appId: app.appId, value: secrets[0]!.value });
});

test('the saved sign-in (cookies + sessionStorage) is reused, 0600 in a 0700 folder', async ({ simulator, admin }, testInfo) => {
  const stateFile = join(testInfo.outputPath('auth'), 'state.json');
  const totpMemory = new Map<string, number>();
  const first = optionsFor(simulator, { stateFile, totpMemory });
  await createSecret(request({ dryRun: true }), first);
  expect((await stat(stateFile)).mode & 0o777).toBe(0o600);
  expect((await stat(testInfo.outputPath('auth'))).mode & 0o777).toBe(0o700);
  expect(first.steps.notes.some((note) => note.startsWith('sign-in view: password'))).toBe(true);

  const second = optionsFor(simulator, { stateFile, totpMemory });
  const created = await createSecret(request(), second);
  expect(created.kind).toBe('created');
  // Saved before Add: the state file never holds the value.
  expect(await readFile(stateFile, 'utf8')).not.toContain((await admin.secrets(APP))[0]!.value);
  expect(second.steps.notes.some((note) => note.startsWith('reusing the saved sign-in'))).toBe(true);
  expect(second.steps.notes.some((note) => note.startsWith('sign-in view:'))).toBe(false);

  await admin.expireSessions();
  const third = optionsFor(simulator, { stateFile, totpMemory });
  await createSecret(request({ dryRun: true }), third);
  expect(third.steps.notes.some((note) => note.startsWith('sign-in view:'))).toBe(true);
});
