// The fleet project as CI runs it: two shards of one apps file against one portal, their blob
// reports merged. Shard 1 is the setup-job way (`portal-runbook login` once, the saved sign-in
// handed over: no password or authenticator secret on the shard); shard 2 is the one-account-per-
// shard way (bea.baker's own credentials), under GitHub Actions. Every app is done exactly once,
// as the simulator recorded it (one app's delivery is refused: cleaned up, its test failed), and
// no value is in any report.
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/simulator-fixture.ts';
import { cleanEnv, runCli } from '../support/cli.ts';
import { reportsHolding } from '../support/report-contents.ts';
import { runPlaywright } from '../support/playwright-run.ts';

const APPS = ['Fleet app 001', 'Fleet app 002', 'Fleet app 003', 'Fleet app 004', 'Fleet app 005', 'Fleet app 006'];
const DESCRIPTION = 'Fleet secret';

test.use({ simulatorConfig: { latency: 60, jitter: 30, extraApps: APPS.length } });

/** The app whose delivery fails: a command that refuses the value (its secret is deleted again). */
const REFUSED = 'Fleet app 006';

/** One env file per app (each shard delivers only to its own apps' files); the refused app's command fails. */
function appsYaml(out: string): string {
  const destination = (app: string, index: number) => (app === REFUSED ? 'to-command: "false"' : `env-file: ${join(out, `app-${index + 1}.env`)}`);
  return `apps:\n${APPS.map((app, index) => `  - app: ${app}\n    ${destination(app, index)}\n`).join('')}`;
}

/** The merged JUnit's test cases: title, the account property, and whether it failed. */
function junitCases(xml: string): { title: string; account?: string; failed: boolean }[] {
  return [...xml.matchAll(/<testcase name="([^"]+)"[^>]*>([\s\S]*?)<\/testcase>/g)].map(([, title, body]) => ({
    title: title!,
    account: /<property name="account" value="([^"]+)">/.exec(body!)?.[1],
    failed: /<failure/.test(body!),
  }));
}

test('a fleet in two shards (a saved sign-in handed over, and an account of its own) does every app once, and the merged report lists them all with no value in it', async ({ simulator, admin }) => {
  // 67 s on a quiet 2-core machine (login 6 s, the shards 59 and 64 s side by side); 2.2–2.4 min
  // when other runs load it (each shard is a whole Playwright run with its own browser).
  test.setTimeout(300_000);
  const dir = test.info().outputPath('fleet');
  const [alex, bea] = (await admin.state()).accounts;
  const out = join(dir, 'delivered');
  await mkdir(out, { recursive: true });
  const appsFile = join(dir, 'apps.yaml');
  await writeFile(appsFile, appsYaml(out));
  const fleet = { PORTAL_URL: simulator.portalUrl, PORTAL_APPS_FILE: appsFile, PORTAL_FLEET_MIN_DAYS: '30', PORTAL_FLEET_DESCRIPTION: DESCRIPTION };
  const shard = (index: number, env: Record<string, string>) =>
    runPlaywright(['test', '--project=fleet', `--shard=${index}/2`, '--workers=1', '--reporter=blob', `--output=${join(dir, `results-${index}`)}`], cleanEnv({
      ...fleet,
      ...env,
      // Each machine knows only its own used authenticator periods.
      XDG_STATE_HOME: join(dir, `machine-${index}`),
      PORTAL_REPORT_DIR: join(dir, `failure-reports-${index}`),
      PLAYWRIGHT_BLOB_OUTPUT_DIR: join(dir, `blob-${index}`),
    }));

  const started = performance.now();
  // Shard 2: an account of its own, under GitHub Actions (where a log mask would reach the reports).
  const second = shard(2, { PORTAL_USERNAME: bea!.username, PORTAL_PASSWORD: bea!.password, PORTAL_TOTP_SECRET: bea!.totpSecret, PORTAL_STATE_FILE: join(dir, 'machine-2', 'state.json'), GITHUB_ACTIONS: 'true' });
  // Shard 1: the setup job signs in once and saves the sign-in; the shard gets only that file.
  const setupState = join(dir, 'setup', 'state.json');
  const login = await runCli(['login'], { env: cleanEnv({ PORTAL_URL: simulator.portalUrl, PORTAL_USERNAME: alex!.username, PORTAL_PASSWORD: alex!.password, PORTAL_TOTP_SECRET: alex!.totpSecret, PORTAL_STATE_FILE: setupState, XDG_STATE_HOME: join(dir, 'setup') }) });
  expect(login.code, login.stderr).toBe(0);
  const handedOver = join(dir, 'machine-1', 'state.json');
  await mkdir(join(dir, 'machine-1'), { recursive: true });
  await copyFile(setupState, handedOver);
  const loggedIn = performance.now();
  const first = shard(1, { PORTAL_STATE_FILE: handedOver });
  const seconds = (since: number) => Math.round((performance.now() - since) / 1000);
  const shards = await Promise.all([first.then((result) => ({ ...result, seconds: seconds(loggedIn) })), second.then((result) => ({ ...result, seconds: seconds(started) }))]);
  // The shard with the refused app fails (exit 1), the other passes.
  expect(shards.map(({ code }) => code).sort(), shards.map(({ stdout, stderr }) => `${stdout}\n${stderr}`).join('\n')).toEqual([0, 1]);
  test.info().annotations.push({ type: 'timing', description: `login ${Math.round((loggedIn - started) / 1000)} s, then shard 1 ${shards[0].seconds} s; shard 2 ${shards[1].seconds} s` });

  const merged = join(dir, 'merged');
  await mkdir(join(merged, 'blobs'), { recursive: true });
  for (const index of [1, 2]) await cp(join(dir, `blob-${index}`), join(merged, 'blobs'), { recursive: true });
  const junitFile = join(merged, 'junit.xml');
  const merge = await runPlaywright(['merge-reports', '--reporter=junit,html', join(merged, 'blobs')], cleanEnv({ PLAYWRIGHT_JUNIT_OUTPUT_FILE: junitFile, PLAYWRIGHT_HTML_OUTPUT_DIR: join(merged, 'html'), PLAYWRIGHT_HTML_OPEN: 'never' }));
  expect(merge.code, merge.stderr).toBe(0);

  // Every app exactly once across the shards, each done but the refused one, half as each account.
  const junit = await readFile(junitFile, 'utf8');
  const cases = junitCases(junit);
  expect(cases.map(({ title }) => title).sort()).toEqual(APPS.map((app, index) => `${app} (line ${2 * index + 2})`));
  expect(cases.filter(({ failed }) => failed).map(({ title }) => title)).toEqual([`${REFUSED} (line 12)`]);
  expect(junit).toMatch(/ensure Fleet app 006: other \(exit 1\): [^<]*The secret this run added was deleted from the portal/);
  expect(cases.filter(({ account }) => account === alex!.username)).toHaveLength(APPS.length / 2);
  expect(cases.filter(({ account }) => account === bea!.username)).toHaveLength(APPS.length / 2);

  // ensure added exactly one secret per app, and its destination holds that secret's value; the refused app's was deleted.
  expect((await admin.secrets(REFUSED)).filter(({ displayName }) => displayName === DESCRIPTION)).toEqual([]);
  for (const [index, app] of APPS.filter((name) => name !== REFUSED).entries()) {
    const secrets = (await admin.secrets(app)).filter(({ displayName }) => displayName === DESCRIPTION);
    expect(secrets, app).toHaveLength(1);
    expect(await readFile(join(out, `app-${index + 1}.env`), 'utf8'), app).toBe(`AZURE_CLIENT_SECRET=${secrets[0]!.value}\n`);
  }

  // One sign-in through the pages each: the setup job's (the shard with its file signed in none) and bea's one worker.
  const state = await admin.state();
  expect(state.signIns[alex!.username.toLowerCase()]?.full).toBe(1);
  expect(state.signIns[bea!.username.toLowerCase()]?.full).toBe(1);

  // No value the portal issued in any report, log or result: blobs, merged HTML and JUnit, outputs.
  expect(state.issuedValues).toHaveLength(APPS.length);
  const reports = [merged, ...[1, 2].flatMap((index) => [join(dir, `blob-${index}`), join(dir, `results-${index}`), join(dir, `failure-reports-${index}`)])];
  expect(await reportsHolding(state.issuedValues, reports)).toEqual([]);
  expect(shards.map(({ stdout, stderr }) => `${stdout}${stderr}`).filter((text) => state.issuedValues.some((value) => text.includes(value)))).toEqual([]);
});
