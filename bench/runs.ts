// One measured run of each kind, each a child process against a simulator this process runs:
// the floor, and the runbook's CLI cold (nothing saved) or warm (the saved sign-in and the
// remembered Application ID a cold run left). Every run is checked against the simulator's
// tenant: exactly one new secret, and the value handed over is that secret's.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningSimulator } from '../simulator/index.ts';
import { runChild, type ChildRun } from './child-run.ts';
import type { FloorResult } from './floor.ts';
import { phaseTimes, type PhaseTimes } from './phases.ts';
import { timeline, type TimelinePart } from './timeline.ts';

/** `cold-id`: cold, by the app's Application ID as the floor opens it (no list search): like for like. */
export type RunKind = 'floor' | 'cold' | 'cold-id' | 'warm';

export interface RunRecord {
  kind: RunKind;
  pair: number;
  ok: boolean;
  problem?: string;
  wallMs: number;
  startupMs: number;
  phases: PhaseTimes;
  steps: TimelinePart[];
  tailMs: number;
  totpWaitMs: number;
  /** Simulated server time during the run (sum over loads; they can overlap). */
  latencySpentMs: number;
  browserStartMs: number;
  runnerPeakKiB?: number;
  browserPeakKiB?: number;
  browserProcesses: number;
  /** Warm runs: whether it really was one. */
  warm?: { savedSignIn: boolean; rememberedId: boolean; signedIn: boolean };
  /** Kept when the run failed: the run's folder (failure report, state). */
  folder?: string;
}

export interface RunSetting {
  simulator: RunningSimulator;
  appName: string;
  description: string;
  pair: number;
  /** The run's own folder: working directory (no .env there), saved sign-in, XDG state. */
  folder: string;
  timeoutMs: number;
}

const CLI = fileURLToPath(new URL('../bin/portal-runbook', import.meta.url));
/** The Expires option both sides choose: the floor by the portal's words, the runbook by its flag. */
export const EXPIRES_FLAG = '90d';
export const EXPIRES_WORDS = '90 days (3 months)';

function accountEnv(simulator: RunningSimulator, folder: string): NodeJS.ProcessEnv {
  const { username, password, totpSecret } = simulator.account;
  return {
    ...process.env,
    PORTAL_URL: simulator.portalUrl,
    PORTAL_USERNAME: username,
    PORTAL_PASSWORD: password,
    PORTAL_TOTP_SECRET: totpSecret,
    PORTAL_STATE_FILE: join(folder, 'state.json'),
    XDG_STATE_HOME: join(folder, 'xdg'),
  };
}

function failure(child: ChildRun, what: string): string {
  const tail = child.stderr.slice(-6).map((line) => `    ${line.text}`).join('\n');
  return `${what} (exit ${child.exitCode ?? child.signal})\n${tail}`;
}

/** Runs the command against the setting's simulator; returns what it did to the app. */
async function measured(setting: RunSetting, command: string, args: string[]) {
  const { context } = setting.simulator;
  const app = context.tenant.apps.find((candidate) => candidate.displayName === setting.appName);
  if (!app) throw new Error(`The simulator has no app "${setting.appName}"`);
  const before = new Set(app.secrets.map((secret) => secret.keyId));
  const spent = context.latencySpentMs;
  const signIns = () => context.events.filter((event) => event.kind === 'sign-in').length;
  const signInsBefore = signIns();
  await mkdir(setting.folder, { recursive: true });
  const probe = () => context.latencySpentMs - spent;
  const child = await runChild(command, args, { cwd: setting.folder, env: accountEnv(setting.simulator, setting.folder), timeoutMs: setting.timeoutMs, probe });
  const line = timeline(child.stderr, child.wallMs, probe(), setting.description);
  return { child, line, latencyMs: probe(), added: app.secrets.filter((secret) => !before.has(secret.keyId)), signedIn: signIns() > signInsBefore };
}

function record(kind: RunKind, setting: RunSetting, run: Awaited<ReturnType<typeof measured>>, problem: string | undefined): RunRecord {
  const { child, line } = run;
  return {
    kind,
    pair: setting.pair,
    ok: !problem,
    problem,
    wallMs: child.wallMs,
    startupMs: line.startupMs,
    phases: phaseTimes(line),
    steps: line.parts,
    tailMs: line.tailMs,
    totpWaitMs: line.totpWaitMs,
    latencySpentMs: run.latencyMs,
    browserStartMs: line.parts.find((part) => part.title === 'Start the browser')?.ms ?? 0,
    runnerPeakKiB: child.memory.runnerKiB,
    browserPeakKiB: child.memory.browserKiB,
    browserProcesses: child.memory.browserProcesses,
    folder: problem ? setting.folder : undefined,
  };
}

export async function floorRun(setting: RunSetting, script: string): Promise<RunRecord> {
  const run = await measured(setting, process.execPath, [script, '--app-id', appId(setting), '--description', setting.description, '--expires', EXPIRES_WORDS]);
  let result: FloorResult | undefined;
  try {
    result = JSON.parse(run.child.stdout) as FloorResult;
  } catch {
    // reported below
  }
  const problem =
    run.child.exitCode !== 0 || !result ? failure(run.child, 'the floor failed')
    : run.added.length !== 1 || run.added[0]!.value.length !== result.valueLength ? `the floor read a value of ${result.valueLength} characters; the portal added ${run.added.length} secret(s)`
    : undefined;
  return record('floor', setting, run, problem);
}

/**
 * The runbook's CLI, the value as JSON on stdout (the cheapest delivery; never printed): by name,
 * or (`cold-id`) by the Application ID the floor knows.
 */
export async function runbookRun(setting: RunSetting, kind: Exclude<RunKind, 'floor'>): Promise<RunRecord> {
  const app = kind === 'cold-id' ? appId(setting) : setting.appName;
  const run = await measured(setting, CLI, ['create-secret', '--app', app, '--description', setting.description, '--expires', EXPIRES_FLAG, '--json']);
  const delivered = deliveredValue(run.child.stdout);
  const problem =
    run.child.exitCode !== 0 ? failure(run.child, `the runbook (${kind}) failed`)
    : run.added.length !== 1 || delivered === undefined || run.added[0]!.value !== delivered ? `the runbook (${kind}) delivered a value that is not the one new secret (${run.added.length} added)`
    : undefined;
  const result = record(kind, setting, run, problem);
  if (kind === 'warm') {
    result.warm = {
      savedSignIn: run.line.notes.some((note) => note.startsWith('reusing the saved sign-in')),
      rememberedId: run.line.parts.some((part) => part.title.endsWith('by its remembered Application ID')),
      signedIn: run.signedIn,
    };
  }
  return result;
}

function appId(setting: RunSetting): string {
  const app = setting.simulator.context.tenant.apps.find((candidate) => candidate.displayName === setting.appName);
  if (!app) throw new Error(`The simulator has no app "${setting.appName}"`);
  return app.appId;
}

/** The `value` of the JSON document on stdout (a line before it, e.g. ::add-mask::, is skipped). */
function deliveredValue(stdout: string): string | undefined {
  try {
    const document = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{')))) as { value?: unknown };
    return typeof document.value === 'string' ? document.value : undefined;
  } catch {
    return undefined;
  }
}
