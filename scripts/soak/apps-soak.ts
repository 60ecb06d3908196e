// The apps-file soak: `create-secret --apps FILE --json` through the CLI against one in-process
// simulator, each file drawn with per-app fates (scripts/soak/apps-plan.ts) and judged row by row
// against the simulator's record (scripts/soak/apps-verdict.ts): nothing lost, leaked or
// orphaned across the file. Each file starts cold (no saved sign-in) and should sign in once.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../../simulator/index.ts';
import type { SecretRecord } from '../../simulator/state.ts';
import { cleanEnv, startCli } from '../../tests/support/cli.ts';
import { filesContaining, tempEntries } from '../../tests/support/leak-scan.ts';
import { SimulatorAdmin, type SimulatorState } from '../../tests/support/simulator-admin.ts';
import { describeAppsFile, drawAppsFiles, type AppRowPlan, type AppsFilePlan, type AppsPlanOptions } from './apps-plan.ts';
import { judgeAppsRun, type AppsVerdict, type ReportedRow, type RowFacts } from './apps-verdict.ts';

export interface AppsSoakOptions extends AppsPlanOptions {
  latency: number;
  log?: (line: string) => void;
  keep?: boolean;
}

export interface AppsSoakRun {
  plan: AppsFilePlan;
  code: number | null;
  verdict: AppsVerdict;
  signIns: { full: number; silent: number };
  durationMs: number;
  dir: string;
}

/** Writes stdin to the file named (a `--to-command` that delivers), or reads it and fails (one that does not). */
const CAPTURE = "import { createWriteStream } from 'node:fs'; process.stdin.pipe(createWriteStream(process.argv[2]));\n";
const FAIL = "process.stdin.resume(); process.stdin.on('end', () => { process.stderr.write('refused by the soak\\n'); process.exit(3); });\n";

const fleetApp = (state: SimulatorState, index: number) => state.tenant.apps.find((app) => app.displayName === `Fleet app ${String(index).padStart(3, '0')}`)!;
const destinationOf = (dir: string, row: AppRowPlan) => (row.fate === 'to-command' ? join(dir, 'out', `cmd-${row.place}.txt`) : join(dir, 'out', `app-${row.place}.json`));

function rowYaml(dir: string, state: SimulatorState, row: AppRowPlan): string {
  const app = row.fleetIndex === undefined ? `Fleet app missing ${row.place}` : fleetApp(state, row.fleetIndex).appId;
  const fields = [`app: '${app}'`, `description: 'soak row ${row.place}'`];
  if (row.fate === 'to-command') fields.push(`to-command: 'node ${join(dir, 'capture.mjs')} ${destinationOf(dir, row)}'`);
  // Its row on the command line too: the CLI refuses two apps delivering to one place.
  else if (row.fate === 'command-fails') fields.push(`to-command: 'node ${join(dir, 'fail.mjs')} row-${row.place}'`);
  else fields.push(`output: '${destinationOf(dir, row)}'`);
  return `- { ${fields.join(', ')} }`;
}

function faultsOf(plan: AppsFilePlan, state: SimulatorState): string[] {
  const faults = plan.rows.flatMap((row) => {
    if (row.fleetIndex === undefined) return [];
    const { appId } = fleetApp(state, row.fleetIndex);
    return row.fate === 'blocked' ? [`block-secrets-for=${appId}`] : row.fate === 'add-fails' ? [`add-fail-for=${appId}`] : [];
  });
  if (plan.sessionEnd) faults.push(`session-end-after=${plan.sessionEnd.after}:${plan.sessionEnd.occurrence}`);
  return faults;
}

function secretValues(state: SimulatorState, appId: string): string[] {
  return (state.tenant.apps.find((app) => app.appId === appId)?.secrets as SecretRecord[] | undefined)?.map((secret) => secret.value) ?? [];
}

async function deliveredValue(dir: string, row: AppRowPlan): Promise<string | undefined> {
  const text = await readFile(destinationOf(dir, row), 'utf8').catch(() => undefined);
  if (text === undefined || row.fate === 'to-command') return text;
  return (JSON.parse(text) as { value?: string }).value;
}

function reportedRows(stdout: string): ReportedRow[] {
  return stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as ReportedRow);
}

async function runFile(plan: AppsFilePlan, root: string, admin: SimulatorAdmin, options: AppsSoakOptions, portalUrl: string): Promise<AppsSoakRun> {
  const started = performance.now();
  const dir = join(root, `file-${String(plan.index).padStart(3, '0')}`);
  await mkdir(join(dir, 'out'), { recursive: true });
  await mkdir(join(dir, 'tmp'), { recursive: true });
  await admin.reset({ extraApps: options.size, latency: options.latency, jitter: Math.floor(options.latency / 2) });
  const before = await admin.state();
  await admin.configure({ faults: faultsOf(plan, before) });
  await writeFile(join(dir, 'capture.mjs'), CAPTURE);
  await writeFile(join(dir, 'fail.mjs'), FAIL);
  // One row a line: a row's place in the file is its line, as the report names it.
  await writeFile(join(dir, 'apps.yaml'), `${plan.rows.map((row) => rowYaml(dir, before, row)).join('\n')}\n`);
  const { account } = before;
  const env = cleanEnv({
    PORTAL_URL: portalUrl,
    PORTAL_USERNAME: account.username,
    PORTAL_PASSWORD: account.password,
    PORTAL_TOTP_SECRET: account.totpSecret,
    PORTAL_STATE_FILE: join(dir, 'state.json'),
    XDG_STATE_HOME: join(dir, 'xdg'),
    PORTAL_REPORT_DIR: join(dir, 'reports'),
    TMPDIR: join(dir, 'tmp'),
  });
  const tempBefore = await tempEntries();
  const result = await startCli(['create-secret', '--apps', join(dir, 'apps.yaml'), '--expires', '90d', '--json'], { env, cwd: dir }).done;
  const appeared = [...(await tempEntries())].filter((entry) => !tempBefore.has(entry) && !entry.startsWith(root));
  const after = await admin.state();

  const rows = new Map<number, RowFacts>();
  const ownFile = new Map<string, string>();
  for (const row of plan.rows) {
    const appId = row.fleetIndex === undefined ? undefined : fleetApp(after, row.fleetIndex).appId;
    const added = appId ? secretValues(after, appId).filter((value) => !secretValues(before, appId).includes(value)) : [];
    const delivered = await deliveredValue(dir, row);
    if (delivered !== undefined) ownFile.set(delivered, destinationOf(dir, row));
    rows.set(row.place, { added, delivered });
  }
  const leaks = new Set<string>();
  for (const value of after.issuedValues.slice(before.issuedValues.length)) {
    for (const file of await filesContaining(value, [dir, ...appeared])) if (file !== ownFile.get(value)) leaks.add(file);
    if (result.stderr.includes(value)) leaks.add('<stderr>');
    if (result.stdout.includes(value)) leaks.add('<stdout>');
  }
  const verdict = judgeAppsRun(plan, { code: result.code, reported: reportedRows(result.stdout), rows, leaks: [...leaks] });
  const signIns = after.signIns[account.username.toLowerCase()] ?? { full: 0, silent: 0 };
  if (verdict.problems.length === 0 && !options.keep) await rm(dir, { recursive: true, force: true });
  else await writeFile(join(dir, 'cli-stderr.txt'), result.stderr.split(account.password).join('«password»'));
  return { plan, code: result.code, verdict, signIns, durationMs: performance.now() - started, dir };
}

export async function runAppsSoak(options: AppsSoakOptions): Promise<{ runs: AppsSoakRun[]; failures: number; root: string }> {
  const log = options.log ?? (() => undefined);
  const root = await mkdtemp(join(tmpdir(), 'soak-apps-'));
  const simulator = await startSimulator({ port: 0, latency: options.latency, jitter: 0, extraApps: options.size });
  const admin = new SimulatorAdmin(simulator.adminUrl);
  const runs: AppsSoakRun[] = [];
  try {
    for (const plan of drawAppsFiles(options)) {
      const run = await runFile(plan, root, admin, options, simulator.portalUrl);
      runs.push(run);
      const judged = run.verdict.problems.length === 0 ? 'ok' : [...new Set(run.verdict.problems.map(({ problem }) => problem.toUpperCase()))].join(', ');
      log(`apps file ${plan.index}/${options.files}  ${describeAppsFile(plan)}  exit ${run.code} → ${run.verdict.created} created, ${run.verdict.failed} failed, sign-ins ${run.signIns.full} full ${run.signIns.silent} silent: ${judged} (${(run.durationMs / 1000).toFixed(1)} s)`);
      for (const { why } of run.verdict.problems) log(`      ${why}`);
    }
  } finally {
    await simulator.close();
  }
  const failures = runs.filter((run) => run.verdict.problems.length > 0).length;
  if (failures === 0 && !options.keep) await rm(root, { recursive: true, force: true });
  return { runs, failures, root };
}
