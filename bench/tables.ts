// The benchmark's tables (Markdown), from the measured runs only: totals and ratios against the
// floor, where the time goes per phase and per step, and what each kind costs besides time.
import type { CliStart } from './cli-start.ts';
import { PHASES, PHASE_LABELS, phaseOf, type Phase } from './phases.ts';
import type { RunKind, RunRecord } from './runs.ts';
import { median, mib, ms, p95, ratio } from './stats.ts';

export interface BenchOptions {
  runs: number;
  latency: number;
  jitter: number;
  app: string;
}

const KINDS: RunKind[] = ['floor', 'cold', 'warm', 'cold-id'];
const KIND_LABELS: Record<RunKind, string> = { floor: 'floor', cold: 'runbook, cold', warm: 'runbook, warm', 'cold-id': 'runbook, cold, by Application ID' };

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

const ok = (runs: RunRecord[], kind: RunKind) => runs.filter((run) => run.kind === kind && run.ok);
const values = (runs: RunRecord[], pick: (run: RunRecord) => number | undefined) =>
  runs.map(pick).filter((value): value is number => value !== undefined);
const medP95 = (list: number[], format = ms) => [format(median(list)), format(p95(list))];

/** cold/floor and warm/floor within each pair (same pair: same moment, alternating order). */
function pairRatios(runs: RunRecord[], kind: RunKind, pick: (run: RunRecord) => number): number[] {
  const floors = new Map(ok(runs, 'floor').map((run) => [run.pair, run]));
  return ok(runs, kind).flatMap((run) => {
    const floor = floors.get(run.pair);
    return floor ? [pick(run) / floor.wallMs] : [];
  });
}

export function totalsTable(runs: RunRecord[], options: BenchOptions): string {
  const withoutWait = (run: RunRecord) => run.wallMs - run.totpWaitMs;
  const rows = KINDS.map((kind) => [KIND_LABELS[kind], `${ok(runs, kind).length} of ${runs.filter((run) => run.kind === kind).length}`, ...medP95(values(ok(runs, kind), (run) => run.wallMs))]);
  rows.splice(2, 0, ['runbook, cold, without the TOTP wait', rows[1]![1]!, ...medP95(values(ok(runs, 'cold'), withoutWait))]);
  rows.push(['runbook, cold, by Application ID, without the TOTP wait', rows[4]![1]!, ...medP95(values(ok(runs, 'cold-id'), withoutWait))]);
  const floorMedian = median(values(ok(runs, 'floor'), (run) => run.wallMs));
  const ratioRow = (label: string, kind: RunKind, pick: (run: RunRecord) => number, goal: number) => {
    const ofMedians = (median(values(ok(runs, kind), pick)) ?? NaN) / (floorMedian ?? NaN);
    const perPair = pairRatios(runs, kind, pick);
    const met = Number.isFinite(ofMedians) ? (ofMedians <= goal ? 'yes' : 'no') : '–';
    return [label, ratio(ofMedians), ratio(median(perPair)), ratio(p95(perPair)), `≤ ${goal.toFixed(1)}×`, met];
  };
  const waits = values([...ok(runs, 'cold'), ...ok(runs, 'cold-id')], (run) => run.totpWaitMs);
  const waited = waits.filter((wait) => wait > 0);
  return [
    `Wall time from spawn to exit, ${options.runs} pair(s); latency ${options.latency} ± ${options.jitter} ms per load.`,
    '',
    table(['kind', 'runs ok', 'median', 'p95'], rows),
    '',
    table(['ratio (wall time)', 'of the medians', 'per pair, median', 'per pair, p95', 'goal', 'met'], [
      ratioRow('cold / floor', 'cold', (run) => run.wallMs, 1.2),
      ratioRow('cold without the TOTP wait / floor', 'cold', withoutWait, 1.2),
      ratioRow('warm / floor (cold)', 'warm', (run) => run.wallMs, 1.0),
      ratioRow('cold by Application ID without the TOTP wait / floor (like for like)', 'cold-id', withoutWait, 1.2),
    ]),
    '',
    `The TOTP wait: a cold run signs in with a fresh authenticator code and waits for the next 30 s period when fewer than 8 s remain in this one (runbooks/totp.ts). ` +
      `${waited.length} of ${waits.length} cold run(s) waited; median ${ms(median(waits))}, p95 ${ms(p95(waits))}, longest ${ms(Math.max(0, ...waits))}. The floor types the current code whatever remains.`,
  ].join('\n');
}

export function phasesTable(runs: RunRecord[]): string {
  const phaseValues = (kind: RunKind, phase: Phase) => values(ok(runs, kind), (run) => run.phases[phase]);
  const latencyOf = (kind: RunKind, phase: Phase) =>
    values(ok(runs, kind), (run) => run.steps.filter((part) => phaseOf(part.title) === phase).reduce((sum, part) => sum + part.latencyMs, 0));
  const cell = (kind: RunKind, phase: Phase) => `${ms(median(phaseValues(kind, phase)))} (${ms(median(latencyOf(kind, phase)))})`;
  const diff = (kind: RunKind, phase: Phase) => ms((median(phaseValues(kind, phase)) ?? 0) - (median(phaseValues('floor', phase)) ?? 0));
  const rows = PHASES.filter((phase) => runs.some((run) => run.ok && run.phases[phase] > 0)).map((phase) => [
    PHASE_LABELS[phase],
    ...KINDS.map((kind) => cell(kind, phase)),
    diff('cold', phase),
    diff('warm', phase),
    diff('cold-id', phase),
  ]);
  return [
    'Median per phase; in brackets the simulated server latency that began in it (loads can overlap, so it may exceed the time). Medians of parts do not add up to the median total exactly.',
    '',
    table(['phase', 'floor', 'cold', 'warm', 'cold by ID', 'cold − floor', 'warm − floor', 'cold by ID − floor'], rows),
  ].join('\n');
}

/** Every step of one kind, in the order run, with the time between steps where it is 20 ms or more. */
export function stepsTable(runs: RunRecord[], kind: RunKind): string {
  const done = ok(runs, kind);
  const titles = [...new Set(done.flatMap((run) => run.steps.map((part) => part.title)))];
  const rows = titles.flatMap((title) => {
    const times = done.flatMap((run) => run.steps.filter((part) => part.title === title).map((part) => part.ms));
    const latency = done.flatMap((run) => run.steps.filter((part) => part.title === title).map((part) => part.latencyMs));
    if (title.startsWith('(between steps)') && (median(times) ?? 0) < 20) return [];
    return [[title, `${times.length}`, ...medP95(times), ms(median(latency))]];
  });
  rows.unshift(['(start-up: process start → first step)', `${done.length}`, ...medP95(values(done, (run) => run.startupMs)), '0 ms']);
  const waits = values(done, (run) => run.totpWaitMs);
  if (waits.some((wait) => wait > 0)) {
    const at = rows.findIndex((row) => /^Sign in\b/.test(row[0]!));
    rows.splice(at + 1, 0, ['(of which the wait for a fresh authenticator code)', `${waits.filter((wait) => wait > 0).length} waited`, ...medP95(waits), '–']);
  }
  rows.push(['(after the last step: close, summary, exit)', `${done.length}`, ...medP95(values(done, (run) => run.tailMs)), '–']);
  return table(['step', 'runs', 'median', 'p95', 'latency (median)'], rows);
}

export function costsTable(runs: RunRecord[], options: BenchOptions, cliStart: CliStart): string {
  const row = (label: string, pick: (run: RunRecord) => number | undefined, format = ms) =>
    [label, ...KINDS.map((kind) => medP95(values(ok(runs, kind), pick), format).join(' / '))];
  const rows = [
    row('simulator latency sum', (run) => run.latencySpentMs),
    ...(options.jitter === 0 && options.latency > 0 ? [row('loads that waited (latency sum ÷ latency)', (run) => run.latencySpentMs / options.latency, (n) => (n === undefined ? '–' : n.toFixed(0)))] : []),
    row('start-up (process start → first step)', (run) => run.startupMs),
    row('browser start', (run) => run.browserStartMs),
    row('peak RSS, the runner (node)', (run) => run.runnerPeakKiB, mib),
    row('peak RSS, the browser (sum over its processes)', (run) => run.browserPeakKiB, mib),
    row('browser processes (most at once)', (run) => run.browserProcesses, (n) => (n === undefined ? '–' : String(n))),
  ];
  return [
    table(['median / p95', ...KINDS.map((kind) => KIND_LABELS[kind])], rows),
    '',
    `CLI start: \`bin/portal-runbook --help\` ${ms(cliStart.helpMedian)} (p95 ${ms(cliStart.helpP95)}) against \`node -e ""\` ${ms(cliStart.nodeMedian)} (p95 ${ms(cliStart.nodeP95)}), ` +
      `${cliStart.helpMs.length} each, alternating: **${ratio(cliStart.ratio)}** (goal ≤ 3.0×, ${cliStart.ratio <= 3 ? 'met' : 'not met'}).`,
  ].join('\n');
}

export function warmCheck(runs: RunRecord[]): string {
  const warm = runs.filter((run) => run.kind === 'warm' && run.warm);
  const count = (pick: (run: RunRecord) => boolean) => `${warm.filter(pick).length} of ${warm.length}`;
  return `Warm runs: reused the saved sign-in ${count((run) => run.warm!.savedSignIn)}; opened the app by its remembered Application ID ${count((run) => run.warm!.rememberedId)}; signed in at the sign-in origin ${count((run) => run.warm!.signedIn)} (should be none).`;
}

export function problems(runs: RunRecord[]): string {
  const failed = runs.filter((run) => !run.ok);
  if (failed.length === 0) return 'Every run added exactly one secret and handed over its value.';
  return failed.map((run) => `- pair ${run.pair}, ${KIND_LABELS[run.kind]}: ${run.problem}${run.folder ? `\n  (its folder: ${run.folder})` : ''}`).join('\n');
}
