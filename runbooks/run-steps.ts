// The steps a run reports through: the caller's (the CLI's printer, a test's steps), timed, with
// the value scrubbed from every error and note. An interrupt (SIGINT) stops the run at the next
// step; what cleans up after it (added-secrets.ts) runs through `uninterrupted`, which never stops.
import { RunbookError } from './errors.ts';
import type { Redactor } from './redact.ts';
import { RecordingSteps, type Steps } from './steps.ts';

export interface RunInterrupt {
  /** Aborted on SIGINT. */
  signal?: AbortSignal;
  /** Whether Add has been clicked in this run (the record of what it added says). */
  addClicked: () => boolean;
}

export class RunSteps extends RecordingSteps {
  /**
   * While true, an interrupt stops the run at the next step. create-secret clears it right before
   * Add: from then on its hand-over decides where to stop, once the new row has been read.
   */
  stopOnInterrupt = true;
  /** The same steps, never stopped by an interrupt: for deleting what the run added after one. */
  readonly uninterrupted: Steps = {
    run: (title, body) => this.report(title, body),
    note: (message) => this.note(message),
  };

  constructor(
    private readonly outer: Steps,
    private readonly redactor: Redactor,
    private readonly interrupt: RunInterrupt,
  ) {
    super();
  }

  override run<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (this.stopOnInterrupt && this.interrupt.signal?.aborted) return Promise.reject(interruptedError(this.interrupt.addClicked()));
    return this.report(title, body);
  }

  override note(message: string): void {
    this.outer.note(this.redactor.scrub(message));
  }

  private report<T>(title: string, body: () => Promise<T>): Promise<T> {
    return this.outer.run(title, () => super.run(title, () => this.redactor.guard(body)));
  }
}

/** The run stopped for an interrupt: before Add nothing needs undoing; after it, the record deletes. */
export function interruptedError(addClicked: boolean): RunbookError {
  return new RunbookError('interrupted', addClicked ? 'Interrupted (SIGINT) after Add.' : 'Interrupted (SIGINT) before Add: nothing was added.');
}
