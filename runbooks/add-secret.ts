// Add is not idempotent. Clicks Add and reads the new row's value before anything else can leave
// the blade, recording both in the run's AddedSecrets. When an interruption (the session ended,
// the portal reloaded) comes around Add, the record first deletes what Add created (its value can
// no longer be read), and only then is the pane filled in and Add clicked again, so at most one
// secret is ever left. Any other failure after Add is the record's to undo, by the runbook.
import { AddClientSecretPane, PaneRedrawnError, type TypedPane } from '../pages/add-client-secret-pane.ts';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import type { CertificatesSecretsBlade, SecretRow } from '../pages/certificates-secrets-blade.ts';
import { NewSecretRow } from '../pages/new-secret-row.ts';
import type { AddedSecrets } from './added-secrets.ts';
import { RunbookError } from './errors.ts';
import type { PortalSession } from './portal-session.ts';
import type { Steps } from './steps.ts';
import { STEP_TITLES } from './step-titles.ts';

/** The blade as the pane was filled in, and what it listed before Add. */
export interface PreparedPane {
  blade: CertificatesSecretsBlade;
  pane: AddClientSecretPane;
  before: SecretRow[];
  withSecretIds: boolean;
  /** What was typed and chosen, checked again just before Add. */
  typed: TypedPane;
}

export interface AddContext {
  app: AppMatch;
  description: string;
  session: PortalSession;
  steps: Steps;
  /** The run's record of what it added: told before Add and once the new row is read. */
  added: AddedSecrets;
  /** Opens the blade again (deep link) after an interruption reloaded the portal. */
  reopen: () => Promise<CertificatesSecretsBlade>;
  /** Shows the client secrets, reads them, opens the pane and fills it in as asked. */
  prepare: (blade: CertificatesSecretsBlade) => Promise<PreparedPane>;
}

const MAX_ADDS = 2;

/** Clicks Add and returns the new row, read with its value. */
export async function addAndRead(ctx: AddContext, prepared: PreparedPane): Promise<SecretRow> {
  const { guard, shell } = ctx.session;
  let current = prepared;
  for (let attempt = 1; ; attempt += 1) {
    const seen = guard.interruptions;
    try {
      const newRow = new NewSecretRow(current.blade, current.before, current.withSecretIds);
      ctx.added.aboutToAdd({ session: ctx.session, app: ctx.app, description: ctx.description, before: current.before, blade: current.blade });
      // Watched: if the portal leaves for sign-in around Add, say so at once rather than after a timeout.
      await ctx.steps.run(STEP_TITLES.add, () => guard.watch(current.pane.add(shell, newRow.locator, current.typed)));
      return await ctx.steps.run(STEP_TITLES.readNewRow, () => guard.watch(readNewRow(ctx, newRow)));
    } catch (error) {
      // The portal's own "failed" is its answer, whatever else happened meanwhile: nothing was added.
      if (error instanceof RunbookError && error.kind === 'portal-refused') {
        ctx.added.refused();
        throw error;
      }
      const interrupted = error instanceof PaneRedrawnError || (await guard.interrupted(error, seen));
      if (!interrupted) throw error;
      ctx.steps.note('interrupted around Add: checking what was created before going on');
      const removal = await ctx.added.removeAll('its value was lost in the interruption', { reopenFirst: true });
      if (removal.failure !== undefined || !removal.blade || attempt >= MAX_ADDS) {
        const twice = attempt >= MAX_ADDS ? ' twice: run the command again' : '';
        throw ctx.added.report(new RunbookError('other', `The portal was interrupted around Add${twice}.`, { cause: error }), removal);
      }
      let again = removal.blade;
      current = await guard.protect('Fill in "Add a client secret" again', () => ctx.prepare(again), async () => {
        again = await ctx.reopen();
      });
    }
  }
}

async function readNewRow(ctx: AddContext, newRow: NewSecretRow): Promise<SecretRow> {
  const row = await newRow.read().catch((error: Error) => {
    throw error instanceof RunbookError || !/^Expected one new/.test(error.message) ? error : new RunbookError('other', error.message);
  });
  ctx.added.identified(row);
  return row;
}
