// What this run added, and the one way it is taken out again. Every command that clicks Add
// records here right before the click (the app, the description, what the blade listed), names
// the new row once it is read, and says when its value has been handed over. What is still
// recorded when the run fails, is interrupted (SIGINT) or loses its browser is deleted: through
// the open blade (opened again by deep link after an interruption), or from a new browser signed
// in with the saved sign-in. One sentence tells the user what was deleted, or which secret to
// delete by hand (app, Application ID, description, Secret ID).
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import type { CertificatesSecretsBlade, SecretRow } from '../pages/certificates-secrets-blade.ts';
import { created } from '../pages/new-secret-row.ts';
import { browserGone, inNewBrowser } from './new-browser.ts';
import { RunbookError } from './errors.ts';
import { plainMessage } from './plain-error.ts';
import type { PortalSession, PortalSessionOptions } from './portal-session.ts';
import { CredentialsNavigator } from './reach-credentials.ts';
import type { Redactor } from './redact.ts';
import type { Steps } from './steps.ts';

export interface AddAttempt {
  /** The browser Add is clicked in. */
  session: PortalSession;
  app: AppMatch;
  description: string;
  /** The secrets the blade listed before Add. */
  before: SecretRow[];
  /** The blade Add is clicked on. */
  blade: CertificatesSecretsBlade;
}

interface Entry extends AddAttempt {
  state: 'clicked' | 'identified' | 'refused' | 'handed-over' | 'deleted' | 'not-deleted';
  /** The new row, once read. */
  row?: SecretRow;
}

export interface Removal {
  /** What was still recorded when the removal began. */
  entries: readonly Entry[];
  deleted: { entry: Entry; row: SecretRow }[];
  /** The blade the rows were deleted from, when that was the run's own browser. */
  blade?: CertificatesSecretsBlade;
  /** Why the rest could not be deleted. */
  failure?: string;
}

export interface AddedSecretsRun {
  /** Steps that an interrupt does not stop: the removal runs after one. */
  steps: Steps;
  redactor: Redactor;
  /** For a new browser when the run's own is gone (its steps are replaced by `steps`). */
  sessionOptions: PortalSessionOptions;
}

export { created } from '../pages/new-secret-row.ts';

export class AddedSecrets {
  private readonly entries: Entry[] = [];
  /** Secrets this run added and deleted again (their value not handed over), for the run record. */
  readonly rolledBack: { app: AppMatch; row: SecretRow }[] = [];

  constructor(private readonly run: AddedSecretsRun) {}

  /** True once Add has been clicked: a value may be on screen, so pictures mask every grid cell. */
  get addClicked(): boolean {
    return this.entries.length > 0;
  }

  /** Whether a secret this run added may still be in the portal, its value not handed over. */
  get pending(): boolean {
    return this.left().length > 0;
  }

  /** Recorded right before Add is clicked: from here on the run may have added a secret. */
  aboutToAdd(attempt: AddAttempt): void {
    this.entries.push({ ...attempt, state: 'clicked' });
  }

  /** The new row has been read: it is the one to delete, and its value is scrubbed from now on. */
  identified(row: SecretRow): void {
    this.run.redactor.add(row.value);
    Object.assign(this.latest(), { row, state: 'identified' });
  }

  /** The portal answered Add with its own refusal: nothing was added. */
  refused(): void {
    this.latest().state = 'refused';
  }

  /** The value has been delivered: the secret is the user's now, and stays. */
  handedOver(): void {
    this.latest().state = 'handed-over';
  }

  /** A step of the run (a guide's own delete step) deleted this row: nothing left to remove for it. */
  deletedByTheRun(row: SecretRow): void {
    for (const entry of this.left()) if (this.ours(entry, [row]).length > 0) entry.state = 'deleted';
  }

  /**
   * Deletes every secret still recorded, through the run's browser or, when it is gone, a new one;
   * `reopenFirst` when the portal was just interrupted (reloaded, signed in again). Never throws:
   * what could not be deleted is in the result, and `report` words it.
   */
  async removeAll(why: string, { reopenFirst = false } = {}): Promise<Removal> {
    const entries = this.left();
    const removal: Removal = { entries, deleted: [] };
    if (entries.length === 0) return removal;
    const { session, app } = entries.at(-1)!;
    try {
      if (browserGone(session)) {
        await inNewBrowser(app, { ...this.run.sessionOptions, steps: this.run.steps }, (fresh) => this.deleteThrough(fresh, true, why, removal));
      } else {
        removal.blade = await this.deleteThrough(session, reopenFirst, why, removal);
      }
    } catch (error) {
      for (const entry of this.left()) entry.state = 'not-deleted';
      removal.failure = (plainMessage(this.run.redactor.scrubError(error)).split('\n')[0] ?? 'no reason given').replace(/\.$/, '');
    }
    return removal;
  }

  /** The run failed with `cause` (or was interrupted): what it added is removed, and the one error says so. */
  async undoAfter(cause: unknown): Promise<RunbookError> {
    const gone = this.left().some((entry) => browserGone(entry.session));
    const removal = await this.removeAll(gone ? 'the browser closed before its value was handed over' : 'its value was not handed over');
    if (gone && removal.entries.length > 0) {
      const kind = cause instanceof RunbookError && cause.kind === 'interrupted' ? 'interrupted' : 'other';
      return this.report(new RunbookError(kind, 'The browser closed after Add (it crashed or was killed) before the value was handed over.', { cause }), removal);
    }
    return this.report(cause, removal);
  }

  /** `cause`, followed by what became of what the run added: the one wording of every command. */
  report(cause: unknown, removal: Removal): RunbookError {
    const scrubbed = this.run.redactor.scrubError(cause);
    const kind = scrubbed instanceof RunbookError ? scrubbed.kind : 'other';
    if (removal.entries.length === 0) return scrubbed instanceof RunbookError ? scrubbed : new RunbookError(kind, plainMessage(scrubbed), { cause: scrubbed });
    const reason = plainMessage(scrubbed);
    const told = reason.includes('\n') ? `${reason}\n${outcome(removal)}` : `${sentence(reason)} ${outcome(removal)}`;
    return new RunbookError(kind, this.run.redactor.scrub(told), { cause: scrubbed });
  }

  private latest(): Entry {
    const entry = this.entries.at(-1);
    if (!entry) throw new Error('Add was not recorded before it was clicked');
    return entry;
  }

  /** What may still be in the portal, its value not handed over. */
  private left(): Entry[] {
    return this.entries.filter((entry) => entry.state === 'clicked' || entry.state === 'identified');
  }

  /** The rows among `rows` that this attempt added: its row when it was read, else new ones with its description. */
  private ours(entry: Entry, rows: SecretRow[]): SecretRow[] {
    const { row } = entry;
    if (row?.secretId) return rows.filter((candidate) => candidate.secretId === row.secretId);
    const fresh = created(rows, entry.before).filter((candidate) => candidate.description === entry.description);
    return row ? fresh.filter((candidate) => candidate.expires === row.expires) : fresh;
  }

  /**
   * Lists the client secrets and deletes this run's. An interruption meanwhile opens the blade
   * again and looks afresh; so does a blade that changed while it was read (a frame replaced as
   * the portal redrew after a sign-in), once.
   */
  private async deleteThrough(session: PortalSession, reopenFirst: boolean, why: string, removal: Removal): Promise<CertificatesSecretsBlade> {
    const { steps, redactor } = this.run;
    const app = removal.entries.at(-1)!.app;
    const navigator = new CredentialsNavigator(session, steps);
    let blade = removal.entries.at(-1)!.blade;
    let stale = reopenFirst;
    const look = async () => {
      if (stale) blade = await navigator.reopen(app);
      stale = false;
      await blade.selectClientSecrets();
      const rows = await blade.secrets();
      for (const entry of this.left()) {
        for (const row of this.ours(entry, rows)) {
          await steps.run(deleteTitle(row, why), () => redactor.guard(() => blade.deleteRow(blade.rowOf(row))));
          removal.deleted.push({ entry, row });
          this.rolledBack.push({ app: entry.app, row });
        }
      }
      // Read back: a row gone because the portal left for sign-in is not a secret deleted. Still
      // listed, it is looked for again (after the guard's sign-in the blade is opened afresh).
      const after = await blade.secrets();
      for (const entry of this.left()) {
        if (this.ours(entry, after).length > 0) throw new Error(`"${entry.description}" is still listed after Delete`);
        entry.state = 'deleted';
      }
      return blade;
    };
    const title = 'Delete what this run added';
    const restart = async () => {
      stale = true;
    };
    try {
      return await session.guard.protect(title, look, restart);
    } catch (error) {
      if (error instanceof RunbookError) throw error;
      steps.note('the blade changed while it was being read: opening it once more');
      stale = true;
      return session.guard.protect(title, look, restart);
    }
  }
}

function deleteTitle(row: SecretRow, why: string): string {
  return `Delete the secret this run added: "${row.description}"${row.secretId ? `, Secret ID ${row.secretId}` : ''} (${why})`;
}

/** A secret as the user would find it in the portal. */
function named(entry: Entry, row = entry.row): string {
  const secretId = row?.secretId ? `, Secret ID ${row.secretId}` : '';
  return `app "${entry.app.displayName}" (${entry.app.appId}), description "${row?.description ?? entry.description}"${secretId}`;
}

function outcome(removal: Removal): string {
  const { entries, deleted, failure } = removal;
  if (failure !== undefined) {
    const left = entries.filter((entry) => !deleted.some((done) => done.entry === entry));
    return `The secret this run added could NOT be deleted (${failure}). Delete it by hand: ${left.map((entry) => named(entry)).join('; ')}.`;
  }
  if (deleted.length > 0) {
    const which = deleted.map((done) => named(done.entry, done.row)).join('; ');
    return deleted.length === 1
      ? `The secret this run added was deleted from the portal, so nothing was left behind (${which}).`
      : `The ${deleted.length} secrets this run added were deleted from the portal, so nothing was left behind (${which}).`;
  }
  return `The portal listed no secret this run added, so nothing was left behind (${entries.map((entry) => named(entry)).join('; ')}).`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
