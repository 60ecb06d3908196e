// The fault soak: create-secret runs through the CLI against one in-process simulator, each under
// a drawn fault or variant, each judged afterwards against the simulator's record: delivered and
// equal to the record, or nothing of the run left; the value in no file but the destination and
// not in the output; a documented exit code. Used by `npm run soak` and tests/soak.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type RunningSimulator } from '../../simulator/index.ts';
import type { SecretRecord } from '../../simulator/state.ts';
import { cleanEnv, startCli, type CliResult } from '../../tests/support/cli.ts';
import { filesContaining, tempEntries } from '../../tests/support/leak-scan.ts';
import { SimulatorAdmin, type SimulatorState } from '../../tests/support/simulator-admin.ts';
import { classify, type Outcome, type Problem, type RecordedSecret, type RunVerdict } from './classify.ts';
import { prepareDestination, UnwritableFolders } from './destinations.ts';
import { describeMoment, describePlan, drawPlans, momentPattern, STEP_LINES, type Moment, type PlanOptions, type RunPlan } from './plan.ts';
import { killBrowserOf } from './processes.ts';

export interface SoakOptions extends PlanOptions {
  /** Run only this run of the drawn soak (1-based); it starts cold (no saved sign-in). */
  only?: number;
  /** Run only runs `first`..`last` of the drawn soak (1-based), against a simulator of their own: a share of the soak for one test worker. */
  share?: { first: number; last: number };
  /** A run still going after this long is a hang: its browser and process are killed. */
  guardMs?: number;
  /** Keep the soak's folder (runs, reports, outputs) even when every run was fine. */
  keep?: boolean;
  /** Progress, one line per run (never a value). */
  log?: (line: string) => void;
  /** Checked before each run: true stops the soak there. */
  stopRequested?: () => boolean;
}

export interface SoakRun {
  plan: RunPlan;
  /** Why the run did not happen (a full disk needs root). */
  skipped?: string;
  code?: number | null;
  signal?: NodeJS.Signals | null;
  verdict: RunVerdict;
  durationMs: number;
  /** The run's folder, kept when it had a problem or a slow step (or with --keep). */
  dir: string;
  /** Steps that took 20 s or more, done or failed (not failures of the run; worth a look). */
  stalls: string[];
  /**
   * For a delivered run: step lines the soak acts on that the CLI did not print (→ and ✓ of each).
   * Not empty means the CLI no longer runs a step of STEP_LINES (its titles come from runbooks/step-titles.ts).
   */
  missingStepLines: string[];
}

export interface SoakResult {
  seed: number;
  runs: SoakRun[];
  /** Where the runs' folders are (removed when no run had a problem or a slow step, unless kept). */
  root: string;
  rootKept: boolean;
  durationMs: number;
  counts: Record<Outcome | Problem | 'skipped', number>;
  /** Exit code (or signal) → runs. */
  exits: Map<string, number>;
  /** Lost, leaked, orphaned, crashed or unexpected runs: 0 is a pass. */
  failures: number;
}

const DEFAULT_GUARD_MS = 5 * 60_000;

function secretsOf(state: SimulatorState): Map<string, RecordedSecret> {
  const map = new Map<string, RecordedSecret>();
  for (const app of state.tenant.apps) {
    for (const secret of app.secrets as SecretRecord[]) map.set(`${app.appId}/${secret.keyId}`, { appId: app.appId, keyId: secret.keyId, value: secret.value });
  }
  return map;
}

function scrub(text: string, values: readonly string[]): string {
  return values.reduce((out, value) => out.split(value).join('«value»'), text);
}

class Soak {
  private readonly admin: SimulatorAdmin;

  constructor(
    private readonly simulator: RunningSimulator,
    private readonly root: string,
    private readonly folders: UnwritableFolders | undefined,
    private readonly options: SoakOptions,
  ) {
    this.admin = new SimulatorAdmin(simulator.adminUrl);
  }

  private accountEnv(plan: RunPlan, dir: string): NodeJS.ProcessEnv {
    const account = this.simulator.accounts[plan.account]!;
    return cleanEnv({
      PORTAL_URL: this.simulator.portalUrl,
      PORTAL_USERNAME: account.username,
      PORTAL_PASSWORD: account.password,
      PORTAL_TOTP_SECRET: account.totpSecret,
      // One saved sign-in per account, kept across the soak: most runs are warm, as a user's repeats are.
      PORTAL_STATE_FILE: join(this.root, 'state', `account-${plan.account + 1}.json`),
      XDG_STATE_HOME: join(this.root, 'xdg'),
      PORTAL_REPORT_DIR: join(dir, 'reports'),
      // The browser profile and anything else temporary lands in the run's folder, which is scanned.
      TMPDIR: join(dir, 'tmp'),
    });
  }

  /** Starts the CLI and, for Ctrl+C or a browser kill, acts when the chosen step line is printed. */
  private async execute(plan: RunPlan, dir: string, args: string[]): Promise<{ result: CliResult; hung: boolean; acted?: string }> {
    const cli = startCli(['create-secret', ...args], { env: this.accountEnv(plan, dir), cwd: dir });
    const pid = cli.child.pid!;
    let hung = false;
    const guard = setTimeout(() => {
      hung = true;
      void killBrowserOf(pid).finally(() => cli.child.kill('SIGKILL'));
    }, this.options.guardMs ?? DEFAULT_GUARD_MS);
    const acting = plan.moment
      ? cli.stderrLine(momentPattern(plan.moment)).then(
          async () => {
            const at = describeMoment(plan.moment!);
            if (plan.scenario === 'ctrl-c') {
              cli.child.kill('SIGINT');
              return `SIGINT sent at "${at}"`;
            }
            const killed = await killBrowserOf(pid);
            return killed.length > 0 ? `browser (${killed.join(', ')}) killed at "${at}"` : `no browser to kill at "${at}"`;
          },
          () => `the run ended before "${describeMoment(plan.moment!)}": nothing was done`,
        )
      : Promise.resolve(undefined);
    const result = await cli.done;
    clearTimeout(guard);
    return { result, hung, acted: await acting };
  }

  async run(plan: RunPlan): Promise<SoakRun> {
    const started = performance.now();
    const dir = join(this.root, 'runs', String(plan.index).padStart(4, '0'));
    await mkdir(join(dir, 'tmp'), { recursive: true });
    const destination = await prepareDestination(plan, dir, this.folders);
    if (!destination) {
      return { plan, skipped: 'a full disk needs root (a tmpfs mount)', verdict: { problems: [], notes: [] }, durationMs: 0, dir, stalls: [], missingStepLines: [] };
    }
    await this.admin.configure(plan.config);
    const before = await this.admin.state();
    const args = [
      '--app', plan.app,
      '--expires', plan.expires,
      ...(plan.description ? ['--description', plan.description] : []),
      ...(plan.navigate ? ['--navigate'] : []),
      ...destination.args,
    ];
    const tempBefore = await tempEntries();
    const { result, hung, acted } = await this.execute(plan, dir, args);
    const appeared = [...(await tempEntries())].filter((entry) => !tempBefore.has(entry) && !entry.startsWith(this.root));
    const after = await this.admin.state();

    const secretsBefore = secretsOf(before);
    const secretsAfter = secretsOf(after);
    const issued = after.issuedValues.slice(before.issuedValues.length);
    const deliveredValue = await destination.deliveredValue(result.stdout);
    const leaks = new Set<string>();
    const roots = [dir, join(this.root, 'state'), join(this.root, 'xdg'), ...appeared, ...(this.folders?.full ? [this.folders.full] : [])];
    for (const value of issued) {
      for (const file of await filesContaining(value, roots)) if (file !== destination.file) leaks.add(file);
      if (result.stderr.includes(value)) leaks.add('<stderr>');
      if (plan.destination !== 'json' && result.stdout.includes(value)) leaks.add('<stdout>');
    }
    const verdict = classify({
      plan,
      code: result.code,
      signal: result.signal,
      hung,
      stderr: result.stderr,
      added: [...secretsAfter].filter(([key]) => !secretsBefore.has(key)).map(([, secret]) => secret),
      removed: [...secretsBefore].filter(([key]) => !secretsAfter.has(key)).map(([, secret]) => secret),
      issuedCount: issued.length,
      portalTouched: after.events.length > before.events.length,
      deliveredValue,
      deliveryProblems: result.code === 0 && deliveredValue ? await destination.deliveryProblems() : [],
      leaks: [...leaks],
      acted,
      userInterrupted: this.options.stopRequested?.(),
    });
    // What the CLI printed, kept with the run (scrubbed: the soak's own files hold no value).
    await writeFile(join(dir, 'cli-stderr.txt'), scrub(result.stderr, issued));
    await writeFile(join(dir, 'cli-stdout.txt'), scrub(result.stdout, issued));
    await rm(join(dir, 'tmp'), { recursive: true, force: true });
    const stalls = stallsIn(scrub(result.stderr, issued));
    if (verdict.problems.length === 0 && stalls.length === 0 && !this.options.keep) await rm(dir, { recursive: true, force: true });
    const missingStepLines = verdict.outcome === 'delivered' ? missingSteps(result.stderr) : [];
    return { plan, code: result.code, signal: result.signal, verdict, durationMs: performance.now() - started, dir, stalls, missingStepLines };
  }
}

/** Step lines (`✓ title (21.3 s)`, `✗ title (45.0 s)`) of steps that took 20 s or more. */
function stallsIn(stderr: string): string[] {
  const stalls: string[] = [];
  for (const line of stderr.split('\n')) {
    const step = /^\s*([✓✗]) (.*) \((\d+(?:\.\d+)?) (s|ms)\)$/.exec(line);
    if (!step) continue;
    const seconds = step[4] === 's' ? Number(step[3]) : Number(step[3]) / 1000;
    if (seconds >= 20) stalls.push(`${step[1] === '✗' ? 'failed after' : 'took'} ${seconds.toFixed(1)} s: ${step[2]}`);
  }
  return stalls;
}

function missingSteps(stderr: string): string[] {
  const lines = stderr.split('\n');
  const moments = STEP_LINES.flatMap((step) => (['→', '✓'] as const).map((phase): Moment => ({ phase, step })));
  return moments.filter((moment) => !lines.some((line) => momentPattern(moment).test(line))).map(describeMoment);
}

function tally(runs: SoakRun[]): Pick<SoakResult, 'counts' | 'exits' | 'failures'> {
  const counts: SoakResult['counts'] = { delivered: 0, refused: 0, 'rolled back': 0, lost: 0, leaked: 0, orphaned: 0, crashed: 0, unexpected: 0, skipped: 0 };
  const exits = new Map<string, number>();
  let failures = 0;
  for (const run of runs) {
    if (run.skipped) {
      counts.skipped += 1;
      continue;
    }
    if (run.verdict.outcome) counts[run.verdict.outcome] += 1;
    for (const problem of run.verdict.problems) counts[problem] += 1;
    if (run.verdict.problems.length > 0) failures += 1;
    const exit = run.code === null || run.code === undefined ? `signal ${run.signal}` : String(run.code);
    exits.set(exit, (exits.get(exit) ?? 0) + 1);
  }
  return { counts, exits, failures };
}

export function describeRun(run: SoakRun): string {
  if (run.skipped) return `skipped: ${run.skipped}`;
  const exit = run.code === null ? `killed by ${run.signal}` : `exit ${run.code}`;
  const judged = [run.verdict.outcome, ...run.verdict.problems.map((problem) => problem.toUpperCase())].filter(Boolean).join(', ');
  return `${exit} → ${judged} (${(run.durationMs / 1000).toFixed(1)} s)`;
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const drawn = drawPlans(options);
  const { only, share } = options;
  const plans = drawn.filter((plan) => (only ? plan.index === only : !share || (plan.index >= share.first && plan.index <= share.last)));
  const root = await mkdtemp(join(tmpdir(), 'soak-'));
  await Promise.all(['state', 'xdg', 'runs'].map((name) => mkdir(join(root, name), { recursive: true })));
  const needs = { readOnly: plans.some((plan) => plan.destination === 'read-only'), full: plans.some((plan) => plan.destination === 'full-disk') };
  const folders = needs.readOnly || needs.full ? await UnwritableFolders.make(root, needs) : undefined;
  const simulator = await startSimulator({ port: 0, latency: 0, jitter: 0 });
  const runs: SoakRun[] = [];
  try {
    const soak = new Soak(simulator, root, folders, options);
    for (const plan of plans) {
      if (options.stopRequested?.()) break;
      const run = await soak.run(plan);
      runs.push(run);
      log(`run ${String(plan.index).padStart(String(options.runs).length)}/${options.runs}  ${describePlan(plan)}  ${describeRun(run)}`);
      for (const note of [...run.verdict.notes, ...run.stalls]) log(`      ${note}`);
    }
  } finally {
    await simulator.close();
    await folders?.release();
  }
  const result = tally(runs);
  const rootKept = result.failures > 0 || runs.some((run) => run.stalls.length > 0) || !!options.keep;
  if (!rootKept) await rm(root, { recursive: true, force: true });
  return { seed: options.seed, runs, root, rootKept, durationMs: performance.now() - started, ...result };
}
