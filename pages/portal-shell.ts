// The Azure portal shell (portal.md §3): top bar, deep links, overlays that show up on no fixed
// schedule, and the notification toasts (always in the top document).
import type { Locator, Page } from 'playwright';
import { firstOf, firstVisible, gone, visibleText, waitForState, type Settled } from './race.ts';

const SHELL_TIMEOUT = 60_000;

export type LandedOn = 'target' | 'home' | 'signIn';

export class PortalShell {
  protected readonly root: Page;
  readonly globalSearch: Locator;
  readonly accountButton: Locator;
  readonly brandLink: Locator;
  readonly welcomeDialog: Locator;
  /** Home's "Azure services" section: where a cold deep link lands when it does not route (§1). */
  readonly homeServices: Locator;
  /** Notifications (toasts). Their ARIA role is [NF]: alert or status, else their visible text. */
  readonly toasts: Locator;
  readonly credentialsUpdated: Locator;
  readonly credentialsUpdateFailed: Locator;
  /**
   * The directory every route opened names (`#@<domain or tenant ID>/…`, §1), once the run has
   * entered one: a load after a sign-in then comes back to it rather than to the account's default.
   */
  directory: string | undefined;

  /** `note`: told when the shell itself dismissed an overlay, in the words the guard uses. */
  constructor(
    page: Page,
    readonly portalUrl: string,
    private readonly note: (message: string) => void = () => {},
  ) {
    this.root = page;
    this.globalSearch = page
      .getByRole('combobox', { name: /^Search resources, services, and docs/ })
      .or(page.getByPlaceholder(/^Search resources, services, and docs/));
    this.accountButton = page.getByRole('button', { name: /^Account menu/ });
    this.brandLink = page.getByRole('link', { name: /^Microsoft (Azure|Entra admin center)$/ });
    // Its way out is "Maybe later", or "Cancel" (§3.2); by Cancel only when it says who it is.
    const dialogs = page.getByRole('dialog').or(page.getByRole('alertdialog'));
    this.welcomeDialog = dialogs
      .filter({ has: page.getByRole('button', { name: 'Maybe later', exact: true }) })
      .or(dialogs.filter({ hasText: 'Welcome to Microsoft Azure' }).filter({ has: page.getByRole('button', { name: 'Cancel', exact: true }) }));
    this.homeServices = page.getByRole('heading', { name: 'Azure services', exact: true }).or(page.getByText('Azure services', { exact: true }));
    this.toasts = page.getByRole('alert').or(page.getByRole('status'));
    const success = /Successfully updated application .* credentials/;
    this.credentialsUpdated = this.toasts.filter({ hasText: success }).or(page.getByText(success));
    // The error toast's wording is [NF]: the API's messages (§11) or a "Failed to …" notification.
    const failure = /Failed to|Error detail|not allowed|exceeds the max|limit has been reached|maximum of \d+/i;
    this.credentialsUpdateFailed = this.toasts
      .filter({ hasText: failure })
      .filter({ hasNotText: success })
      .or(page.getByText(/^Failed to /));
  }

  /** The signal that the shell is up for a signed-in user. */
  get ready(): Locator {
    return this.accountButton;
  }

  /**
   * Waits for the first of `candidates` (top document); the welcome tour ("Maybe later"), when it
   * greets this page load first, is a named fork of the same race: dismissed, then waited past.
   * `until`: the caller's race was decided elsewhere; the wait stops at its next slice.
   */
  async showing<K extends string>(candidates: Record<K, Locator>, timeout = SHELL_TIMEOUT, until?: Settled): Promise<K> {
    const first = await firstVisible({ welcome: this.welcomeDialog, ...candidates } as Record<K | 'welcome', Locator>, { timeout, until });
    if (first !== 'welcome') return first;
    await this.dismissWelcome();
    return firstVisible(candidates, { timeout, until });
  }

  /** "Maybe later" (or "Cancel"); done once the tour has gone, whoever dismissed it (the runbook's guard may be first). */
  async dismissWelcome(): Promise<void> {
    // Said only when this click did it, so a run's notes name each dismissal once, whoever made it.
    const click = this.welcomeDialog
      .getByRole('button', { name: /^(Maybe later|Cancel)$/ })
      .first()
      .click()
      .then(() => this.note('dismissed the "Welcome to Microsoft Azure" overlay'));
    const dismissed = firstOf({ dismissed: gone(this.welcomeDialog) }, { timeout: SHELL_TIMEOUT });
    await Promise.race([click.then(() => dismissed, () => dismissed), dismissed]);
  }

  /** The portal's URL for a route (`view/...`); the portal's root for none. */
  urlOf(route: string | undefined): string {
    if (!route) return this.directory ? new URL(`#@${this.directory}/home`, this.portalUrl).toString() : this.portalUrl;
    const bare = route.replace(/^#/, '');
    const named = this.directory && !bare.startsWith('@') ? `@${this.directory}/${bare}` : bare;
    return new URL(`#${named}`, this.portalUrl).toString();
  }

  /**
   * Opens a portal route (`#view/...`) as a fresh page load, so the portal's own router takes it.
   * `unlessThere`: not when the page was loaded at that very route (e.g. the sign-in came back to it).
   */
  async open(route: string, { unlessThere = false } = {}): Promise<void> {
    const target = new URL(this.urlOf(route));
    const current = new URL(this.root.url());
    if (unlessThere && current.href === target.href) return;
    const sameDocument = current.origin + current.pathname + current.search === target.origin + target.pathname + target.search;
    await this.root.goto(target.toString());
    // A hash-only change does not route in the portal (§1): load the deep link as a cold page.
    if (sameDocument) await this.root.reload();
  }

  /** Whether the URL still names the route (a deep link that fell back to Home does not). */
  routeStillOpen(routeFragment: string): boolean {
    return decodeURIComponent(new URL(this.root.url()).hash).includes(routeFragment);
  }

  async goHome(): Promise<void> {
    await this.brandLink.first().click();
    await waitForState(this.homeServices.first(), 'visible', SHELL_TIMEOUT);
  }

  /** Home → "Microsoft Entra ID" (formerly "Azure Active Directory"). */
  async openEntraId(): Promise<void> {
    const service = this.root
      .getByRole('link', { name: /^(Microsoft Entra ID|Azure Active Directory)$/ })
      .or(this.root.getByRole('button', { name: /^(Microsoft Entra ID|Azure Active Directory)$/ }));
    await service.filter({ visible: true }).first().click();
  }

  /** Title and body of the newest visible toast. */
  async toastText(toast: Locator): Promise<string> {
    return visibleText(toast.filter({ visible: true }).last());
  }

  /** Waits for the toasts to go (they auto-dismiss) so none covers the top-right controls. */
  async waitForToastsToGo(toast: Locator, timeout = 30_000): Promise<void> {
    await firstOf({ gone: gone(toast) }, { timeout });
  }
}
