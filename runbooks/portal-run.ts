// One signed-in run of the portal, shared by every operation a command performs: one browser and
// session (signed in once, the saved sign-in reused while it works), one interruption guard, one
// redactor (a value read for one operation is scrubbed from everything after it), one record of
// what the run added (deleted again if it is not handed over), SIGINT, and one way a failure is
// told (with a report a user on the real portal can act on). Commands are thin adapters: they
// open a run with `withPortalRun` and call operations (runbooks/operations/) on it.
import type { BrowserContextOptions } from 'playwright';
import type { PortalAccount } from '../lib/account.ts';
import { AppOverviewBlade, overviewRoute } from '../pages/app-overview-blade.ts';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import { PortalDates, type DateOrder } from '../pages/portal-dates.ts';
import { AddedSecrets } from './added-secrets.ts';
import type { AppSelector } from './create-secret-request.ts';
import { RunbookError } from './errors.ts';
import { explainFailure } from './explain-failure.ts';
import { KnownApps } from './known-apps.ts';
import { browserGone } from './new-browser.ts';
import { PortalSession, type PortalSessionOptions } from './portal-session.ts';
import { CredentialsNavigator, type ReachedBlade } from './reach-credentials.ts';
import { enterDirectory, type EnteredDirectory } from './operations/enter-directory.ts';
import { Redactor } from './redact.ts';
import { RunSteps } from './run-steps.ts';
import { entryFor, RunRecord, type NewRecordEntry } from './run-record.ts';
import type { Steps } from './steps.ts';
import { STEP_TITLES } from './step-titles.ts';

export interface PortalRunOptions {
  account: PortalAccount;
  steps: Steps;
  headed: boolean;
  /** Saved sign-in (cookies + sessionStorage), mode 0600; reused while it works. */
  stateFile?: string;
  /** Aborted on SIGINT: before Add the run stops at the next step; after it, what was added is deleted. */
  signal?: AbortSignal;
  /** The day the run counts from (UTC); defaults to now. */
  today?: Date;
  /** How the portal writes 6/5/2027, when the user said (else learned from the page). */
  dateOrder?: DateOrder;
  /** Last TOTP period used per secret; defaults to this process's memory. */
  totpMemory?: Map<string, number>;
  /** Where the last authenticator period used is kept across runs (default under XDG_STATE_HOME). */
  totpUseLogFile?: string;
  /** Where name → Application ID is remembered across runs (default under XDG_STATE_HOME). */
  knownAppsFile?: string;
  /** Browser context settings on top of the defaults. */
  contextOptions?: BrowserContextOptions;
  /** The run record (--record FILE); default PORTAL_RECORD_FILE, else under XDG_STATE_HOME. */
  recordFile?: string;
  /**
   * The directory to work in (--tenant: a tenant ID or domain), entered right after the sign-in and
   * proven before anything is touched; default: the one the portal opens in.
   */
  directory?: string;
}

export class PortalRun {
  readonly redactor = new Redactor();
  readonly steps: RunSteps;
  /** What this run added: deleted again if it is not handed over. */
  readonly added: AddedSecrets;
  readonly today: Date;
  /** How the page writes dates (the user's regional format): learned from what it shows, for the whole run. */
  readonly dates: PortalDates;
  readonly knownApps: KnownApps;
  /** One JSON line per change this run makes, never a value (runbooks/run-record.ts). */
  readonly record: RunRecord;
  private started: PortalSession | undefined;
  private navigatorOf: CredentialsNavigator | undefined;
  private signedIn = false;
  private tenant: string | undefined;
  private entered: EnteredDirectory | undefined;

  constructor(readonly options: PortalRunOptions) {
    this.steps = new RunSteps(options.steps, this.redactor, { signal: options.signal, addClicked: (): boolean => this.added.addClicked });
    this.today = options.today ?? new Date();
    this.dates = new PortalDates(options.dateOrder);
    this.knownApps = new KnownApps(options.account, options.knownAppsFile);
    this.record = new RunRecord({ flag: options.recordFile, redactor: this.redactor });
    this.added = new AddedSecrets({ steps: this.steps.uninterrupted, redactor: this.redactor, sessionOptions: this.sessionOptions });
  }

  get account(): PortalAccount {
    return this.options.account;
  }

  get sessionOptions(): PortalSessionOptions {
    const { account, headed, stateFile, totpMemory, totpUseLogFile, contextOptions } = this.options;
    return { account, headed, stateFile, steps: this.steps, totpMemory, totpUseLogFile, contextOptions };
  }

  /** The browser session; started (not yet signed in) on first use. */
  get session(): PortalSession {
    if (!this.started) throw new Error('the run has not started its browser yet');
    return this.started;
  }

  get navigator(): CredentialsNavigator {
    this.navigatorOf ??= new CredentialsNavigator(this.session, this.steps, this.knownApps, {
      wanted: () => this.tenant === undefined,
      seen: async (tenantId) => {
        this.tenant = tenantId;
        await this.knownApps.rememberTenant(tenantId);
      },
    });
    return this.navigatorOf;
  }

  get todayIso(): string {
    return this.today.toISOString().slice(0, 10);
  }

  /** Starts the run's browser (not signed in yet), once: `title` says it to the person. */
  async startBrowser(title: string = STEP_TITLES.startBrowser): Promise<PortalSession> {
    this.started ??= await this.steps.run(title, () => PortalSession.start(this.sessionOptions));
    return this.started;
  }

  /** Starts the browser and signs in, once per run; `firstApp` opens its page first (the sign-in comes back to it). */
  async signIn(firstApp?: { app: AppSelector; navigate: boolean }): Promise<PortalSession> {
    await this.startBrowser();
    if (!this.signedIn) {
      // With a directory to enter, no app page of the default directory is opened first.
      const { directory } = this.options;
      const startRoute = firstApp && !directory ? await this.navigator.startRoute(firstApp.app, firstApp.navigate) : undefined;
      await this.steps.run(STEP_TITLES.signIn(this.account.username), () => this.session.signIn(startRoute));
      this.signedIn = true;
      if (directory) await this.enterDirectory(directory);
    }
    return this.session;
  }

  /**
   * Puts the portal into the directory `tenant` names (tenant ID or domain) and proves it is
   * there (runbooks/operations/enter-directory.ts); at once when it already is. From then on
   * app IDs, the tenant ID and every route are this directory's. Refused ('directory-refused')
   * when the account may not enter it.
   */
  enterDirectory(tenant: string): Promise<EnteredDirectory> {
    return enterDirectory(this, tenant);
  }

  /** The directory the run entered (undefined: the one the portal opened in). */
  get directory(): EnteredDirectory | undefined {
    return this.entered;
  }

  /** Called by enterDirectory once the portal showed it is in `entered`. */
  async enteredDirectory(entered: EnteredDirectory): Promise<void> {
    this.entered = entered;
    this.tenant = entered.tenantId;
    this.knownApps.useDirectory(entered.tenantId);
    await this.knownApps.rememberTenant(entered.tenantId);
  }

  /** The app's Certificates & secrets blade, signed in first if the run has not yet. */
  async reach(app: AppSelector, navigate = false): Promise<ReachedBlade> {
    await this.signIn({ app, navigate });
    return this.navigator.reach(app, navigate);
  }

  /**
   * The Directory (tenant) ID, from an app's Overview (its Essentials): read once per account and
   * remembered with the app IDs. Returns whether the portal was taken to the Overview for it (the
   * caller's blade is gone then).
   */
  async tenantIdOf(app: AppMatch): Promise<{ tenantId: string; navigated: boolean }> {
    this.tenant ??= await this.knownApps.tenantId();
    if (this.tenant) return { tenantId: this.tenant, navigated: false };
    const title = `Read the Directory (tenant) ID on the Overview of ${app.displayName}`;
    const tenantId = await this.steps.run(title, () =>
      this.session.guard.protect(title, async () => {
        await this.session.shell.open(overviewRoute(app.appId));
        return new AppOverviewBlade(this.session.page).directoryTenantId();
      }),
    );
    this.tenant = tenantId;
    await this.knownApps.rememberTenant(tenantId);
    return { tenantId, navigated: true };
  }

  /** The Directory (tenant) ID when already known this run (or remembered), without opening a page for it. */
  get knownTenantId(): string | undefined {
    return this.tenant;
  }

  /**
   * Appends changes to the run record. A record that cannot be written does not undo what was done
   * (the value is delivered): it is said, and the run goes on.
   */
  async remember(entries: NewRecordEntry[]): Promise<void> {
    for (const entry of entries) {
      await this.record.append(entry).catch((error: Error) => this.steps.note(`the run record ${this.record.file} was not written (${error.message.replace(/\.$/, '')})`));
    }
  }

  /**
   * The run (or, with many apps, one app's work) failed with `error`: what it added is deleted
   * first, then the failure is told in one error. `sinceStep`: the step records that belong to the
   * work that failed (an app's), so its report names its own failed step.
   */
  async fail(error: unknown, { sinceStep = 0 }: { sinceStep?: number } = {}): Promise<RunbookError> {
    const undone = await this.added.undoAfter(error);
    await this.remember(
      this.added.rolledBack.map(({ app, row }) =>
        entryFor(
          { appName: app.displayName, appId: app.appId, secretId: row.secretId || null, hint: row.value.slice(0, 3), description: row.description, expires: this.readDate(row.expires) },
          { account: this.account.username, tenantId: this.tenant ?? null, operation: 'rollback' },
        ),
      ),
    );
    if (!this.started) return undone;
    const steps = { records: this.steps.records.slice(sinceStep) };
    return explainFailure(undone, { session: this.started, steps, redactor: this.redactor, account: this.account, added: this.added });
  }

  /**
   * After a failure: a browser that died (crashed, killed) is let go, so the next operation starts
   * a new one and signs in again, silently with the saved sign-in. Says whether it was gone.
   */
  async letGoOfDeadBrowser(): Promise<boolean> {
    if (!this.started || !browserGone(this.started)) return false;
    const dead = this.started;
    this.started = undefined;
    this.navigatorOf = undefined;
    this.signedIn = false;
    await dead.close().catch(() => undefined);
    return true;
  }

  /** A date as the page shows it, as YYYY-MM-DD when it reads one way (else as shown). */
  readDate(shown: string): string {
    try {
      return this.dates.read(shown, 'a date');
    } catch {
      return shown;
    }
  }

  async close(): Promise<void> {
    await this.started?.close();
  }
}

/** Opens a run, lets `work` perform its operations on it, and closes it; a failure comes out explained. */
export async function withPortalRun<T>(options: PortalRunOptions, work: (run: PortalRun) => Promise<T>): Promise<T> {
  const run = new PortalRun(options);
  try {
    return await work(run);
  } catch (error) {
    throw await run.fail(error);
  } finally {
    await run.close();
  }
}
