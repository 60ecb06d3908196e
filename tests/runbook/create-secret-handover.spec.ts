// Nothing lost, nothing leaked: a failed delivery or an interrupt after Add deletes the new
// secret. The saved sign-in, dry runs, clicks and IDs run once, through the command
// (tests/cli/warm-runs.spec.ts, create-secret-delivery.spec.ts, create-secret.spec.ts).
import { readdir, readFile } from 'node:fs/promises';
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
    expect(error.message).toContain('The secret this run added was deleted from the portal, so nothing was left behind');
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
