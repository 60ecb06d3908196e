// One verify-guide run against the test's simulator, as QA would run it, with what the tests
// check afterwards: exit code, the JSON report, the files written, leaks.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { GuideReport } from '../../runbooks/guide/reports.ts';
import { accountEnv } from './account-env.ts';
import { runCli, type CliResult } from './cli.ts';
import { filesContaining, newTempEntriesDuring } from './leak-scan.ts';
import { runFolder } from './run-folder.ts';
import { saveSignIn } from './saved-sign-in.ts';

export interface VerifyGuideRun extends CliResult {
  dir: string;
  reportDir: string;
  report(): Promise<GuideReport>;
  file(name: string): Promise<string>;
  /** Files the run wrote (its folder, temp entries it made) and its output streams holding `value`. */
  leaks(value: string): Promise<string[]>;
}

/** `signedIn`: start from a saved sign-in (tests/support/saved-sign-in.ts) instead of the sign-in pages. */
export async function verifyGuideRun(simulator: RunningSimulator, args: string[] = [], options: { signedIn?: boolean } = {}): Promise<VerifyGuideRun> {
  const dir = await runFolder('verify-guide');
  const reportDir = join(dir, 'reports');
  let result!: CliResult;
  const stateFile = join(dir, '.auth', 'state.json');
  if (options.signedIn) await saveSignIn(simulator, stateFile);
  const appeared = await newTempEntriesDuring(async () => {
    result = await runCli(['verify-guide', '--report-dir', reportDir, ...args], {
      env: accountEnv(simulator, { PORTAL_STATE_FILE: stateFile }),
      cwd: dir,
    });
  });
  return {
    ...result,
    dir,
    reportDir,
    report: async () => JSON.parse(await readFile(join(reportDir, 'report.json'), 'utf8')) as GuideReport,
    file: (name) => readFile(join(reportDir, name), 'utf8'),
    leaks: async (value) => {
      const hits = await filesContaining(value, [dir, ...appeared.filter((entry) => entry !== dir)]);
      return [...hits, ...(result.stdout.includes(value) ? ['<stdout>'] : []), ...(result.stderr.includes(value) ? ['<stderr>'] : [])];
    },
  };
}

/**
 * Every difference a report names, one line each: "step: guide word → what the portal shows". A
 * missing sentence (blade text, a banner) is "(missing)": what stands nearest in its place depends
 * on which toasts and bars happen to show at that moment, not on the guide; a missing date is
 * "(another date)": the new secret's end date moves with the day the run is made.
 */
export function differenceLines(report: GuideReport): string[] {
  const lines: string[] = [];
  for (const step of report.steps) {
    for (const check of step.words) {
      if (check.status === 'match' || check.status === 'not-checked') continue;
      const sentence = check.word.where === 'banner' || check.word.where === 'blade-text';
      const date = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(check.word.text);
      const shown = check.status === 'missing' ? (sentence ? '(missing)' : date ? '(another date)' : (check.shown ?? '(nothing)')) : `${check.status} ${check.shown}`;
      lines.push(`${step.id}: ${check.word.text} → ${shown}`);
    }
    for (const added of step.added) lines.push(`${step.id}: + ${added.text}`);
  }
  return lines;
}
