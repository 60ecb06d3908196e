// The guard's answers to overlays: the portal's own over the page (welcome tour, surveys), and
// those a blade draws inside its frame (a teaching callout in a React view). Each dismissal and
// each overlay left for later (something lies over it) is said once in the run's notes.
import type { Frame, Page } from 'playwright';
import { Overlays } from '../pages/overlays.ts';
import type { OwnDialogs } from '../pages/own-dialogs.ts';

export class OverlayAnswers {
  /** The overlays of the top document, where the portal draws its own. */
  readonly top: Overlays;
  /** Overlays already reported as covered, by name. */
  private readonly coveredNoted = new Set<string>();

  constructor(
    private readonly page: Page,
    private readonly note: (message: string) => void,
    private readonly own: OwnDialogs,
  ) {
    this.top = new Overlays(page, own);
  }

  /** Whether an overlay shows now, over the portal or inside a blade's frame (a picture must not hold one). */
  async showingAnywhere(): Promise<boolean> {
    const scopes = [this.top, ...this.bladeFrames().map((frame) => new Overlays(frame, this.own))];
    const counts = await Promise.all(scopes.map((overlays) => overlays.count().catch(() => 0)));
    return counts.some((count) => count > 0);
  }

  /** True once dismissed; false when it cannot be clicked now (covered) and was left for later. */
  async dismissTop(): Promise<boolean> {
    // An overlay that will not go is not fatal in itself: the action it blocks fails, naming it.
    const name = await this.top.dismiss().catch(() => undefined);
    if (name) this.note(`dismissed the "${name}" overlay`);
    else await this.noteCovered(this.top);
    return name !== undefined;
  }

  /**
   * An overlay drawn inside a blade's frame: the one a frame's lookout saw (`only`), or, after a
   * step failed with the portal up and nothing over it, one in any frame. False when there is none.
   */
  async dismissInFrames(only?: Frame): Promise<boolean> {
    for (const frame of only ? [only] : this.bladeFrames()) {
      if (frame.isDetached()) continue;
      const overlays = new Overlays(frame, this.own);
      if ((await overlays.count().catch(() => 0)) === 0) continue;
      const name = await overlays.dismiss().catch(() => undefined);
      if (name) {
        this.note(`dismissed the "${name}" overlay inside the blade`);
        return true;
      }
      await this.noteCovered(overlays);
    }
    return false;
  }

  private bladeFrames(): Frame[] {
    return this.page.frames().filter((frame) => frame !== this.page.mainFrame() && !frame.isDetached());
  }

  /** Says once per overlay why the lookout leaves it be for now. */
  private async noteCovered(overlays: Overlays): Promise<void> {
    const top = await overlays.describeShowing().catch(() => undefined);
    if (top === undefined || this.coveredNoted.has(top)) return;
    this.coveredNoted.add(top);
    this.note(`the "${top}" overlay cannot be clicked now (something lies over it): answering it once it can`);
  }
}
