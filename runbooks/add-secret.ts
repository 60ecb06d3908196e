// Add is not idempotent. Clicks Add and reads the new row's value before anything else can leave
// the blade. When an interruption (the session ended, the portal reloaded) comes around Add, it
// first looks for what Add created: a secret whose value can no longer be read is deleted, and
// only then is the pane filled in and Add clicked again, so at most one secret is ever left.
import type { Locator } from 'playwright';
import { AddClientSecretPane, PaneRedrawnError, type TypedPane } from '../pages/add-client-secret-pane.ts';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import type { CertificatesSecretsBlade, SecretRow } from '../pages/certificates-secrets-blade.ts';
import { RunbookError } from './errors.ts';
import type { InterruptionGuard } from './interruption-guard.ts';
import type { PortalShell } from '../pages/portal-shell.ts';
import type { Redactor } from './redact.ts';
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
  shell: PortalShell;
  guard: InterruptionGuard;
  steps: Steps;
  redactor: Redactor;
  /** Opens the blade again (deep link) after an interruption reloaded the portal. */
  reopen: () => Promise<CertificatesSecretsBlade>;
  /** Shows the client secrets, reads them, opens the pane and fills it in as asked. */
  prepare: (blade: CertificatesSecretsBlade) => Promise<PreparedPane>;
}

export interface AddedSecret {
  blade: CertificatesSecretsBlade;
  row: SecretRow;
  rowLocator: Locator;
  before: SecretRow[];
}

const MAX_ADDS = 2;

export async function addAndRead(ctx: AddContext, prepared: PreparedPane): Promise<AddedSecret> {
  let current = prepared;
  for (let attempt = 1; ; attempt += 1) {
    const seen = ctx.guard.interruptions;
    let clicked = false;
    try {
      const newRow = current.blade.newRow(current.before, current.withSecretIds);
      clicked = true;
      // Watched: if the portal leaves for sign-in around Add, say so at once rather than after a timeout.
      await ctx.steps.run(STEP_TITLES.add, () => ctx.guard.watch(current.pane.add(ctx.shell, newRow, current.typed)));
      const row = await ctx.steps.run(STEP_TITLES.readNewRow, () => ctx.guard.watch(readNewRow(ctx, current, newRow)));
      return { blade: current.blade, row, rowLocator: current.blade.row(row.secretId || row.description), before: current.before };
    } catch (error) {
      // The portal's own "failed" is its answer, whatever else happened meanwhile: nothing was added.
      if (error instanceof RunbookError && error.kind === 'portal-refused') throw error;
      const interrupted = error instanceof PaneRedrawnError || (await ctx.guard.interrupted(error, seen));
      if (!interrupted && !clicked) throw error;
      if (!interrupted) throw await cleanUpAfter(ctx, current, error);
      ctx.steps.note('interrupted around Add: checking what was created before going on');
      const blade = await checkWhatAddCreated(ctx, current.before);
      if (attempt >= MAX_ADDS) throw new RunbookError('other', 'The portal was interrupted around Add twice; nothing was left behind. Run the command again.', { cause: error });
      let again = blade;
      current = await ctx.guard.protect('Fill in "Add a client secret" again', () => ctx.prepare(again), async () => {
        again = await ctx.reopen();
      });
    }
  }
}

async function readNewRow(ctx: AddContext, prepared: PreparedPane, newRow: Locator): Promise<SecretRow> {
  const rows = await prepared.blade.secrets(newRow.first());
  const fresh = created(rows, prepared.before).filter((row) => !row.value.includes('*') && row.value !== '');
  if (fresh.length !== 1) throw new RunbookError('other', `Expected one new row after Add, found ${fresh.length}.`);
  ctx.redactor.add(fresh[0]!.value);
  return fresh[0]!;
}

/** Rows now listed that were not before (by Secret ID, or by description and end date in 2019). */
export function created(now: SecretRow[], before: SecretRow[]): SecretRow[] {
  const left = [...before];
  return now.filter((row) => {
    const index = left.findIndex((old) => (row.secretId ? old.secretId === row.secretId : old.description === row.description && old.expires === row.expires));
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
}

/**
 * Opens the blade again and deletes what Add created but can no longer show. The portal may still
 * be redrawing after the sign-in (a blade frame replaced under us): looked at once more, afresh.
 */
async function checkWhatAddCreated(ctx: AddContext, before: SecretRow[]): Promise<CertificatesSecretsBlade> {
  const check = async () => {
    const blade = await ctx.reopen();
    await removeUnreadable(ctx, blade, before);
    return blade;
  };
  try {
    return await ctx.guard.protect('Check what Add created', check);
  } catch (error) {
    if (error instanceof RunbookError) throw error;
    ctx.steps.note('the blade changed while it was being read: opening it once more');
    return ctx.guard.protect('Check what Add created', check);
  }
}

/** Add went through but its value could not be read: whatever it created is deleted, and the user told. */
async function cleanUpAfter(ctx: AddContext, prepared: PreparedPane, error: unknown): Promise<RunbookError> {
  const cause = ctx.redactor.scrubError(error);
  const reason = cause instanceof Error ? cause.message : String(cause);
  const kind = cause instanceof RunbookError ? cause.kind : 'other';
  let blade = prepared.blade;
  try {
    await ctx.guard.protect('Delete what Add created', () => removeUnreadable(ctx, blade, prepared.before, 'its value could not be read'), async () => {
      blade = await ctx.reopen();
    });
  } catch (deletion) {
    const detail = deletion instanceof Error ? deletion.message.split('\n')[0] : String(deletion);
    return new RunbookError(kind, `${reason}\nA secret Add may have created could NOT be deleted (${detail}). Check app "${ctx.app.displayName}" (${ctx.app.appId}) for a secret described "${ctx.description}" and delete it.`, { cause });
  }
  return new RunbookError(kind, `${reason}\nWhatever Add created was deleted from the portal, so nothing was left behind.`, { cause });
}

/** Deletes secrets that Add created but whose value the portal no longer shows. */
async function removeUnreadable(ctx: AddContext, blade: CertificatesSecretsBlade, before: SecretRow[], why = 'its value was lost in the interruption'): Promise<void> {
  await blade.selectClientSecrets();
  const lost = created(await blade.secrets(), before).filter((row) => row.description === ctx.description);
  for (const row of lost) {
    await ctx.steps.run(`Delete the secret Add created (${why})${row.secretId ? `, Secret ID ${row.secretId}` : ''}`, () =>
      blade.deleteRow(blade.rowOf(row)),
    );
  }
}
