// Progress on stderr, the way a person would want to watch it: each step as it starts,
// then its outcome and how long it took. Never the secret: titles and notes carry none.
import type { Writable } from 'node:stream';
import type { StepRecord, Steps } from '../runbooks/steps.ts';

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export class ProgressPrinter implements Steps {
  readonly records: StepRecord[] = [];
  private depth = 0;

  constructor(
    private readonly out: Writable = process.stderr,
    /** Only notes and failed steps are printed. */
    private readonly options: { quiet?: boolean } = {},
  ) {}

  private line(text: string, { always = false } = {}): void {
    if (this.options.quiet && !always) return;
    this.out.write(`${'  '.repeat(this.depth)}${text}\n`);
  }

  async run<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.line(`→ ${title}`);
    const started = performance.now();
    this.depth += 1;
    try {
      const result = await body();
      this.depth -= 1;
      const durationMs = performance.now() - started;
      this.records.push({ title, outcome: 'ok', durationMs });
      this.line(`✓ ${title} (${seconds(durationMs)})`);
      return result;
    } catch (error) {
      this.depth -= 1;
      const durationMs = performance.now() - started;
      this.records.push({ title, outcome: 'failed', durationMs });
      this.line(`✗ ${title} (${seconds(durationMs)})`, { always: true });
      throw error;
    }
  }

  note(message: string): void {
    this.line(`· ${message}`, { always: true });
  }
}
