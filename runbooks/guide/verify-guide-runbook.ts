// verify-guide: sign in, walk the guide from Home, and report where the portal no longer
// matches it. By default nothing is created (the pane is cancelled); with `create` the secret
// the guide adds is checked, then deleted and checked gone, also when a later step fails.
import type { PortalAccount } from '../../lib/account.ts';
import { RunbookError } from '../errors.ts';
import { explainFailure } from '../explain-failure.ts';
import { PortalSession, type PortalSessionOptions } from '../portal-session.ts';
import { Redactor } from '../redact.ts';
import { RecordingSteps, type Steps } from '../steps.ts';
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
}

class ScrubbedSteps extends RecordingSteps {
  constructor(private readonly outer: Steps, private readonly redactor: Redactor) {
    super();
  }

  override run<T>(title: string, body: () => Promise<T>): Promise<T> {
    return this.outer.run(title, () => super.run(title, () => this.redactor.guard(body)));
  }

  override note(message: string): void {
    this.outer.note(this.redactor.scrub(message));
  }
}

export async function verifyGuide(guide: LoadedGuide, options: VerifyGuideOptions): Promise<{ results: StepResult[]; redactor: Redactor }> {
  const redactor = new Redactor();
  const steps = new ScrubbedSteps(options.steps, redactor);
  const { account } = options;
  const session = await steps.run('Start the browser', () =>
    PortalSession.start({ account, headed: options.headed, stateFile: options.stateFile, steps, contextOptions: options.contextOptions }),
  );
  const ctx: WalkContext = {
    page: session.page,
    shell: session.shell,
    steps,
    redactor,
    create: options.create,
    accountNames: [account.username, account.username.split('@')[0] ?? ''],
    valueMayShow: false,
  };
  try {
    await options.onSession?.(session, ctx);
    await steps.run(`Sign in as ${account.username}`, () => session.signIn());
    await steps.run('Go to Home, where the guide starts', () => session.guard.protect('Go Home', () => session.shell.goHome()));
    try {
      const results = await walkGuide(guide, ctx, { guard: session.guard, cropDir: options.cropDir, onStep: options.onStep, beforeAct: options.beforeAct });
      return { results, redactor };
    } finally {
      if (ctx.added || (ctx.create && ctx.valueMayShow)) await removeWhatWasAdded(ctx, session);
    }
  } catch (error) {
    throw await explainFailure(redactor.scrubError(error), { session, steps, redactor, account });
  } finally {
    await session.close();
  }
}

/** The secret a --create run added is deleted and checked gone; if that fails the user is told which. */
async function removeWhatWasAdded(ctx: WalkContext, session: PortalSession): Promise<void> {
  const blade = ctx.blade;
  const added = ctx.added;
  const what = added ? `"${added.description}"${added.secretId ? ` (Secret ID ${added.secretId})` : ''}` : 'the secret Add created';
  try {
    await ctx.steps.run(`Delete the secret the check added: ${what}`, () =>
      session.guard.protect('Delete the added secret', async () => {
        if (!blade) throw new Error('Certificates & secrets is not open');
        const row = added?.secretId ? blade.row(added.secretId) : ctx.newRow!;
        await blade.deleteRow(row.first());
        const left = await blade.secrets();
        const still = left.filter((secret) => (added?.secretId ? secret.secretId === added.secretId : secret.value === added?.value));
        if (still.length > 0) throw new Error('it is still listed after Delete');
      }),
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RunbookError('other', `The secret this check added could NOT be deleted (${detail}). Delete ${what} of app "${ctx.app?.displayName ?? ''}" by hand.`, { cause: error });
  }
}
