// Overlays that appear on no fixed schedule and cover the portal (portal.md §3.2): the "Welcome to
// Microsoft Azure" tour, NPS surveys, teaching callouts, the Advisor popup. Any dialog in the top
// document (or, drawn by a blade itself, in its frame) that the runbook did not open itself, and
// that offers a way to dismiss it, is one.
import type { Frame, Locator, Page } from 'playwright';
import type { OwnDialogs } from './own-dialogs.ts';
import { firstOf, firstVisible, gone, visibleText } from './race.ts';

const OVERLAY_TIMEOUT = 30_000;
/** How long a dismiss button may stay covered before the overlay is left for the next action. */
const COVERED_TIMEOUT = 3_000;
/** How often the pile is looked at afresh when the overlay being answered goes by itself. */
const MAX_PASSES = 3;
/** The overlay being answered went by itself before its button was clicked. */
const WENT = Symbol('went');

/**
 * Dismissal wordings, most specific first (§3.2: close|dismiss|not now|maybe later|no thanks; the
 * welcome tour's `Maybe later` or `Cancel`). Cancel last: a dialog the runbook opened itself has one
 * too, and those are never overlays (registered with the guard: own-dialogs.ts).
 */
const DISMISS_NAMES: RegExp[] = [/^Maybe later$/i, /^Not now$/i, /^No,? thanks$/i, /^Skip( for now)?$/i, /^Dismiss$/i, /^Got it$/i, /^Close\b/i, /^Cancel$/i];

/**
 * Inside a blade's frame, not Cancel: a form drawn there (the Add pane's form in its own frame)
 * has one, and its heading, which would name it as the runbook's own, stays in the top document.
 */
const DISMISS_NAMES_IN_FRAMES = DISMISS_NAMES.filter((name) => name.source !== '^Cancel$');

/** The buttons that dismiss an overlay, anywhere in `scope`. */
function dismissButtonsIn(scope: Page | Frame | Locator, names: RegExp[]): Locator {
  return names.map((name) => scope.getByRole('button', { name })).reduce((all, one) => all.or(one));
}

function isPage(scope: Page | Frame): scope is Page {
  return 'mainFrame' in scope;
}

export class Overlays {
  /** Any dismissable overlay (dialog or alert dialog) showing in the top document. */
  readonly welcome: Locator;
  /** The dismiss wordings looked for in this scope, gentlest first. */
  private readonly names: RegExp[];

  /** `scope`: the top document (the shell's overlays), or a blade's frame (a callout drawn inside it). */
  constructor(
    private readonly scope: Page | Frame,
    /** The runbook's own dialogs and panes: never overlays. */
    private readonly own: OwnDialogs,
  ) {
    this.names = isPage(scope) || scope === scope.page().mainFrame() ? DISMISS_NAMES : DISMISS_NAMES_IN_FRAMES;
    this.welcome = this.any.filter({ hasText: /Welcome to Microsoft Azure/ });
  }

  /** Any dismissable dialog (or alert dialog) in this scope that is not one of the runbook's own. */
  get any(): Locator {
    const dialogs = this.scope.getByRole('dialog').or(this.scope.getByRole('alertdialog')).filter({ has: dismissButtonsIn(this.scope, this.names) });
    return this.own.excludedFrom(dialogs, this.scope);
  }

  /** The overlays showing now, in document order. */
  private get showing(): Locator {
    return this.any.filter({ visible: true });
  }

  /** How many overlays show now. */
  count(): Promise<number> {
    return this.showing.count();
  }

  /**
   * After `dismiss` left the overlays covered: resolves once that may have changed, that is once
   * the top overlay's dismiss button would take a click (checked without clicking: nothing lies
   * over it any more), or an overlay came or went. Gives up after `timeout`, so the caller looks
   * afresh; never rejects.
   */
  async answerableAgain(timeout: number): Promise<void> {
    const count = await this.showing.count();
    if (count === 0) return;
    const changed = firstOf({ more: this.showing.nth(count), fewer: gone(this.showing.nth(count - 1)) }, { timeout });
    const uncovered = dismissButtonsIn(this.showing.last(), this.names).filter({ visible: true }).first().click({ trial: true, timeout });
    await Promise.any([changed, uncovered]).catch(() => undefined);
  }

  /** The name or heading of the overlay on top (the last showing), for messages ("the 'Welcome to …' dialog"). */
  async describeShowing(): Promise<string | undefined> {
    if ((await this.showing.count()) === 0) return undefined;
    return (await this.identify(this.showing.last())).name;
  }

  /**
   * The overlay at a place in the pile, named, and pinned to that name: the place (`nth`) holds
   * whichever overlay is there when next asked, and overlays come and go (the welcome tour gone, a
   * survey in its place), so what is clicked must be the overlay that was named.
   */
  private async identify(shown: Locator): Promise<{ name: string; pinned: Locator }> {
    const heading = shown.getByRole('heading').first();
    const headingText = (await heading.count()) > 0 ? await visibleText(heading) : '';
    const label = headingText ? '' : ((await shown.getAttribute('aria-label')) ?? '');
    if (label) return { name: label, pinned: this.showing.and(this.scope.getByLabel(label, { exact: true })) };
    const name = headingText || (await visibleText(shown)).slice(0, 80);
    return { name, pinned: this.showing.filter({ hasText: name }) };
  }

  /**
   * Dismisses an overlay showing now by its gentlest button; ends once it has gone. Returns its
   * name, or undefined when none can be clicked now (another layer over them): they block nothing
   * then, and are tried again before the next action. Overlays pile up in the order they came,
   * the later over the earlier (a survey over the welcome tour): the last showing is tried first.
   * One that goes by itself while it is tried (another hand dismissed it) starts the pile afresh.
   */
  async dismiss(): Promise<string | undefined> {
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      let went = false;
      for (let index = (await this.showing.count()) - 1; index >= 0 && !went; index -= 1) {
        const outcome = await this.dismissOne(this.showing.nth(index));
        if (outcome === WENT) went = true;
        else if (outcome) return outcome;
      }
      if (!went) return undefined;
    }
    return undefined;
  }

  private async dismissOne(overlay: Locator): Promise<string | typeof WENT | undefined> {
    const { name, pinned } = await this.identify(overlay).catch(() => ({ name: 'an overlay', pinned: overlay }));
    // Its buttons, unless it goes meanwhile; then the gentlest wording it offers (priority order).
    const seen = await firstOf({ button: dismissButtonsIn(pinned, this.names), went: gone(pinned) }, { timeout: COVERED_TIMEOUT }).catch(() => undefined);
    if (seen === 'went') return WENT;
    if (seen === undefined) return undefined;
    const buttons = Object.fromEntries(this.names.map((wording, index) => [`b${index}`, pinned.getByRole('button', { name: wording })])) as Record<string, Locator>;
    const shown = await firstVisible(buttons, { timeout: COVERED_TIMEOUT }).catch(() => undefined);
    if (shown === undefined) return undefined;
    try {
      await buttons[shown]!.filter({ visible: true }).first().click({ timeout: COVERED_TIMEOUT });
    } catch {
      // Covered, re-drawn or gone meanwhile (a reload): nothing to answer now.
      return (await pinned.count()) === 0 ? WENT : undefined;
    }
    await firstOf({ dismissed: gone(pinned) }, { timeout: OVERLAY_TIMEOUT });
    return name;
  }
}
