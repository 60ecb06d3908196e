// Closes the run with one plain line that any CI can read: "tests: N passed, N failed, N skipped".
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private root?: Suite;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.root = suite;
  }

  onEnd(): void {
    const outcomes = (this.root?.allTests() ?? []).map((test) => test.outcome());
    const count = (...kinds: string[]) => outcomes.filter((outcome) => kinds.includes(outcome)).length;
    process.stdout.write(`tests: ${count('expected', 'flaky')} passed, ${count('unexpected')} failed, ${count('skipped')} skipped\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
