// An apps-file soak run judged against the simulator's record, row by row: each row told once
// (nothing lost from the report), a row told created has exactly one new secret and its
// destination holds that secret's value, a row told failed left no secret behind (nothing
// orphaned), no value anywhere but its own destination (nothing leaked), each fate's outcome the
// one it leads to, and the exit code the file's (0 all done, 12 some failed, 13 none done).
import type { AppFate, AppsFilePlan } from './apps-plan.ts';

export type AppsProblem = 'lost' | 'leaked' | 'orphaned' | 'unexpected';

/** One row's JSON object on stdout (`--json`), as far as the soak reads it. */
export interface ReportedRow {
  line: number;
  outcome: string;
  error?: { kind: string };
}

export interface RowFacts {
  /** Values of the secrets added to the row's app during the run. */
  added: string[];
  /** What the row's destination holds (undefined: nothing there). */
  delivered?: string;
}

export interface AppsRunFacts {
  code: number | null;
  reported: ReportedRow[];
  /** By the row's place in the file. */
  rows: Map<number, RowFacts>;
  /** Files (or <stdout>, <stderr>) holding a value that is not their own. */
  leaks: string[];
}

export interface AppsVerdict {
  problems: { problem: AppsProblem; why: string }[];
  created: number;
  failed: number;
}

/** The outcomes each fate may come to; a row under a session end may also fail (its app in flight). */
const MAY_END: Record<AppFate, readonly string[]> = {
  'to-file': ['created'],
  'to-command': ['created'],
  'not-found': ['failed'],
  blocked: ['failed'],
  // The portal's error toast: the runbook may report it, or a later try may add.
  'add-fails': ['failed', 'created'],
  'command-fails': ['failed'],
};

export function judgeAppsRun(plan: AppsFilePlan, facts: AppsRunFacts): AppsVerdict {
  const problems: AppsVerdict['problems'] = [];
  const flag = (problem: AppsProblem, why: string) => problems.push({ problem, why });
  let created = 0;
  let failed = 0;
  let failedUnderSessionEnd = 0;
  for (const row of plan.rows) {
    const told = facts.reported.filter((reported) => reported.line === row.place);
    const at = `row ${row.place} (${row.fate})`;
    if (told.length !== 1) {
      flag('lost', `${at}: told ${told.length} times in the report`);
      continue;
    }
    const { outcome } = told[0]!;
    const { added, delivered } = facts.rows.get(row.place) ?? { added: [] };
    if (outcome === 'created') {
      created += 1;
      if (added.length !== 1) flag('orphaned', `${at}: told created, ${added.length} secrets added to its app`);
      else if (delivered !== added[0]) flag('lost', `${at}: told created, its destination does not hold the new secret's value`);
    } else {
      failed += 1;
      if (added.length > 0) flag('orphaned', `${at}: told ${outcome}, ${added.length} secret(s) left on its app`);
    }
    if (!MAY_END[row.fate].includes(outcome)) {
      if (plan.sessionEnd && outcome === 'failed' && failedUnderSessionEnd++ === 0) continue;
      flag('unexpected', `${at}: told ${outcome}${told[0]!.error ? ` (${told[0]!.error.kind})` : ''}`);
    }
  }
  for (const leak of facts.leaks) flag('leaked', `a value is in ${leak}`);
  const expectedCode = failed === 0 ? 0 : created === 0 ? 13 : 12;
  if (facts.code !== expectedCode) flag('unexpected', `exit ${facts.code}, for ${created} created and ${failed} failed (expected ${expectedCode})`);
  return { problems, created, failed };
}
