// Turns any failure of a run into what the user sees: one plain message (what was awaited, what
// stood in the way), the exit kind, and the path of a failure report they can act on or send.
import { relative } from 'node:path';
import { accountSecrets, type PortalAccount } from '../lib/account.ts';
import type { AddedSecrets } from './added-secrets.ts';
import { RunbookError } from './errors.ts';
import { writeFailureReport } from './failure-report.ts';
import { plainMessage } from './plain-error.ts';
import type { PortalSession } from './portal-session.ts';
import type { Redactor } from './redact.ts';
import type { RecordingSteps } from './steps.ts';

/** Kinds a person caused, or where there is no page to show (--verify's answer came from the token endpoint): no report. */
const NO_REPORT = new Set(['interrupted', 'bad-input', 'unreachable', 'not-verified']);

export async function explainFailure(
  error: unknown,
  run: { session: PortalSession; steps: Pick<RecordingSteps, 'records'>; redactor: Redactor; account: PortalAccount; added: AddedSecrets },
): Promise<RunbookError> {
  const kind = error instanceof RunbookError ? error.kind : 'other';
  const message = plainMessage(error);
  if (NO_REPORT.has(kind)) return error instanceof RunbookError ? error : new RunbookError(kind, message, { cause: error });
  const redactor = run.redactor;
  // The account's password and authenticator secret (typed, or printed by PORTAL_*_COMMAND) never go into a report.
  for (const secret of accountSecrets(run.account)) redactor.add(secret);
  const step = run.steps.records.find((record) => record.outcome === 'failed')?.title;
  const report = await writeFailureReport({
    page: run.session.page,
    overlays: run.session.guard.overlays,
    signInPage: run.session.signInPage,
    step,
    message,
    redactor,
    // From the record, not a step's title: once Add was clicked a value may be on screen.
    valueMayShow: run.added.addClicked,
  }).catch(() => undefined);
  const obstacles = report && report.obstacles.length > 0 && kind === 'other' ? ` (When it failed, ${report.obstacles.join('; ')}.)` : '';
  const where = report ? `\nA failure report (redacted screenshot, aria snapshots of every frame, the step) is in ${relative(process.cwd(), report.dir) || '.'}/` : '';
  const during = step && kind === 'other' ? `During "${step}": ` : '';
  return new RunbookError(kind, `${during}${message}${obstacles}${where}`, { cause: error });
}
