// The one skeleton of every command that drives the portal: settings read and input checked
// (bad input changes nothing), the browser found, the target (simulator or real portal) chosen,
// then one signed-in run for the command's operations, SIGINT, and the failure told with its exit
// code. A command module only checks its own flags and calls operations on the run.
import { loadEnvFile } from '../lib/account.ts';
import { parseDirectoryName } from '../runbooks/directory-name.ts';
import { EXIT_CODES, type ExitKind } from '../runbooks/errors.ts';
import type { PortalRun } from '../runbooks/portal-run.ts';
import type { DateOrder } from '../pages/portal-dates.ts';
import { listenForInterrupt } from './interrupt.ts';
import { portalTarget, refuseSimulatorFlagsAlone, requireBrowser, type TargetNeeds } from './portal-target.ts';
import { ProgressPrinter } from './progress-printer.ts';
import { reportError } from './report-error.ts';
import type { SimulatorFlags } from './simulator-flags.ts';
import type { RunningSimulator } from './simulator-lazily.ts';

export interface PortalCommandFlags extends SimulatorFlags {
  simulator: boolean;
  headed: boolean;
  record?: string;
  /** --tenant: the directory to work in (tenant ID or domain). */
  tenant?: string;
}

export interface PortalCommand<Input> {
  /** Checks the flags (throw badInput naming the flag); also runs before anything starts. */
  input: () => Input | Promise<Input>;
  /** The operations, on a run signed in once; returns the exit kind ('ok' unless said otherwise). */
  work: (run: PortalRun, input: Input, target: { stateFile: string | undefined }) => Promise<ExitKind | void>;
  /** How the page writes dates, when the user said. */
  dateOrder?: (input: Input) => DateOrder | undefined;
  /** What the account must have (login --interactive and logout need no secrets). */
  needs?: TargetNeeds;
  /** A window whatever --headed says (login --interactive). */
  headed?: boolean;
  /** What Ctrl+C does, said when it comes (default: a secret already added is deleted). */
  onInterrupt?: string;
  /** Progress shows only notes and failed steps (many apps: each app's own line says the rest). */
  quietSteps?: boolean;
}

export async function runPortalCommand<Input>(flags: PortalCommandFlags, command: PortalCommand<Input>): Promise<void> {
  const today = new Date();
  let simulator: RunningSimulator | undefined;
  const interrupt = listenForInterrupt(process.stderr, command.onInterrupt);
  const headed = command.headed ?? flags.headed;
  try {
    // A real portal's settings may be in .env: read before the input is checked.
    if (!flags.simulator) loadEnvFile();
    if (flags.tenant !== undefined) parseDirectoryName(flags.tenant);
    const input = await command.input();
    refuseSimulatorFlagsAlone(flags);
    requireBrowser({ headed });
    const { withPortalRun } = await import('../runbooks/portal-run.ts');
    const target = await portalTarget(flags, command.needs);
    simulator = target.simulator;
    const kind = await withPortalRun(
      { account: target.account, steps: new ProgressPrinter(process.stderr, { quiet: command.quietSteps }), headed, stateFile: target.stateFile, signal: interrupt.signal, today, dateOrder: command.dateOrder?.(input), recordFile: flags.record, directory: flags.tenant },
      (run) => command.work(run, input, { stateFile: target.stateFile }),
    );
    process.exitCode = EXIT_CODES[kind || 'ok'];
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    interrupt.release();
    await simulator?.close();
  }
}
