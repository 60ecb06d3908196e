// The create-secret runbook: sign in, open the app's Certificates & secrets, add a client secret
// as asked, read it before anything leaves the blade, deliver and confirm it, then leave.
import type { PortalAccount } from '../lib/account.ts';
import { AddClientSecretPane } from '../pages/add-client-secret-pane.ts';
import { PortalDates } from '../pages/portal-dates.ts';
import type { CreateSecretRequest } from './create-secret-request.ts';
import type { CreatedSecret } from './created-secret.ts';
import type { SecretDestination } from './delivery/destination.ts';
import { RunbookError } from './errors.ts';
import { describeExpiry, expectedEndDate } from './expiry.ts';
import { chooseExpiry, type ExpiryChoice } from './expiry-choice.ts';
import { addAndRead, type AddContext, type PreparedPane } from './add-secret.ts';
import type { CertificatesSecretsBlade, SecretRow } from '../pages/certificates-secrets-blade.ts';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import { PortalSession, type PortalSessionOptions } from './portal-session.ts';
import { browserGone, deleteInNewBrowser } from './delete-in-new-browser.ts';
import { plainMessage } from './plain-error.ts';
import { CredentialsNavigator } from './reach-credentials.ts';
import { KnownApps } from './known-apps.ts';
import { Redactor } from './redact.ts';
import { handOver } from './secret-handover.ts';
import { explainFailure } from './explain-failure.ts';
import { RecordingSteps, type StepRecord, type Steps } from './steps.ts';
import { STEP_TITLES } from './step-titles.ts';

export interface CreateSecretOptions {
  account: PortalAccount;
  /** Checked (preflight) by the caller; delivered and read back here, before leaving the blade. */
  destinations: SecretDestination[];
  steps: Steps;
  headed: boolean;
  /** Saved sign-in (cookies + sessionStorage), mode 0600; reused while it works. */
  stateFile?: string;
  /** Aborted on SIGINT: after Add, the new secret is deleted before the run ends. */
  signal?: AbortSignal;
  /** The day the run counts from (UTC); defaults to now. */
  today?: Date;
  /** Last TOTP period used per secret; defaults to this process's memory. */
  totpMemory?: Map<string, number>;
  /** Where the last authenticator period used is kept across runs (default under XDG_STATE_HOME). */
  totpUseLogFile?: string;
  /** Where name → Application ID is remembered across runs (default under XDG_STATE_HOME). */
  knownAppsFile?: string;
}

export interface SecretPlan {
  appName: string;
  appId: string;
  description: string;
  /** The Expires option the portal will be set to, in its words (with Custom's dates). */
  expires: string;
  /** Everything the portal's Expires control offers. */
  offered: string[];
  expectedEnd: string;
}

export type CreateSecretResult =
  | { kind: 'created'; secret: CreatedSecret; steps: StepRecord[] }
  | { kind: 'planned'; plan: SecretPlan; steps: StepRecord[] };

/**
 * Reports to the caller's steps and keeps the timings; scrubs the value from step errors. Until
 * Add is clicked nothing needs undoing, so an interrupt (SIGINT) stops the run at the next step.
 */
class RunbookSteps extends RecordingSteps {
  /** Cleared just before Add: from then on an interrupt is handled by deleting the new secret. */
  stopOnInterrupt = true;

  constructor(private readonly outer: Steps, private readonly redactor: Redactor, private readonly signal?: AbortSignal) {
    super();
  }

  override run<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (this.stopOnInterrupt && this.signal?.aborted) {
      return Promise.reject(new RunbookError('interrupted', 'Interrupted (SIGINT) before Add: nothing was added.'));
    }
    return this.outer.run(title, () => super.run(title, () => this.redactor.guard(body)));
  }

  override note(message: string): void {
    this.outer.note(this.redactor.scrub(message));
  }
}

/** The browser died after Add: a new one deletes what Add created, and the user is told either way. */
async function afterBrowserDied(app: AppMatch, description: string, before: SecretRow[], options: PortalSessionOptions): Promise<RunbookError> {
  const what = `app "${app.displayName}" (${app.appId}), description "${description}"`;
  try {
    const deleted = await deleteInNewBrowser(app, description, before, options);
    const done = deleted > 0 ? 'A new browser signed in, and what Add created was deleted from the portal' : 'A new browser signed in and found nothing Add had created';
    return new RunbookError('other', `The browser closed after Add (it crashed or was killed) before the value was handed over. ${done}, so nothing was left behind (${what}).`);
  } catch (error) {
    const detail = plainMessage(error).split('\n')[0];
    return new RunbookError('other', `The browser closed after Add (it crashed or was killed) before the value was handed over, and a new browser could NOT delete what Add created (${detail}). Delete it by hand: ${what}.`);
  }
}

export async function createSecret(request: CreateSecretRequest, options: CreateSecretOptions): Promise<CreateSecretResult> {
  const redactor = new Redactor();
  const steps = new RunbookSteps(options.steps, redactor, options.signal);
  const today = options.today ?? new Date();
  const todayIso = today.toISOString().slice(0, 10);
  const expectedEnd = expectedEndDate(request.expires, today);
  const sessionOptions = { account: options.account, headed: options.headed, stateFile: options.stateFile, steps, totpMemory: options.totpMemory, totpUseLogFile: options.totpUseLogFile };
  const session = await steps.run(STEP_TITLES.startBrowser, () => PortalSession.start(sessionOptions));
  /** Known once the pane is filled in: the app and what it listed before Add. */
  let beforeAdd: { app: AppMatch; before: SecretRow[] } | undefined;
  try {
    const navigator = new CredentialsNavigator(session, steps, new KnownApps(options.account, options.knownAppsFile));
    const startRoute = await navigator.startRoute(request.app, request.navigate);
    await steps.run(STEP_TITLES.signIn(options.account.username), () => session.signIn(startRoute));
    const reached = await navigator.reach(request.app, request.navigate);
    const { app } = reached;
    const reopen = () => navigator.reopen(app);
    let choice: ExpiryChoice | undefined;
    // How the page writes dates (the user's regional format): learned from what it shows, for the whole run.
    const portalDates = new PortalDates(request.dateOrder);
    const prepare = async (blade: CertificatesSecretsBlade): Promise<PreparedPane> => {
      await steps.run(STEP_TITLES.showSecrets, () => blade.selectClientSecrets());
      const learned = portalDates.settledBy;
      const before = await blade.secrets();
      for (const row of before) portalDates.saw(row.expires, 'the client secrets list');
      const withSecretIds = await blade.hasSecretIds();
      const pane = await steps.run(STEP_TITLES.newClientSecret, async () => {
        await blade.openNewClientSecret();
        return AddClientSecretPane.find(blade.page);
      });
      await steps.run(STEP_TITLES.typeDescription(request.description), () => pane.setDescription(request.description));
      const chosen = await steps.run(STEP_TITLES.chooseExpires(describeExpiry(request.expires)), () => chooseExpiry(pane, request.expires, todayIso, portalDates));
      if (portalDates.settledBy && portalDates.settledBy !== learned) steps.note(`the portal writes dates ${portalDates.settledOrder?.replace('-', ' ')} (${portalDates.settledBy})`);
      choice = chosen;
      const dates = chosen.start && chosen.end ? { start: chosen.start, end: chosen.end } : undefined;
      return { blade, pane, before, withSecretIds, typed: { description: request.description, dates } };
    };
    let blade = reached.blade;
    const prepared = await session.guard.protect('Fill in "Add a client secret"', () => prepare(blade), async () => {
      blade = await reopen();
    });
    beforeAdd = { app, before: prepared.before };
    const chosen = choice!;
    const plan: SecretPlan = {
      appName: app.displayName,
      appId: app.appId,
      description: request.description,
      expires: chosen.end ? `${chosen.option} (Start ${chosen.start}, End ${chosen.end})` : chosen.option,
      offered: chosen.offered,
      expectedEnd,
    };
    if (request.dryRun) {
      await steps.run('Cancel (dry run: nothing is added)', () => prepared.pane.cancel());
      return { kind: 'planned', plan, steps: steps.records };
    }
    if (options.signal?.aborted) throw new RunbookError('interrupted', 'Interrupted (SIGINT) before Add: nothing was added.');
    steps.stopOnInterrupt = false;
    const context: AddContext = { app, description: request.description, shell: session.shell, guard: session.guard, steps, redactor, reopen, prepare };
    const added = await addAndRead(context, prepared);
    const secret = await handOver({
      app,
      added,
      description: request.description,
      expectedEnd,
      dates: portalDates,
      portalUrl: options.account.portalUrl,
      destinations: options.destinations,
      steps,
      redactor,
      guard: session.guard,
      reopen,
      signal: options.signal,
    });
    return { kind: 'created', secret, steps: steps.records };
  } catch (error) {
    let failure = redactor.scrubError(error);
    const addClicked = steps.records.some((record) => record.title === 'Click "Add"');
    if (beforeAdd && addClicked && browserGone(session)) {
      failure = await afterBrowserDied(beforeAdd.app, request.description, beforeAdd.before, sessionOptions);
    }
    throw await explainFailure(failure, { session, steps, redactor, account: options.account });
  } finally {
    await session.close();
  }
}
