// Many apps from one sign-in, through the CLI as a platform team runs it: a 40-app file with
// faults on some apps (not found, refused by policy, Add failing, delivery failing, the session
// ending mid-file, the browser killed mid-file). Every app's outcome is judged against the
// simulator's own record: each value delivered is the one the portal holds, the failing apps
// leave nothing behind, no value is printed, and the whole file took one sign-in.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/simulator-fixture.ts';
import { accountEnv } from '../support/account-env.ts';
import { runCli, startCli, type CliResult } from '../support/cli.ts';
import { saveSignIn } from '../support/saved-sign-in.ts';
import { runFolder } from '../support/run-folder.ts';
import { killBrowserOf } from '../../scripts/soak/processes.ts';
import type { SimulatorAdmin, SimulatorState } from '../support/simulator-admin.ts';

interface AppLine {
  line: number;
  app: string;
  outcome: string;
  appId?: string;
  secretId?: string;
  error?: { kind: string; exitCode: number };
}

const jsonLines = (stdout: string): AppLine[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as AppLine);
const fleetApp = (n: number) => `Fleet app ${String(n).padStart(3, '0')}`;

async function appIds(admin: SimulatorAdmin): Promise<Map<string, string>> {
  return new Map((await admin.state()).tenant.apps.map((app) => [app.displayName, app.appId]));
}

test.describe('a 40-app file', () => {
  test.use({ simulatorConfig: { extraApps: 40 } });

  test('signs in once; each app done or failed on its own, as the simulator records it; failing apps leave nothing', async ({ simulator, admin }) => {
    test.setTimeout(480_000);
    const dir = await runFolder('many-apps');
    const ids = await appIds(admin);
    const blocked = fleetApp(5), addFails = fleetApp(10), deliveryFails = fleetApp(15);
    await admin.configure({ faults: [`block-secrets-for=${ids.get(blocked)}`, `add-fail-for=${ids.get(addFails)}`, 'session-end-after=add:20'] });
    const { rows, where } = fortyApps(ids);
    await writeFile(join(dir, 'apps.csv'), `${rows.join('\n')}\n`);

    const cli = startCli(['create-secret', '--apps', 'apps.csv', '--json'], { env: accountEnv(simulator, { PORTAL_STATE_FILE: join(dir, 'state.json'), PORTAL_REPORT_DIR: join(dir, 'reports') }), cwd: dir });
    // The browser dies after the 30th app: the run cleans up the app it was on and goes on in a new one.
    await cli.stderrLine(/^30\/40 /);
    expect(await killBrowserOf(cli.child.pid!)).not.toEqual([]);
    const result: CliResult = await cli.done;
    expect(result.code, result.stderr).toBe(12);

    const state = await admin.state();
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.app)).toEqual(rows.slice(1).map((row) => row.split(',')[0]));
    const outcomeOf = (name: string) => lines.find((line) => line.app === name || line.app === ids.get(name))!;
    expect(outcomeOf('No Such App').error?.kind).toBe('app-not-found');
    expect(outcomeOf('Gone App').error?.kind).toBe('app-not-found');
    expect(outcomeOf(blocked).error?.kind).toBe('portal-refused');
    expect(outcomeOf(addFails).outcome).toBe('failed');
    expect(outcomeOf(deliveryFails).outcome).toBe('failed');

    // Every app as the simulator records it: a created app holds exactly the one secret delivered
    // (its file holds that value); a failed one holds none (nothing left behind).
    const judged = await Promise.all(Array.from({ length: 38 }, (_, i) => judge(dir, fleetApp(i + 1), outcomeOf(fleetApp(i + 1)), state, where)));
    expect(judged.filter((verdict) => verdict !== 'created as delivered' && verdict !== 'failed, nothing left')).toEqual([]);
    const createdCount = { failed: judged.filter((verdict) => verdict === 'failed, nothing left').length };
    // The apps the faults hit failed, and perhaps the one the browser died on; all the others were done.
    expect(createdCount.failed).toBeGreaterThanOrEqual(3);
    expect(createdCount.failed).toBeLessThanOrEqual(4);
    expect(lines.slice(31).some((line) => line.outcome === 'created')).toBe(true);
    // One sign-in through the pages for the whole file (the session's end and the new browser: silent).
    expect(state.signIns[simulator.account.username.toLowerCase()]?.full).toBe(1);
    expect(state.events.some((event) => event.kind === 'session-end-armed')).toBe(true);
    for (const value of state.issuedValues) expect(`${result.stdout}${result.stderr}`).not.toContain(value);
    expect(result.stderr).toMatch(/^Apps: \d+ done, [56] failed, 0 not started \(of 40\)\.$/m);
  });
});

/**
 * 38 Fleet apps (one in four by name, found in App registrations, the apps right after the two
 * that do not exist among them; the others by Application ID, a deep link) and two that do not exist.
 */
function fortyApps(ids: Map<string, string>): { rows: string[]; where: Map<string, { file: string; key?: string }> } {
  const rows = ['app,description,expires,output,env-file,env-key,to-command'];
  const where = new Map<string, { file: string; key?: string }>();
  const destination = (n: number): [string, { file: string; key?: string } | undefined] => {
    if (n === 15) return [',,,"sh -c ""exit 3"""', undefined];
    if (n === 7 || n === 8) return [`,fleet.env,KEY_${n},`, { file: 'fleet.env', key: `KEY_${n}` }];
    if (n === 9) return [',,,"sh -c ""cat > app-9.txt"""', { file: 'app-9.txt' }];
    return [`app-${n}.json,,,`, { file: `app-${n}.json` }];
  };
  for (let n = 1; n <= 38; n += 1) {
    const name = fleetApp(n);
    const [columns, place] = destination(n);
    rows.push(`${n % 4 === 1 || n === 21 ? name : ids.get(name)!},fleet,90d,${columns}`);
    if (place) where.set(name, place);
    if (n === 20) rows.push('No Such App,fleet,90d,none.json,,,');
  }
  rows.push('Gone App,fleet,90d,gone.json,,,');
  return { rows, where };
}

/** What became of an app, by the simulator's record and the file it was delivered to. */
async function judge(dir: string, name: string, outcome: AppLine, state: SimulatorState, where: Map<string, { file: string; key?: string }>): Promise<string> {
  const secrets = state.tenant.apps.find((app) => app.displayName === name)!.secrets;
  if (outcome.outcome !== 'created') return secrets.length === 0 ? 'failed, nothing left' : `${name} failed (${outcome.error?.kind}) and left ${secrets.length} secrets`;
  if (secrets.length !== 1 || outcome.secretId !== secrets[0]!.keyId) return `${name}: ${secrets.length} secrets, not the one reported`;
  return (await delivered(dir, where.get(name)!)) === secrets[0]!.value ? 'created as delivered' : `${name}: the value delivered is not the portal's`;
}

async function delivered(dir: string, where: { file: string; key?: string }): Promise<string> {
  const text = await readFile(join(dir, where.file), 'utf8');
  if (where.key) return new RegExp(`^${where.key}=(.*)$`, 'm').exec(text)![1]!;
  return where.file.endsWith('.json') ? (JSON.parse(text) as { value: string }).value : text;
}

test('Ctrl+C stops after cleaning up the app in progress; the apps after it are reported as not started', async ({ simulator, admin }) => {
  const dir = await runFolder('many-apps');
  const names = ['Puzzel Office 365 connector', 'Contoso HR sync', 'Fabrikam Webhooks', 'Backup Automation'];
  const before = new Map((await admin.state()).tenant.apps.map((app) => [app.displayName, app.secrets.length]));
  await writeFile(join(dir, 'apps.yaml'), names.map((name, index) => `- app: ${name}\n  output: app-${index + 1}.json\n`).join(''));
  const cli = startCli(['create-secret', '--apps', 'apps.yaml', '--json'], { env: accountEnv(simulator, { PORTAL_STATE_FILE: await saveSignIn(simulator) }), cwd: dir });
  await cli.stderrLine(/^2\/4 /);
  cli.child.kill('SIGINT');
  const result = await cli.done;
  expect(result.code, result.stderr).toBe(130);
  const lines = jsonLines(result.stdout);
  expect(lines.slice(0, 2).map((line) => line.outcome)).toEqual(['created', 'created']);
  expect(lines[3]).toMatchObject({ app: names[3], outcome: 'not-started' });
  expect(result.stderr).toMatch(/^4\/4 Backup Automation – interrupted \(Ctrl\+C\) before it started$/m);
  const after = new Map((await admin.state()).tenant.apps.map((app) => [app.displayName, app.secrets]));
  expect(names.map((name) => after.get(name)!.length - before.get(name)!)).toEqual([1, 1, 0, 0]);
  expect([await delivered(dir, { file: 'app-1.json' }), await delivered(dir, { file: 'app-2.json' })]).toEqual([after.get(names[0]!)!.at(-1)!.value, after.get(names[1]!)!.at(-1)!.value]);
});

test('a malformed apps file is exit 2 with its line and field, and nothing signs in', async ({ simulator, admin }) => {
  const dir = await runFolder('many-apps');
  await writeFile(join(dir, 'apps.yaml'), '- app: Contoso HR sync\n  output: hr.json\n- app: Puzzel Office 365 connector\n  expires: 100d\n  output: puzzel.json\n');
  const result = await runCli(['ensure', '--apps', 'apps.yaml', '--description', 'ci', '--min-days', '30'], { env: accountEnv(simulator), cwd: dir });
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toContain('apps.yaml line 3, field expires (100d): the portal offers 90d');
  expect(result.stdout).toBe('');
  expect((await admin.state()).events.filter((event) => event.kind.startsWith('sign-in'))).toEqual([]);
});
