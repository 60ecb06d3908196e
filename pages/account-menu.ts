// The portal's account menu (portal.md §3.1): the top bar's account button, whose aria-label is
// "Account menu Currently signed in as <upn>, under <Tenant> (<domain>) tenant", and the flyout it
// opens with the account's name, its tenant, "Sign out" and "Switch directory". How "Sign out" is
// drawn is [NF]: a link, a button or a menu item are all accepted, in whichever container.
import type { Locator, Page } from 'playwright';
import { firstVisible } from './race.ts';

const MENU_TIMEOUT = 30_000;
/** The sign-in service's end of a sign-out can take a while on a slow tenant. */
const SIGNED_OUT_TIMEOUT = 60_000;

export type SignedOutOn = 'signedOut' | 'signIn';

export class AccountMenu {
  readonly button: Locator;
  readonly signOutControl: Locator;
  /** The sign-in service's page after a sign-out ("You signed out of your account"; older wording too). */
  readonly signedOutMessage: Locator;
  /** "Pick an account" / "Which account do you want to sign out of?": the service asks when several are signed in. */
  readonly pickAccountToSignOut: Locator;

  constructor(private readonly page: Page) {
    this.button = page.getByRole('button', { name: /^Account menu/ });
    const name = /^Sign out$/;
    this.signOutControl = page
      .getByRole('link', { name })
      .or(page.getByRole('button', { name }))
      .or(page.getByRole('menuitem', { name }));
    this.signedOutMessage = page.getByText(/^You (have )?signed out of your account\.?$/);
    this.pickAccountToSignOut = page.getByText(/^Which account do you want to sign out of\?$/);
  }

  /** The UPN the account button names ("Currently signed in as <upn>, under …"), if it says. */
  async signedInAs(): Promise<string | undefined> {
    const label = (await this.button.first().getAttribute('aria-label', { timeout: MENU_TIMEOUT })) ?? '';
    return /Currently signed in as (\S+?),? under /.exec(label)?.[1];
  }

  /**
   * The directory the account button names ("…, under <Tenant name> (<domain>) tenant", §3.1),
   * i.e. the directory the portal is in now; undefined when the label does not say.
   */
  async currentDirectory(): Promise<{ name: string; domain: string } | undefined> {
    const label = (await this.button.first().getAttribute('aria-label', { timeout: MENU_TIMEOUT })) ?? '';
    const match = /, under (.+) \(([^()\s]+)\) tenant\s*$/.exec(label);
    return match ? { name: match[1]!, domain: match[2]! } : undefined;
  }

  /**
   * Account menu → Sign out, done once the sign-in service says the account is signed out, or the
   * page is back at sign-in (`signInView`: a portal that sends a signed-out browser there at once).
   */
  async signOut(signInView: Locator, username?: string): Promise<SignedOutOn> {
    await this.button.first().click({ timeout: MENU_TIMEOUT });
    await this.signOutControl.filter({ visible: true }).first().click({ timeout: MENU_TIMEOUT });
    const candidates = { signedOut: this.signedOutMessage, signIn: signInView, pick: this.pickAccountToSignOut };
    const first = await firstVisible(candidates, { timeout: SIGNED_OUT_TIMEOUT });
    if (first !== 'pick') return first;
    // The account's tile, by its UPN, then the same end.
    await this.page.getByText(username ?? '', { exact: true }).first().click({ timeout: MENU_TIMEOUT });
    return firstVisible({ signedOut: this.signedOutMessage, signIn: signInView }, { timeout: SIGNED_OUT_TIMEOUT });
  }
}
