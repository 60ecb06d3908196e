// verify-guide --create: goes through Add, checks the result view the guide describes, deletes
// that secret and checks it gone. Exactly one secret is added and removed, and its value is in
// no file the run wrote (reports, crops, state, temp entries) nor in its output.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/simulator-fixture.ts';
import { verifyGuideRun } from '../support/verify-guide-run.ts';
import { deletedAfterInterrupt, interruptAfterAdd } from '../support/interrupt-after-add.ts';
import { saveSignIn } from '../support/saved-sign-in.ts';
import { secretsSnapshot } from '../support/tenant-snapshot.ts';
import { startCli } from '../support/cli.ts';
import { accountEnv } from '../support/account-env.ts';
import { killBrowserOf } from '../../scripts/soak/processes.ts';

const APP = 'Puzzel Office 365 connector';

test.describe('verify-guide --create', () => {
  test.use({ simulatorConfig: { ui: '2019', latency: 40, jitter: 30 } });

  test('adds exactly one secret, checks the banner, deletes it, and the value is written nowhere', async ({ simulator, admin }) => {
    const before = await admin.secrets(APP);
    const run = await verifyGuideRun(simulator, ['--create', '--description', 'verify-guide check']);
    expect(run.code, run.stderr).toBe(0);
    const report = await run.report();
    expect(report.create).toBe(true);
    const read = report.steps.find((step) => step.id === 'read-value')!;
    // With a secret created, the 2019 banner is checked too: every word matched.
    expect(read.words.map((w) => w.status)).toEqual(Array(read.words.length).fill('match'));
    expect(await admin.secrets(APP)).toEqual(before);
    const state = await admin.state();
    const kinds = state.events.map((event) => event.kind);
    expect(kinds.filter((kind) => kind === 'secret-added')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'secret-deleted')).toHaveLength(1);
    expect(run.stderr).toMatch(/✓ Delete the secret this run added: "verify-guide check" \(the walk is done with it\)/);
    // The value itself, as the simulator handed it out, is nowhere the run wrote.
    const values = state.issuedValues;
    expect(values).toHaveLength(1);
    for (const secret of values) expect(await run.leaks(secret)).toEqual([]);
    expect(await readdir(join(run.reportDir))).toEqual(expect.arrayContaining(['report.md', 'report.json', 'report.junit.xml', 'report.html', 'crops']));
  });
});

test.describe('verify-guide --create, Ctrl+C after Add', () => {
  // Add stays in flight long enough for the interrupt to come while the portal answers it.
  test.use({ simulatorConfig: { ui: '2019', latency: 600, jitter: 0 } });

  test('exit 130, the secret Add created deleted, and the user told in one line', async ({ simulator, admin }) => {
    const before = await secretsSnapshot(admin);
    const dir = test.info().outputPath('run');
    const run = await interruptAfterAdd(simulator, admin, ['verify-guide', '--create', '--description', 'ctrl-c check', '--report-dir', 'reports'], {
      cwd: test.info().outputPath(),
      // From a saved sign-in: what is tested here comes after it.
      env: { PORTAL_STATE_FILE: await saveSignIn(simulator, `${dir}/state.json`) },
    });
    expect(run.code, run.stderr).toBe(130);
    expect(run.added).toHaveLength(1);
    expect(run.deleted.map((event) => event.detail?.keyId)).toEqual([run.added[0]!.detail?.keyId]);
    expect(await secretsSnapshot(admin)).toBe(before);
    // The 2019 portal shows no Secret ID: the secret is named by its app and description.
    expect(run.stderr.split('\n')).toContain(deletedAfterInterrupt(await admin.app(APP), 'ctrl-c check'));
    // The value never reached the command's output, not even in the message about its deletion.
    for (const value of run.issuedValues) expect(`${run.stdout}${run.stderr}`).not.toContain(value);
  });
});

test.describe('verify-guide --create, the browser killed while Add is in flight', () => {
  // Slow enough that the browser is gone before the portal answers Add (which it still records).
  test.use({ simulatorConfig: { ui: '2019', latency: 400, jitter: 0 } });

  test('a new browser deletes what Add created; exit 1 saying so', async ({ simulator, admin }) => {
    const before = await secretsSnapshot(admin);
    const stateFile = await saveSignIn(simulator, test.info().outputPath('run', 'state.json'));
    const cli = startCli(['verify-guide', '--create', '--description', 'browser check', '--report-dir', 'reports'], {
      env: accountEnv(simulator, { PORTAL_STATE_FILE: stateFile, PORTAL_REPORT_DIR: test.info().outputPath('failures') }),
      cwd: test.info().outputPath(),
    });
    await expect.poll(async () => (await admin.state()).events.map((event) => event.kind), { timeout: 90_000, intervals: [50] }).toContain('secret-add-requested');
    expect(await killBrowserOf(cli.child.pid!)).not.toEqual([]);
    const result = await cli.done;
    expect(result.code, result.stderr).toBe(1);
    const events = (await admin.state()).events;
    const added = events.filter((event) => event.kind === 'secret-added').map((event) => event.detail?.keyId);
    expect(added).toHaveLength(1);
    expect(events.filter((event) => event.kind === 'secret-deleted').map((event) => event.detail?.keyId)).toEqual(added);
    expect(await secretsSnapshot(admin)).toBe(before);
    const app = await admin.app(APP);
    expect(result.stderr).toContain(
      `The browser closed after Add (it crashed or was killed) before the value was handed over. The secret this run added was deleted from the portal, so nothing was left behind (app "${APP}" (${app.appId}), description "browser check").`,
    );
  });
});
