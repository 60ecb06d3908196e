// verify-guide: sign in, walk the guide from Home, and report where the portal no longer
// matches it. By default nothing is created (the pane is cancelled); with `create` the secret
// the guide adds is checked, then deleted by the run's record of what it added
// (added-secrets.ts), also when a later step fails, the run is interrupted or the browser dies:
// the one signed-in run (portal-run.ts) that every command works on.
import type { PortalAccount } from '../../lib/account.ts';
import { RunbookError } from '../errors.ts';
import type { PortalSession, PortalSessionOptions } from '../portal-session.ts';
import { withPortalRun } from '../portal-run.ts';
import type { Redactor } from '../redact.ts';
import { interruptedError } from '../run-steps.ts';
import type { Steps } from '../steps.ts';
import { walkGuide, type WalkOptions } from './guide-walker.ts';
import type { LoadedGuide } from './load-guide.ts';
import type { StepResult } from './verdict.ts';
import type { WalkContext } from './walk-context.ts';

export interface VerifyGuideOptions {
  account: PortalAccount;
  steps: Steps;
  headed: boolean;
  create: boolean;
  stateFile?: string;
  cropDir?: string;
  onStep?: WalkOptions['onStep'];
  beforeAct?: WalkOptions['beforeAct'];
  /** Browser context settings on top of the defaults (documentation screenshots). */
  contextOptions?: PortalSessionOptions['contextOptions'];
  /** Called once the browser is up, before sign-in (e.g. to fix the page clock). */
  onSession?: (session: PortalSession, ctx: WalkContext) => Promise<void>;
  /** Aborted on SIGINT: the walk stops at the next step, and a secret it added is deleted. */
  signal?: AbortSignal;
  /** --tenant: the directory to walk in, entered (and proven) right after the sign-in. */
  directory?: string;
}

export async function verifyGuide(guide: LoadedGuide, options: VerifyGuideOptions): Promise<{ results: StepResult[]; redactor: Redactor }> {
  const { account } = options;
  // The one signed-in run: an interrupt (SIGINT) stops the walk at the next step, what Add created
  // is deleted after it, and a failure is told with its report.
  return withPortalRun({ account, steps: options.steps, headed: options.headed, stateFile: options.stateFile, signal: options.signal, contextOptions: options.contextOptions, directory: options.directory }, async (run) => {
    const session = await run.startBrowser();
    const { steps, redactor, added } = run;
    const ctx: WalkContext = {
      session,
      page: session.page,
      shell: session.shell,
      steps,
      redactor,
      create: options.create,
      accountNames: [account.username, account.username.split('@')[0] ?? ''],
      added,
    };
    await options.onSession?.(session, ctx);
    await run.signIn();
    await steps.run('Go to Home, where the guide starts', () => session.guard.protect('Go Home', () => session.shell.goHome()));
    const results = await walkGuide(guide, ctx, { guard: session.guard, cropDir: options.cropDir, onStep: options.onStep, beforeAct: options.beforeAct });
    if (options.signal?.aborted) throw interruptedError(added.addClicked);
    // The walk is done: the secret it added is deleted (and gone from the list) before the report.
    const removal = await added.removeAll('the walk is done with it');
    if (removal.failure !== undefined) throw added.report(new RunbookError('other', 'The walk added a secret to picture or check the result.'), removal);
    return { results, redactor };
  });
}
