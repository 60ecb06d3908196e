// One guard, armed when the page opens, for what can interrupt any step on the real portal: an
// overlay (welcome tour, survey, callout) over the control a step needs, or the sign-in page
// because the session ended (portal.md §2.6, §3.2). A lookout (and one per blade frame, for a
// callout a blade's React view draws inside itself) answers either as soon as it shows
// (dismiss, or sign in again and return to where the step was), while the step's own actions and
// waits carry on: they find their controls once the portal is back. A step that failed because
// of an interruption (its frame went away with the page) is run again from its start by
// `protect`, after the guard has put the portal back.
//
// Not Playwright's locator handlers: a handler that two concurrent waits trigger at once leaves
// one of them waiting for good (each overwrites the other's pending answer), and one removed while
// triggered never answers; the runbook races waits across frames, so both happened.
import type { Frame, Locator, Page } from 'playwright';
import { Overlays } from '../pages/overlays.ts';
import { OverlayAnswers } from './overlay-answers.ts';
import { OwnDialogs, type OwnDialog } from '../pages/own-dialogs.ts';
import { onPortalPage, onPortalRoute, routeOf, sameOrigin } from './portal-address.ts';
import { firstOf, firstVisible, gone, isDetached, isNavigationInterrupted, waitForState } from '../pages/race.ts';
import type { PortalShell } from '../pages/portal-shell.ts';
import type { SignInPage } from '../pages/sign-in-page.ts';
import type { Steps } from './steps.ts';

const SETTLE_TIMEOUT = 45_000;
/** A step interrupted more often than this is reported rather than tried again. */
const MAX_RESUMES = 3;

export interface GuardOptions {
  page: Page;
  shell: PortalShell;
  signInPage: SignInPage;
  /** Answers whatever sign-in views show until the portal shell is up (the session's own sign-in). */
  signIn: () => Promise<void>;
  steps: Steps;
}

export class InterruptionGuard {
  readonly overlays: Overlays;
  /** The runbook's own dialogs and panes, registered by the run: never dismissed. */
  readonly ownDialogs = new OwnDialogs();
  private readonly answers: OverlayAnswers;
  /** Interruptions answered so far: a step that failed across one of them is run again. */
  private answered = 0;
  /** Visits to another origin (sign-in), silent ones included: a live sign-in cookie shows no view. */
  private bounces = 0;
  private answering: Promise<boolean> | undefined;
  private failure: unknown;
  private failed: Promise<never>;
  private fail!: (error: unknown) => void;
  /** Where the portal was last seen (hash route included), to return to after a sign-in. */
  private lastPortalUrl: string | undefined;
  private armed = false;
  /** The guard signs in itself: its own pages on the sign-in origin are not the portal leaving. */
  private signingIn = false;
  private lookout: Promise<void> | undefined;
  /** The lookout, waiting while the runbook signs in itself: woken by the next `arm()`. */
  private readonly armWaiters: (() => void)[] = [];
  /** Blade frames whose own overlays (a callout a React view draws) are looked out for. */
  private readonly framesWatched = new Set<Frame>();
  /** Steps under watch: told at once when the portal leaves for sign-in, rather than waiting out a timeout. */
  private readonly watchers = new Set<(error: Error) => void>();

  constructor(private readonly options: GuardOptions) {
    this.answers = new OverlayAnswers(options.page, (message) => options.steps.note(message), this.ownDialogs);
    this.overlays = this.answers.top;
    this.failed = new Promise<never>((_, reject) => {
      this.fail = reject;
    });
    this.failed.catch(() => undefined);
    const { page, shell } = options;
    if (onPortalRoute(page.url(), shell.portalUrl)) this.lastPortalUrl = page.url();
    // The portal page itself (its route in the hash), not the sign-in hand-over pages on its origin.
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      if (onPortalRoute(frame.url(), shell.portalUrl)) this.lastPortalUrl = frame.url();
      // Not while the runbook signs in itself: the portal's first load hands over to sign-in then,
      // and the guard's own sign-in goes from page to page there (the code, "Stay signed in?").
      else if (this.armed && !this.signingIn && /^https?:/.test(frame.url()) && !sameOrigin(frame.url(), shell.portalUrl) && this.lastPortalUrl) {
        this.bounces += 1;
        // Silent when the sign-in cookie is still good: no view to answer, but worth saying.
        options.steps.note('the portal went to sign in again (its session ended)');
        for (const stop of this.watchers) stop(new PortalLeftError());
      }
    });
    page.on('frameattached', (frame) => {
      if (this.lookout) this.watchFrame(frame);
    });
  }

  /**
   * The portal goes to the sign-in service on purpose while `body` runs (it enters the directory
   * an address names): that trip is not an interruption. A sign-in view it shows is still answered.
   */
  async crossing<T>(body: () => Promise<T>): Promise<T> {
    const before = this.signingIn;
    this.signingIn = true;
    try {
      return await body();
    } finally {
      this.signingIn = before;
    }
  }

  /** From now on `dialogs` (opened by the runbook itself) are never taken for overlays. */
  register(...dialogs: OwnDialog[]): void {
    this.ownDialogs.register(...dialogs);
  }

  /** An overlay or a sign-in view, whichever shows (the sign-in page keeps every view in one DOM). */
  private get interruptionShowing(): Locator {
    return this.overlays.any.or(this.options.signInPage.anyView).filter({ visible: true }).first();
  }

  /** Whether an overlay shows now, over the portal or inside a blade's frame (a picture must not hold one). */
  overlayShowing(): Promise<boolean> {
    return this.answers.showingAnywhere();
  }

  /** Interruptions so far: answered by the guard, or a trip through sign-in the portal made by itself. */
  get interruptions(): number {
    return this.answered + this.bounces;
  }

  /** Whether an answer is being given now (an overlay being dismissed may already be gone from view). */
  get answeringNow(): boolean {
    return this.answering !== undefined;
  }

  /** From now on the lookout answers overlays and sign-in prompts as they show. */
  async arm(): Promise<void> {
    this.armed = true;
    for (const wake of this.armWaiters.splice(0)) wake();
    if (this.lookout) return;
    this.lookout = this.keepLookout();
    const { page } = this.options;
    for (const frame of page.frames()) if (frame !== page.mainFrame()) this.watchFrame(frame);
  }

  private armedAgain(): Promise<void> {
    return this.armed ? Promise.resolve() : new Promise((resolve) => this.armWaiters.push(resolve));
  }

  /** While the runbook drives the sign-in page itself, the lookout leaves it alone. */
  async disarm(): Promise<void> {
    this.armed = false;
  }

  /**
   * Answers an overlay or the sign-in page as soon as it shows: a step waiting for a blade behind
   * a modal dialog or the sign-in page would otherwise wait out its whole timeout. One wait for the
   * whole run, not one per step. While the runbook signs in itself it waits to be armed again;
   * an overlay that cannot be clicked yet (under the Add pane's backdrop) is tried again once
   * nothing lies over it.
   */
  private async keepLookout(): Promise<void> {
    const { page } = this.options;
    try {
      while (!page.isClosed() && this.failure === undefined) {
        await this.interruptionShowing.waitFor({ state: 'visible', timeout: 0 });
        if (!(await this.mayAnswerNow())) continue;
        if (await this.settle()) continue;
        if ((await this.overlays.count()) > 0) {
          // Not answered now: something lies over the overlay (the Add pane's backdrop, a loading
          // veil). Look again once it could be clicked, or once overlays came or went; waiting for
          // "an interruption showing" to go would wait out every overlay that comes meanwhile.
          await this.overlays.answerableAgain(SETTLE_TIMEOUT);
        } else {
          // A sign-in view the portal shows beside itself (not the sign-in page): once it goes.
          await firstOf({ gone: gone(this.interruptionShowing) }, { timeout: 0 });
        }
      }
    } catch {
      // The page closed, or the guard failed (the step that waits on it says so).
    }
  }

  /**
   * Whether a lookout that saw something may answer it now. If not, waits until it may look again:
   * for the answer under way, or, while the runbook signs in itself, until it is done. (Waiting for
   * what was seen to go instead would also wait out an overlay that comes right after, such as a
   * survey on the first page past the sign-in: the next look finds it.)
   */
  private async mayAnswerNow(): Promise<boolean> {
    if (this.answering) {
      await this.answering;
      return false;
    }
    if (!this.armed) {
      await this.armedAgain();
      return false;
    }
    return true;
  }

  /** From now until `frame` goes, its own overlays are answered as they show (see `keepFrameLookout`). */
  private watchFrame(frame: Frame): void {
    if (this.framesWatched.has(frame)) return;
    this.framesWatched.add(frame);
    void this.keepFrameLookout(frame).finally(() => this.framesWatched.delete(frame));
  }

  /**
   * A blade's frame (a React view) may draw an overlay of its own, such as a teaching callout over
   * its tabs and rows: the top document's lookout does not see into it, and a click under it would
   * wait out its whole timeout. One wait per frame, for as long as the frame lives.
   */
  private async keepFrameLookout(frame: Frame): Promise<void> {
    const { page } = this.options;
    const overlays = new Overlays(frame, this.ownDialogs);
    const showing = overlays.any.filter({ visible: true }).first();
    try {
      while (!frame.isDetached() && !page.isClosed() && this.failure === undefined) {
        await showing.waitFor({ state: 'visible', timeout: 0 });
        if (!(await this.mayAnswerNow())) continue;
        if (await this.answer('framed-overlay', frame)) continue;
        // Not answered now (something lies over it): look again once it could be clicked, or came or went.
        await overlays.answerableAgain(SETTLE_TIMEOUT);
      }
    } catch {
      // The frame went away with its blade, or the page closed.
    }
  }

  /**
   * Runs `body`; when it fails across an interruption (answered meanwhile, or showing now), waits
   * for the portal to be back, runs `restart` (e.g. open the blade again) and runs `body` again.
   * A failure the guard itself met (e.g. the password refused on signing in again) ends the step.
   */
  async protect<T>(title: string, body: () => Promise<T>, restart?: () => Promise<void>): Promise<T> {
    for (let resumes = 0; ; resumes += 1) {
      const seen = this.interruptions;
      try {
        // Not watched: a step of many actions would run on beside its retry. Its actions and waits
        // in the top document find their controls once the lookout has put the portal back, and
        // waits in a frame that went away fail at once.
        return await this.raceFailure(body());
      } catch (error) {
        if (this.failure !== undefined) throw this.failure;
        if (!(await this.interrupted(error, seen)) || resumes >= MAX_RESUMES) throw error;
        await this.raceFailure(this.backOnPortal());
        this.options.steps.note(`resuming "${title}" after the interruption`);
        if (restart) await this.raceFailure(restart());
      }
    }
  }

  /**
   * Whether a step's failure came from an interruption: one answered since `seen` or showing now,
   * the frame the step worked in went away while the page stayed (the portal redrew it), or the
   * portal replaced a page load of the step's with one of its own (a sign-in hand-over).
   */
  async interrupted(error: unknown, seen: number): Promise<boolean> {
    if ((await this.settle()) || this.interruptions !== seen) return true;
    return (isDetached(error) || isNavigationInterrupted(error)) && !this.options.page.isClosed();
  }

  /**
   * Before a step starts again: the page is the portal's own, not the sign-in origin or its
   * hand-over back (a silent sign-in shows no view to answer). A step that failed while the portal
   * was still drawn but already on its way to sign in would otherwise start again on the sign-in
   * page, and its page load would race the hand-over (a matrix run failed so: "page.goto: ... is
   * interrupted by another navigation to .../signin-oidc"). Views on the way are the lookout's.
   */
  private async backOnPortal(): Promise<void> {
    const { page, shell } = this.options;
    if (page.isClosed() || onPortalPage(page.url(), shell.portalUrl)) return;
    // The portal's page by its address, or by its shell drawn (a portal that lands on another path).
    const back = page.waitForURL((url) => onPortalPage(url.href, shell.portalUrl), { waitUntil: 'commit', timeout: SETTLE_TIMEOUT });
    const drawn = waitForState(shell.ready.filter({ visible: true }).first(), 'visible', SETTLE_TIMEOUT);
    await Promise.any([back, drawn]).catch(() => undefined);
  }

  /**
   * After a failure: waits for an interruption being answered, and answers one showing now
   * (sign-in views, an overlay). True when one was answered: an overlay left under another layer
   * (a pane's backdrop) stood in the way of nothing.
   */
  async settle(): Promise<boolean> {
    if (this.answering) return this.answering.catch(() => false);
    const { shell, signInPage, page } = this.options;
    if (page.isClosed()) return false;
    // In priority order: an overlay over the portal first, then the portal itself, then sign-in views.
    const screens = { overlay: this.overlays.any, ...signInPage.screens(shell.ready) };
    const showing = await firstVisible(screens, { timeout: SETTLE_TIMEOUT }).catch(() => undefined);
    if (showing === 'portal') return this.answer('framed-overlay');
    if (showing === undefined) return false;
    const acted = await this.answer(showing === 'overlay' ? 'overlay' : 'sign-in');
    if (this.failure !== undefined) throw this.failure;
    return acted;
  }

  private raceFailure<T>(work: Promise<T>): Promise<T> {
    work.catch(() => undefined);
    return Promise.race([work, this.failed]);
  }

  /**
   * For a single page-object call only (Add, reading the new row), whose abandoned rest does no
   * harm: `work`, unless the guard failed meanwhile or the portal left for sign-in: then at once with
   * that (the page `work` waits on is gone; the caller settles and starts the step again).
   */
  watch<T>(work: Promise<T>): Promise<T> {
    work.catch(() => undefined);
    let stop!: (error: Error) => void;
    const left = new Promise<never>((_, reject) => {
      stop = reject;
    });
    this.watchers.add(stop);
    return Promise.race([work, this.failed, left]).finally(() => this.watchers.delete(stop));
  }

  /** One answer at a time, whoever asks: the lookout, or a step that failed. */
  private answer(kind: 'overlay' | 'framed-overlay' | 'sign-in', frame?: Frame): Promise<boolean> {
    const work = { overlay: () => this.answers.dismissTop(), 'framed-overlay': () => this.answers.dismissInFrames(frame), 'sign-in': () => this.signInAgain() }[kind];
    this.answering ??= work()
      .then((acted) => {
        if (acted) this.answered += 1;
        return acted;
      })
      .catch((error: unknown) => {
        this.failure ??= error;
        this.fail(error);
        return false;
      })
      .finally(() => {
        this.answering = undefined;
      });
    return this.answering;
  }

  private async signInAgain(): Promise<boolean> {
    const { shell, steps } = this.options;
    const returnTo = this.lastPortalUrl;
    steps.note('the portal asked to sign in again (the session ended): signing in');
    this.signingIn = true;
    try {
      await this.options.signIn();
    } finally {
      this.signingIn = false;
    }
    // The portal returns to the route it bounced from; a rendering that lands elsewhere is sent back.
    if (returnTo && routeOf(returnTo) !== routeOf(this.options.page.url())) {
      steps.note('returning to where the step was');
      await shell.open(routeOf(returnTo));
      await shell.showing({ ready: shell.ready });
    }
    return true;
  }
}

/** The portal left the page a step was working on (for sign-in); the step is run again. */
export class PortalLeftError extends Error {
  constructor() {
    super('The portal left the page for sign-in (its session ended)');
    this.name = 'PortalLeftError';
  }
}
