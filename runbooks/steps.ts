// How a runbook reports progress without knowing who watches: the CLI prints each step with
// its outcome and duration; tests wrap each in test.step(). Runbooks never import @playwright/test.
export interface Steps {
  /** Runs one named step; the title says what a person would be doing (never a secret). */
  run<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** A note inside the current step (e.g. "waiting for the next TOTP period"). */
  note(message: string): void;
}

export interface StepRecord {
  title: string;
  outcome: 'ok' | 'failed';
  durationMs: number;
}

/** Runs steps silently and keeps their timings (for benchmarks and as a base). */
export class RecordingSteps implements Steps {
  readonly records: StepRecord[] = [];

  async run<T>(title: string, body: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await body();
      this.records.push({ title, outcome: 'ok', durationMs: performance.now() - started });
      return result;
    } catch (error) {
      this.records.push({ title, outcome: 'failed', durationMs: performance.now() - started });
      throw error;
    }
  }

  note(_message: string): void {}
}
