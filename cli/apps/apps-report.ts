// What a many-apps run tells: a line per app as it finishes (`12/40 Puzzel Reporting API ✓
// rotated (3.1 s)`), a summary table at the end (stderr), with --json one object per app on
// stdout (JSON Lines; never a value: values go only to each app's own destinations), and the
// exit code: 0 all done, 12 some failed, 13 none done (or the stopping failure's own code).
import type { AppOutcome } from '../../runbooks/apps/for-each-app.ts';
import { EXIT_CODES, type ExitKind } from '../../runbooks/errors.ts';

/** What one app's work came to, in a word and a line, and its JSON. */
export interface AppSummary {
  /** created, rotated, covered, listed, planned… */
  outcome: string;
  /** One line for people: "Secret ID …, ends 2027-06-05". */
  detail: string;
  /** The app's JSON fields (never a value). */
  document: Record<string, unknown>;
}

export class AppsReport<Result> {
  constructor(
    private readonly summarize: (result: Result) => AppSummary,
    private readonly out: { stderr: NodeJS.WritableStream; stdout: NodeJS.WritableStream; json: boolean } = { stderr: process.stderr, stdout: process.stdout, json: false },
  ) {}

  /** The line for an app that has just finished, and its JSON object. */
  tell(outcome: AppOutcome<Result>, index: number, total: number): void {
    const { job } = outcome;
    const counter = `${index + 1}/${total}`;
    if (outcome.status === 'done') {
      const { outcome: word, detail } = this.summarize(outcome.result);
      this.out.stderr.write(`${counter} ${job.label} ✓ ${word} (${outcome.seconds} s)${detail ? `: ${detail}` : ''}\n`);
    } else if (outcome.status === 'failed') {
      const [first, ...rest] = outcome.error.message.split('\n');
      this.out.stderr.write(`${counter} ${job.label} ✗ ${outcome.error.kind} (${outcome.seconds} s): ${first}\n${rest.map((line) => `    ${line}\n`).join('')}`);
    } else {
      this.out.stderr.write(`${counter} ${job.label} – ${outcome.why}\n`);
    }
    if (this.out.json) this.out.stdout.write(`${JSON.stringify(this.document(outcome))}\n`);
  }

  /** The table at the end, and the exit kind. */
  finish(outcomes: AppOutcome<Result>[]): ExitKind {
    const done = outcomes.filter((outcome) => outcome.status === 'done').length;
    const failed = outcomes.filter((outcome) => outcome.status === 'failed');
    const notStarted = outcomes.length - done - failed.length;
    const rows = outcomes.map((outcome) => [String(outcome.job.line), outcome.job.label, this.word(outcome), outcome.status === 'not-started' ? '' : `${outcome.seconds} s`]);
    const widths = [4, 3, 7, 4].map((least, column) => Math.max(least, ...rows.map((row) => row[column]!.length)));
    const line = (cells: string[]) => `  ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()}\n`;
    this.out.stderr.write(`\nApps: ${done} done, ${failed.length} failed, ${notStarted} not started (of ${outcomes.length}).\n${line(['line', 'app', 'outcome', 'time'])}${rows.map(line).join('')}`);
    const stop = failed.find((outcome) => outcome.status === 'failed' && ['interrupted', 'sign-in', 'unreachable'].includes(outcome.error.kind));
    if (stop?.status === 'failed' && (stop.error.kind === 'interrupted' || done === 0)) return stop.error.kind;
    if (done === outcomes.length) return 'ok';
    return done === 0 ? 'apps-none-done' : 'apps-some-failed';
  }

  private word(outcome: AppOutcome<Result>): string {
    if (outcome.status === 'done') return this.summarize(outcome.result).outcome;
    return outcome.status === 'failed' ? `failed: ${outcome.error.kind} (exit ${EXIT_CODES[outcome.error.kind]})` : 'not started';
  }

  /** The app's JSON object (never a value): the line of --json, and the fleet project's attachment. */
  document(outcome: AppOutcome<Result>): Record<string, unknown> {
    const head = { line: outcome.job.line, app: outcome.job.label };
    if (outcome.status === 'done') {
      const { outcome: word, document } = this.summarize(outcome.result);
      return { ...head, outcome: word, seconds: outcome.seconds, ...document };
    }
    if (outcome.status === 'failed') {
      return { ...head, outcome: 'failed', seconds: outcome.seconds, error: { kind: outcome.error.kind, exitCode: EXIT_CODES[outcome.error.kind], message: outcome.error.message } };
    }
    return { ...head, outcome: 'not-started', why: outcome.why };
  }
}
