// The create-secret runbook: sign in, open the app's Certificates & secrets, add a client secret
// as asked, read it before anything leaves the blade, deliver and confirm it, then leave.
import type { PortalAccount } from '../lib/account.ts';
import { AddClientSecretPane } from '../pages/add-client-secret-pane.ts';
import { PortalDates } from '../pages/portal-dates.ts';
import type { CreateSecretRequest } from './create-secret-request.ts';
import type { CreatedSecret } from './created-secret.ts';
import type { SecretDestination } from './delivery/destination.ts';
import { describeExpiry, expectedEndDate } from './expiry.ts';
import { chooseExpiry, type ExpiryChoice } from './expiry-choice.ts';
import { addAndRead, type AddContext, type PreparedPane } from './add-secret.ts';
import { AddedSecrets } from './added-secrets.ts';
import type { CertificatesSecretsBlade } from '../pages/certificates-secrets-blade.ts';
import { PortalSession, type PortalSessionOptions } from './portal-session.ts';
import { CredentialsNavigator } from './reach-credentials.ts';
import { KnownApps } from './known-apps.ts';
import { Redactor } from './redact.ts';
import { handOver } from './secret-handover.ts';
import { explainFailure } from './explain-failure.ts';
import { interruptedError, RunSteps } from './run-steps.ts';
import type { StepRecord, Steps } from './steps.ts';
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

export async function createSecret(request: CreateSecretRequest, options: CreateSecretOptions): Promise<CreateSecretResult> {
  const redactor = new Redactor();
  // Until Add is clicked nothing needs undoing, so an interrupt (SIGINT) stops the run at the next step.
  const steps = new RunSteps(options.steps, redactor, { signal: options.signal, addClicked: (): boolean => added.addClicked });
  const today = options.today ?? new Date();
  const todayIso = today.toISOString().slice(0, 10);
  const expectedEnd = expectedEndDate(request.expires, today);
  const sessionOptions: PortalSessionOptions = { account: options.account, headed: options.headed, stateFile: options.stateFile, steps, totpMemory: options.totpMemory, totpUseLogFile: options.totpUseLogFile };
  /** What this run added: deleted again if it is not handed over. */
  const added = new AddedSecrets({ steps: steps.uninterrupted, redactor, sessionOptions });
  const session = await steps.run(STEP_TITLES.startBrowser, () => PortalSession.start(sessionOptions));
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
    if (options.signal?.aborted) throw interruptedError(false);
    steps.stopOnInterrupt = false;
    const context: AddContext = { app, description: request.description, session, steps, added, reopen, prepare };
    const row = await addAndRead(context, prepared);
    const secret = await handOver({
      app,
      row,
      description: request.description,
      expectedEnd,
      dates: portalDates,
      portalUrl: options.account.portalUrl,
      destinations: options.destinations,
      steps,
      redactor,
      signal: options.signal,
    });
    added.handedOver();
    return { kind: 'created', secret, steps: steps.records };
  } catch (error) {
    // Whatever was added and not handed over is deleted first (from a new browser if this one died).
    const failure = await added.undoAfter(error);
    throw await explainFailure(failure, { session, steps, redactor, account: options.account, added });
  } finally {
    await session.close();
  }
}
