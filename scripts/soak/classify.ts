// What a soak run came to, judged against the simulator's record rather than the CLI's word:
// delivered, cleanly refused or rolled back — or lost, leaked, orphaned, crashed, unexpected.
import type { RunPlan } from './plan.ts';

/** create-secret's documented exit codes (README "Exit codes", runbooks/errors.ts). */
export const DOCUMENTED_EXITS = [0, 1, 2, 3, 4, 5, 9, 130] as const;

export type Outcome = 'delivered' | 'refused' | 'rolled back';

/**
 * lost: a secret the user counts on is not there (success said, but the destination does not hold a
 * live secret's value; or a secret that existed before the run is gone). leaked: a value of the run
 * in a file other than the destination, or in stdout/stderr (stdout is the destination of --json).
 * orphaned: a secret of the run left in the portal that the user was not handed (after a failure,
 * or an extra one). crashed: no documented exit (a signal, an undocumented code, no final word, or
 * a hang). unexpected: documented, but not what this run's fault leads to, or the CLI's words
 * disagree with the record.
 */
export type Problem = 'lost' | 'leaked' | 'orphaned' | 'crashed' | 'unexpected';
export const PROBLEMS: readonly Problem[] = ['lost', 'leaked', 'orphaned', 'crashed', 'unexpected'];

export interface RecordedSecret {
  appId: string;
  keyId: string;
  value: string;
}

export interface RunObservation {
  plan: RunPlan;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The run was stopped by the soak's guard against a hang. */
  hung: boolean;
  stderr: string;
  /** Secrets in the tenant after the run that were not there before (any app). */
  added: RecordedSecret[];
  /** Secrets there before the run and gone after it (any app). */
  removed: RecordedSecret[];
  /** How many values Add handed out during the run (deleted secrets' too). */
  issuedCount: number;
  /** Whether the simulator recorded anything during the run (sign-ins, loads that end sessions, adds). */
  portalTouched: boolean;
  /** The value the destination holds after the run (stdout's JSON for --json). */
  deliveredValue?: string;
  /** For a run that delivered: file mode, other lines of the env file. */
  deliveryProblems: string[];
  /** Where a value of the run was found other than the destination (paths, <stdout>, <stderr>). */
  leaks: string[];
  /** For Ctrl+C and the browser kill: what the soak did at the chosen step line. */
  acted?: string;
  /** The person running the soak pressed Ctrl+C during this run (it reached the CLI too). */
  userInterrupted?: boolean;
}

export interface RunVerdict {
  outcome?: Outcome;
  problems: Problem[];
  notes: string[];
}

const FAILURE_LINE = /^(failed \([a-z-]+\)|error): /m;
const CREATED_LINE = /^Created client secret /m;

export function classify(run: RunObservation): RunVerdict {
  const problems = new Set<Problem>();
  const notes: string[] = [];
  const flag = (problem: Problem, note: string) => {
    problems.add(problem);
    notes.push(`${problem}: ${note}`);
  };
  const { code, added, removed, plan } = run;
  const documented = code !== null && (DOCUMENTED_EXITS as readonly number[]).includes(code);

  if (run.hung) flag('crashed', 'still running after the guard time; killed');
  else if (run.signal) flag('crashed', `ended by ${run.signal}, no exit code`);
  else if (!documented) flag('crashed', `exit ${code} is not a documented exit code`);
  else if (code === 0 && !CREATED_LINE.test(run.stderr)) flag('crashed', 'exit 0 without saying what was created');
  else if (code !== 0 && !FAILURE_LINE.test(run.stderr)) flag('crashed', `exit ${code} without the one-sentence failure (a crash?)`);

  const live = added.find((secret) => secret.value === run.deliveredValue);
  if (removed.length > 0) flag('lost', `${removed.length} secret(s) that were there before the run are gone`);
  if (code === 0 && !live) flag('lost', added.length === 0 ? 'exit 0 but no secret of the run remains' : 'exit 0 but the destination does not hold the recorded value');
  if (code === 0 && added.length > 1) flag('orphaned', `exit 0 but ${added.length} secrets were added`);
  if (code !== 0 && added.length > 0) {
    const told = /Delete it by hand/.test(run.stderr) ? 'the user was told to delete it by hand' : 'the user was not told';
    flag('orphaned', `exit ${code ?? run.signal} left ${added.length} secret(s) in the portal (${told})${live ? '; its value is in the destination' : ''}`);
  }
  if (run.leaks.length > 0) flag('leaked', `a value of the run is in ${run.leaks.join(', ')}`);

  // A crash says nothing reliable about what the run meant to do: only the record above is judged.
  if (!problems.has('crashed')) {
    const expected = run.userInterrupted ? [...plan.expectedExits, 130] : plan.expectedExits;
    if (!expected.includes(code!)) {
      flag('unexpected', `exit ${code}; ${plan.scenario} should end ${plan.expectedExits.join(' or ')}`);
    }
    if (code === 0 && live) {
      for (const problem of run.deliveryProblems) flag('unexpected', problem);
      if (!run.stderr.includes(live.keyId) && !/Secret ID: \(this portal shows none\)/.test(run.stderr)) flag('unexpected', 'the Secret ID printed is not the recorded one');
    }
    if (plan.destination === 'read-only' && code === 2 && run.portalTouched) flag('unexpected', 'the portal was touched before the destination was refused');
    if (code !== 0 && added.length === 0 && run.issuedCount > 0) {
      if (!/was deleted|were deleted|deleted from the portal/i.test(run.stderr)) flag('unexpected', 'rolled back without telling the user the secret was deleted');
      if (run.deliveredValue && plan.destination !== 'json') flag('unexpected', 'the destination file still holds the deleted secret\'s value');
      if (run.deliveredValue && plan.destination === 'json') notes.push('stdout had printed the value before the rollback (printed output cannot be taken back)');
    }
  }
  if (run.acted) notes.push(run.acted);
  if (run.userInterrupted) notes.push('you pressed Ctrl+C during this run');

  let outcome: Outcome | undefined;
  if (!problems.has('crashed') && code === 0 && added.length === 1 && live && removed.length === 0) outcome = 'delivered';
  else if (!problems.has('crashed') && code !== 0 && added.length === 0 && removed.length === 0) outcome = run.issuedCount > 0 ? 'rolled back' : 'refused';
  return { outcome, problems: PROBLEMS.filter((problem) => problems.has(problem)), notes };
}
