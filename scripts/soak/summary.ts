// The soak's closing report: counts, the exit-code histogram, the runs that went wrong, and how
// to replay them. Numbers and names only: never a value.
import { describeRun, type SoakResult } from './soak.ts';
import { describePlan } from './plan.ts';

export interface ReplayFlags {
  runs: number;
  /** Flags other than --runs/--seed/--only that shape the draw (--accounts, --latency-*, --scenarios). */
  extra: string[];
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export function summaryLines(result: SoakResult, replay: ReplayFlags): string[] {
  const { counts } = result;
  const ran = result.runs.length - counts.skipped;
  const command = (more: string[] = []) => ['npm run soak --', '--runs', String(replay.runs), '--seed', String(result.seed), ...replay.extra, ...more].join(' ');
  const row = (label: string, value: number, mustBeZero = false) => `  ${label.padEnd(16)}${String(value).padStart(5)}${mustBeZero && value > 0 ? '   ← must be 0' : ''}`;
  const lines = [
    '',
    `Soak: ${ran} run(s) through the CLI in ${duration(result.durationMs)}, seed ${result.seed}`,
    row('delivered', counts.delivered),
    row('cleanly refused', counts.refused),
    row('rolled back', counts['rolled back']),
    row('lost', counts.lost, true),
    row('leaked', counts.leaked, true),
    row('orphaned', counts.orphaned, true),
    row('crashed', counts.crashed, true),
    row('unexpected', counts.unexpected, true),
    ...(counts.skipped > 0 ? [row('skipped', counts.skipped)] : []),
    `  exit codes      ${[...result.exits].sort(([a], [b]) => Number(a) - Number(b)).map(([code, count]) => `${code} ×${count}`).join(', ')}`,
  ];
  const bad = result.runs.filter((run) => run.verdict.problems.length > 0);
  if (bad.length > 0) {
    lines.push('', `${bad.length} run(s) went wrong (folders with the CLI's output and failure reports under ${result.root}/runs):`);
    for (const run of bad) {
      lines.push(`  run ${run.plan.index}: ${describePlan(run.plan)} — ${describeRun(run)}`);
      for (const note of run.verdict.notes) lines.push(`      ${note}`);
      lines.push(`      replay alone (cold): ${command(['--only', String(run.plan.index)])}`);
    }
  } else if (result.rootKept && !result.runs.some((run) => run.stalls.length > 0)) {
    lines.push(`  kept: ${result.root}`);
  }
  const stalled = result.runs.filter((run) => run.stalls.length > 0 && run.verdict.problems.length === 0);
  if (stalled.length > 0) {
    lines.push('', `Slow steps (not failures: the run recovered, but a person would have waited; output under ${result.root}/runs):`);
    for (const run of stalled) lines.push(`  run ${run.plan.index} (${describePlan(run.plan)}): ${run.stalls.join('; ')}`);
  }
  const missing = [...new Set(result.runs.flatMap((run) => run.missingStepLines))];
  if (missing.length > 0) {
    lines.push('', `Warning: delivered runs never printed ${missing.map((line) => `"${line}"`).join(', ')}: Ctrl+C and the browser kill at those lines did nothing. create-secret no longer runs those steps of runbooks/step-titles.ts: update STEP_LINES in scripts/soak/plan.ts.`);
  }
  lines.push(`replay: ${command()}`);
  return lines;
}
