// Operation "add a secret" on a signed-in run: open the app's Certificates & secrets, fill in
// "Add a client secret" as asked, click Add, read the value before anything leaves the blade,
// then check, deliver and confirm it (create-secret, rotate and ensure all add this way).
import { AddClientSecretPane } from '../../pages/add-client-secret-pane.ts';
import type { CertificatesSecretsBlade } from '../../pages/certificates-secrets-blade.ts';
import { addAndRead, type AddContext, type PreparedPane } from '../add-secret.ts';
import type { CreateSecretRequest } from '../create-secret-request.ts';
import type { CreatedSecret } from '../created-secret.ts';
import type { SecretDestination } from '../delivery/destination.ts';
import { chooseExpiry, type ExpiryChoice } from '../expiry-choice.ts';
import { describeExpiry, expectedEndDate } from '../expiry.ts';
import type { PortalRun } from '../portal-run.ts';
import { interruptedError } from '../run-steps.ts';
import { handOver } from '../secret-handover.ts';
import type { StepRecord } from '../steps.ts';
import { STEP_TITLES } from '../step-titles.ts';
import type { ReachedBlade } from '../reach-credentials.ts';
import { entryFor } from '../run-record.ts';
import { verifierFor, type Verified } from './verify-new-secret.ts';

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

export interface AddSecretOptions {
  /** Checked (preflight) by the caller; delivered and read back here, before leaving the blade. */
  destinations: SecretDestination[];
  /** The blade when an earlier operation of the run has it open. */
  reached?: ReachedBlade;
  /** --verify: prove the new secret works (a client-credentials token) before it is delivered. */
  verify?: boolean;
}

export async function addSecret(run: PortalRun, request: CreateSecretRequest, options: AddSecretOptions): Promise<CreateSecretResult> {
  const { steps } = run;
  const expectedEnd = expectedEndDate(request.expires, run.today);
  let reached = options.reached ?? (await run.reach(request.app, request.navigate));
  const { app } = reached;
  const reopen = () => run.navigator.reopen(app);
  // Read once per account (the app's Overview): every document and record carries it.
  const { tenantId, navigated } = await run.tenantIdOf(app);
  if (navigated) {
    const title = `Open the Certificates & secrets of ${app.displayName} again`;
    reached = { app, blade: await steps.run(title, () => run.session.guard.protect(title, reopen)) };
  }
  const portalDates = run.dates;
  let choice: ExpiryChoice | undefined;
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
    const chosen = await steps.run(STEP_TITLES.chooseExpires(describeExpiry(request.expires)), () => chooseExpiry(pane, request.expires, run.todayIso, portalDates));
    if (portalDates.settledBy && portalDates.settledBy !== learned) steps.note(`the portal writes dates ${portalDates.settledOrder?.replace('-', ' ')} (${portalDates.settledBy})`);
    choice = chosen;
    const dates = chosen.start && chosen.end ? { start: chosen.start, end: chosen.end } : undefined;
    return { blade, pane, before, withSecretIds, typed: { description: request.description, dates } };
  };
  let blade = reached.blade;
  const prepared = await run.session.guard.protect('Fill in "Add a client secret"', () => prepare(blade), async () => {
    blade = await reopen();
  });
  const chosen = choice!;
  if (request.dryRun) {
    const plan: SecretPlan = {
      appName: app.displayName,
      appId: app.appId,
      description: request.description,
      expires: chosen.end ? `${chosen.option} (Start ${chosen.start}, End ${chosen.end})` : chosen.option,
      offered: chosen.offered,
      expectedEnd,
    };
    await steps.run('Cancel (dry run: nothing is added)', () => prepared.pane.cancel());
    return { kind: 'planned', plan, steps: steps.records };
  }
  if (run.options.signal?.aborted) throw interruptedError(false);
  // From Add on, the hand-over decides where an interrupt stops: once the new row has been read.
  steps.stopOnInterrupt = false;
  const context: AddContext = { app, description: request.description, session: run.session, steps, added: run.added, reopen, prepare };
  const row = await addAndRead(context, prepared);
  const verified = new Map<string, Verified>();
  const verify = verifierFor(run, verified);
  const secret = await handOver({
    app,
    tenantId,
    row,
    description: request.description,
    expectedEnd,
    dates: portalDates,
    portalUrl: run.account.portalUrl,
    destinations: options.destinations,
    steps,
    redactor: run.redactor,
    signal: run.options.signal,
    beforeDelivery: options.verify ? (checked) => verify(checked, app) : undefined,
  });
  run.added.handedOver();
  const proof = verified.get(secret.value);
  await run.remember([entryFor(secret, { account: run.account.username, tenantId, operation: 'add', destinations: options.destinations, verifiedAfterSeconds: proof?.afterSeconds })]);
  steps.stopOnInterrupt = true;
  return { kind: 'created', secret, steps: steps.records };
}
