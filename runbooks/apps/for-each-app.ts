// Many apps on one signed-in run: each app's work in turn, on the same browser and sign-in. One
// app's failure (not found, refused by the portal, delivery failed and rolled back) is told for
// that app (what it added deleted first, its own failure report) and the run goes on with the
// next. A browser that died is replaced (signed in again silently with the saved sign-in). Ctrl+C
// stops after the app in progress is cleaned up; the apps after it are reported as not started.
import { RunbookError, type FailureKind } from '../errors.ts';
import type { PortalRun } from '../portal-run.ts';

export interface AppJob<Result> {
  /** Where the app is named (the apps file's line). */
  line: number;
  /** The app as the file names it. */
  label: string;
  work: (run: PortalRun) => Promise<Result>;
}

export type AppOutcome<Result> =
  | { job: AppJob<Result>; status: 'done'; result: Result; seconds: number }
  | { job: AppJob<Result>; status: 'failed'; error: RunbookError; seconds: number }
  | { job: AppJob<Result>; status: 'not-started'; why: string };

/** Failures after which no other app could fare better: the rest are not started. */
const STOPS_THE_FILE: ReadonlySet<FailureKind> = new Set(['interrupted', 'sign-in', 'unreachable']);

export interface ForEachAppOptions<Result> {
  /** Told as each app finishes (or is skipped), in file order. */
  onOutcome?: (outcome: AppOutcome<Result>, index: number, total: number) => void;
}

export async function forEachApp<Result>(run: PortalRun, jobs: readonly AppJob<Result>[], options: ForEachAppOptions<Result> = {}): Promise<AppOutcome<Result>[]> {
  const outcomes: AppOutcome<Result>[] = [];
  const tell = (outcome: AppOutcome<Result>) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome, outcomes.length - 1, jobs.length);
  };
  let stopped: string | undefined;
  for (const job of jobs) {
    if (!stopped && run.options.signal?.aborted) stopped = 'interrupted (Ctrl+C) before it started';
    if (stopped) {
      tell({ job, status: 'not-started', why: stopped });
      continue;
    }
    const started = performance.now();
    const sinceStep = run.steps.records.length;
    run.steps.stopOnInterrupt = true;
    try {
      const result = await job.work(run);
      tell({ job, status: 'done', result, seconds: secondsSince(started) });
    } catch (caught) {
      const error = await run.fail(caught, { sinceStep });
      tell({ job, status: 'failed', error, seconds: secondsSince(started) });
      if (STOPS_THE_FILE.has(error.kind)) stopped = error.kind === 'interrupted' ? 'interrupted (Ctrl+C) before it started' : `not started: the run stopped at ${job.label} (${error.kind})`;
      else if (await run.letGoOfDeadBrowser()) run.steps.note('the browser closed: the next app opens a new one, signed in again with the saved sign-in');
    }
  }
  return outcomes;
}

function secondsSince(started: number): number {
  return Math.round((performance.now() - started) / 100) / 10;
}
