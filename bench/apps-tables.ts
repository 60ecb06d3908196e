// The many-apps benchmark's numbers and tables, from the measured runs only: per size and kind the
// total, the time to the first result, the marginal time per app, the simulator's latency per app,
// peak memory and sign-ins; then the goals' verdicts and whether tabs would pay.
import type { AppsRunKind, AppsRunRecord } from './apps-runs.ts';
import { mib, ms, ratio } from './stats.ts';

export const APPS_KIND_LABELS: Record<AppsRunKind, string> = {
  floor: 'floor (one tab)',
  'floor-tabs': 'floor in tabs',
  runbook: 'runbook, create-secret --apps',
};

/**
 * Marginal time per app: the least-squares slope of the result lines' times against their count,
 * the first app left out (it carries the sign-in and the browser's start).
 */
export function marginalMs(run: AppsRunRecord): number | undefined {
  const points = run.finishMs.slice(1).map((atMs, index) => [index + 2, atMs] as const);
  if (points.length < 2) return undefined;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const sxy = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return sxy / sxx;
}

/** Marginal time per app between two sizes: the totals' difference over the apps' difference. */
export function slopeBetween(small: AppsRunRecord | undefined, large: AppsRunRecord | undefined): number | undefined {
  if (!small?.ok || !large?.ok || large.size <= small.size) return undefined;
  return (large.wallMs - small.wallMs) / (large.size - small.size);
}

/** The second half's mean time per app over the first half's (after the first app): above 1, apps get slower as the run goes on. */
export function drift(run: AppsRunRecord): number | undefined {
  const gaps = run.finishMs.slice(1).map((atMs, index) => atMs - run.finishMs[index]!);
  if (gaps.length < 4) return undefined;
  const half = Math.floor(gaps.length / 2);
  const mean = (list: number[]) => list.reduce((sum, gap) => sum + gap, 0) / list.length;
  return mean(gaps.slice(half)) / mean(gaps.slice(0, half));
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

const perApp = (value: number | undefined, run: AppsRunRecord) => (value === undefined ? undefined : value / run.size);

const label = (run: AppsRunRecord) => `${APPS_KIND_LABELS[run.kind]}${run.kind === 'floor-tabs' ? ` (${run.tabs})` : ''}`;

export function appsRunsTable(runs: AppsRunRecord[]): string {
  const rows = runs.map((run) => [
    `${run.size} apps, ${label(run)}`,
    run.ok ? 'ok' : 'FAILED',
    ms(run.wallMs),
    ms(run.firstResultMs),
    ms(marginalMs(run)),
    ratio(drift(run)),
    ms(run.latencySpentMs / run.size),
    `${run.signIns.full} full, ${run.signIns.silent} silent`,
    `${ms(perApp(run.runnerCpuMs, run))} / ${ms(perApp(run.browserCpuMs, run))}`,
    mib(run.runnerPeakKiB),
    mib(run.browserPeakKiB),
    `${run.loadAtStart.toFixed(1)} → ${run.loadAtEnd.toFixed(1)}`,
  ]);
  return table(['run', 'checked', 'total', 'first result', 'marginal per app (fit)', 'drift (2nd half ÷ 1st)', 'simulator latency per app', 'sign-ins', 'CPU per app, runner / browser', 'peak RSS runner', 'peak RSS browser', 'load (1 min)'], rows);
}

const find = (runs: AppsRunRecord[], kind: AppsRunKind, size: number) => runs.find((run) => run.kind === kind && run.size === size);

export function appsVerdicts(runs: AppsRunRecord[], small: number, large: number): string {
  const floor = find(runs, 'floor', large);
  const runbook = find(runs, 'runbook', large);
  const runbookSmall = find(runs, 'runbook', small);
  const marginalRatio = runbook && floor ? (marginalMs(runbook) ?? NaN) / (marginalMs(floor) ?? NaN) : NaN;
  const slopeRatio = (slopeBetween(runbookSmall, runbook) ?? NaN) / (slopeBetween(find(runs, 'floor', small), floor) ?? NaN);
  const memory = (pick: (run: AppsRunRecord) => number | undefined) => (runbook && runbookSmall ? (pick(runbook) ?? NaN) / (pick(runbookSmall) ?? NaN) : NaN);
  const runnerRatio = memory((run) => run.runnerPeakKiB);
  const browserRatio = memory((run) => run.browserPeakKiB);
  const runbookRuns = runs.filter((run) => run.kind === 'runbook');
  const oneSignIn = runbookRuns.length > 0 && runbookRuns.every((run) => run.ok && run.signIns.full === 1 && run.signIns.silent === 0);
  const met = (value: number, goal: number) => (Number.isFinite(value) ? (value <= goal ? 'yes' : 'no') : '–');
  const rows = [
    [`marginal time per app at ${large}, runbook ÷ floor (least-squares fit)`, ratio(marginalRatio), '≤ 1.2×', met(marginalRatio, 1.2)],
    [`marginal time per app ${small} → ${large}, runbook ÷ floor (slope of the totals)`, ratio(slopeRatio), '≤ 1.2×', met(slopeRatio, 1.2)],
    [`peak RSS of the browser, ${large} ÷ ${small} apps (runbook)`, ratio(browserRatio), '≤ 1.5×', met(browserRatio, 1.5)],
    [`peak RSS of the runner, ${large} ÷ ${small} apps (runbook)`, ratio(runnerRatio), '≤ 1.5×', met(runnerRatio, 1.5)],
    ['sign-ins per file (the simulator\'s count, every runbook run)', runbookRuns.map((run) => `${run.signIns.full} full + ${run.signIns.silent} silent`).join('; '), '1 full, 0 silent', oneSignIn ? 'yes' : 'no'],
  ];
  return table(['goal', 'measured', 'goal', 'met'], rows);
}

export function tabsVerdict(runs: AppsRunRecord[], large: number): string {
  const one = find(runs, 'floor', large);
  const tabs = find(runs, 'floor-tabs', large);
  if (!one?.ok || !tabs?.ok) return 'Tabs: not measured at this size.';
  const gain = one.wallMs / tabs.wallMs;
  const perApp = (marginalMs(tabs) ?? NaN) / (marginalMs(one) ?? NaN);
  return (
    `Tabs: the floor with ${tabs.tabs} tabs of one signed-in browser took ${ms(tabs.wallMs)} for ${large} apps against ${ms(one.wallMs)} in one tab (${ratio(gain)} as fast; ` +
    `marginal per app ${ratio(perApp)} of one tab's), at ${tabs.browserPeakKiB && one.browserPeakKiB ? ratio(tabs.browserPeakKiB / one.browserPeakKiB) : '–'} the browser's memory. ` +
    `This is about the most \`--concurrency ${tabs.tabs}\` could win on this machine (load ${one.loadAtStart.toFixed(1)} to ${tabs.loadAtEnd.toFixed(1)}): ` +
    (gain >= 1.3 ? 'it would pay.' : 'too little to pay for the risk (two apps in flight at once when one fails or the session ends).')
  );
}
