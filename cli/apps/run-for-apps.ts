// A command with `--apps FILE`: the file checked whole before any browser starts, then one run
// signed in once for every app in it (runbooks/apps/for-each-app.ts), each app's outcome told as
// it finishes, a summary at the end, and an exit code for the whole file (cli/apps/apps-report.ts).
import { forEachApp, type AppJob } from '../../runbooks/apps/for-each-app.ts';
import type { PortalRun } from '../../runbooks/portal-run.ts';
import { dateOrderFrom } from '../create-secret-input.ts';
import { runPortalCommand, type PortalCommandFlags } from '../portal-command.ts';
import type { DateOrder } from '../../pages/portal-dates.ts';
import { appsInput, type AppInput, type AppsInputSpec } from './apps-input.ts';
import { AppsReport, type AppSummary } from './apps-report.ts';

export type AppsFlags = PortalCommandFlags & { apps: string; json?: boolean; 'date-order'?: DateOrder };

export interface AppsCommand<Flags, Input, Result> extends AppsInputSpec<Flags, Input> {
  /** One app's operations on the run. */
  work: (run: PortalRun, input: Input) => Promise<Result>;
  summarize: (result: Result) => AppSummary;
  /** After the app's line (list-secrets: its table). */
  afterApp?: (result: Result) => void;
}

/** One row's job: in its directory (entered only when the run is elsewhere), the command's work. */
export function jobOf<Input, Result>({ row, label, input, tenant }: AppInput<Input>, work: (run: PortalRun, input: Input) => Promise<Result>): AppJob<Result> {
  return {
    line: row.line,
    label,
    work: async (run) => {
      if (tenant) await run.enterDirectory(tenant);
      return work(run, input);
    },
  };
}

export async function runForApps<Flags extends AppsFlags, Input, Result>(flags: Flags, command: AppsCommand<Flags, Input, Result>): Promise<void> {
  const json = flags.json === true;
  const report = new AppsReport(command.summarize, { stderr: process.stderr, stdout: process.stdout, json });
  // With many apps --json is the report (one object per app); values go only to each app's destinations.
  const rowFlags = { ...flags, json: false };
  await runPortalCommand(flags, {
    input: () => appsInput(flags.apps, rowFlags, command),
    dateOrder: () => dateOrderFrom(flags['date-order']),
    quietSteps: true,
    onInterrupt: 'finishing the app in progress safely (a secret it added is deleted), then stopping; the apps after it are not started',
    work: async (run, apps) => {
      const jobs = apps.map((app) => jobOf(app, command.work));
      const outcomes = await forEachApp(run, jobs, {
        onOutcome: (outcome, index, total) => {
          report.tell(outcome, index, total);
          if (outcome.status === 'done' && !json) command.afterApp?.(outcome.result);
        },
      });
      return report.finish(outcomes);
    },
  });
}
