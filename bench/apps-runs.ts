// One measured many-apps run, as a child process against a fresh simulator holding `size` Fleet
// apps: the many-apps floor (bench/floor-apps.ts, in 1 or more tabs) or the runbook's CLI
// (`create-secret --apps FILE --json`, each app to its own output file). Both name the apps by
// Application ID (like for like: no list search). Every run is checked against the simulator:
// one new secret per app, each delivered value the simulator's, and how often it signed in.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../simulator/index.ts';
import type { SimulatorContext } from '../simulator/context.ts';
import { runChild, type ChildRun } from './child-run.ts';
import type { FloorAppResult } from './floor-apps.ts';
import { EXPIRES_FLAG, EXPIRES_WORDS } from './runs.ts';

export type AppsRunKind = 'floor' | 'floor-tabs' | 'runbook';

export interface AppsRunRecord {
  kind: AppsRunKind;
  size: number;
  tabs: number;
  ok: boolean;
  problem?: string;
  wallMs: number;
  /** Spawn → the first app's result line. */
  firstResultMs?: number;
  /** Spawn → each app's result line, in the order they came. */
  finishMs: number[];
  latencySpentMs: number;
  signIns: { full: number; silent: number };
  runnerPeakKiB?: number;
  browserPeakKiB?: number;
  browserProcesses: number;
  /** CPU time, ms: the work done, apart from the wait for a core on a busy machine. */
  runnerCpuMs?: number;
  browserCpuMs?: number;
  /** The machine's 1-minute load average as the run started and ended (others' work skews every time). */
  loadAtStart: number;
  loadAtEnd: number;
  folder?: string;
}

export interface AppsRunSetting {
  size: number;
  latency: number;
  jitter: number;
  folder: string;
  timeoutMs: number;
}

const CLI = fileURLToPath(new URL('../bin/portal-runbook', import.meta.url));
/** An app's result line, the CLI's and the floor's: `12/40 <app> ✓ …`. */
const RESULT_LINE = /^\d+\/\d+ .* [✓✗–] ?/;
const DESCRIPTION = 'bench app';

const fleet = (context: SimulatorContext, size: number) => context.tenant.apps.filter((app) => app.displayName.startsWith('Fleet app ')).slice(0, size);

function signInTotals(context: SimulatorContext): { full: number; silent: number } {
  let full = 0;
  let silent = 0;
  for (const counts of context.signIns.values()) {
    full += counts.full;
    silent += counts.silent;
  }
  return { full, silent };
}

async function appsFile(folder: string, appIds: string[]): Promise<string> {
  const rows = appIds.map((appId, index) => `  - { app: ${appId}, description: ${DESCRIPTION} ${index + 1}, output: out/app-${index + 1}.json }`);
  const file = join(folder, 'apps.yaml');
  await writeFile(file, `defaults:\n  expires: ${EXPIRES_FLAG}\napps:\n${rows.join('\n')}\n`);
  return file;
}

/** What went wrong, checked against the simulator: one new secret per app, each value handed over the portal's. */
async function checked(kind: AppsRunKind, child: ChildRun, context: SimulatorContext, setting: AppsRunSetting): Promise<string | undefined> {
  if (child.exitCode !== 0) return `${kind} exited ${child.exitCode ?? child.signal}:\n${child.stderr.slice(-6).map((line) => `    ${line.text}`).join('\n')}`;
  const apps = fleet(context, setting.size);
  const wrong = apps.filter((app) => app.secrets.length !== 1).map((app) => `${app.displayName} has ${app.secrets.length} secret(s)`);
  if (kind === 'runbook') {
    for (const [index, app] of apps.entries()) {
      const written = await readFile(join(setting.folder, 'out', `app-${index + 1}.json`), 'utf8').then((text) => (JSON.parse(text) as { value?: string }).value, () => undefined);
      if (written === undefined || written !== app.secrets[0]?.value) wrong.push(`${app.displayName}: out/app-${index + 1}.json does not hold its new secret's value`);
    }
  } else {
    const results = child.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as FloorAppResult);
    for (const [index, app] of apps.entries()) {
      const result = results.find((candidate) => candidate.index === index);
      if (!result || result.valueLength !== app.secrets[0]?.value.length) wrong.push(`${app.displayName}: the floor read no value of its new secret's length`);
    }
  }
  return wrong.length > 0 ? `${wrong.length} app(s) wrong: ${wrong.slice(0, 5).join('; ')}` : undefined;
}

export async function appsRun(kind: AppsRunKind, setting: AppsRunSetting, floorScript: string, tabs = 1): Promise<AppsRunRecord> {
  const simulator = await startSimulator({ port: 0, latency: setting.latency, jitter: setting.jitter, extraApps: setting.size });
  try {
    const { context } = simulator;
    const appIds = fleet(context, setting.size).map((app) => app.appId);
    await mkdir(join(setting.folder, 'out'), { recursive: true });
    const { username, password, totpSecret } = simulator.account;
    const env = {
      ...process.env,
      PORTAL_URL: simulator.portalUrl,
      PORTAL_USERNAME: username,
      PORTAL_PASSWORD: password,
      PORTAL_TOTP_SECRET: totpSecret,
      PORTAL_STATE_FILE: join(setting.folder, 'state.json'),
      XDG_STATE_HOME: join(setting.folder, 'xdg'),
    };
    const [command, args] =
      kind === 'runbook'
        ? [CLI, ['create-secret', '--apps', await appsFile(setting.folder, appIds), '--json']]
        : [process.execPath, [floorScript, '--app-ids', appIds.join(','), '--description-prefix', DESCRIPTION, '--expires', EXPIRES_WORDS, '--tabs', String(tabs)]];
    const loadAtStart = loadavg()[0]!;
    const child = await runChild(command, args, { cwd: setting.folder, env, timeoutMs: setting.timeoutMs });
    // Kept with the run (its folder stays when the run failed): each line stamped as it came.
    await writeFile(join(setting.folder, 'stderr.txt'), child.stderr.map((line) => `${Math.round(line.atMs)} ${line.text}\n`).join(''));
    const finishMs = child.stderr.filter((line) => RESULT_LINE.test(line.text)).map((line) => line.atMs);
    const problem = await checked(kind, child, context, setting);
    return {
      kind,
      size: setting.size,
      tabs,
      ok: !problem,
      problem,
      wallMs: child.wallMs,
      firstResultMs: finishMs[0],
      finishMs,
      latencySpentMs: context.latencySpentMs,
      signIns: signInTotals(context),
      runnerPeakKiB: child.memory.runnerKiB,
      browserPeakKiB: child.memory.browserKiB,
      browserProcesses: child.memory.browserProcesses,
      runnerCpuMs: child.memory.runnerCpuMs,
      browserCpuMs: child.memory.browserCpuMs,
      loadAtStart,
      loadAtEnd: loadavg()[0]!,
      folder: problem ? setting.folder : undefined,
    };
  } finally {
    await simulator.close();
  }
}
