// The simulator's options: one definition shared by `portal-runbook simulator`,
// `create-secret --simulator` and the test fixtures.
import { noFaults, type Faults } from './faults.ts';
import type { UiEdit } from './ui-edits.ts';
export { parseUiEdits, type UiEdit } from './ui-edits.ts';
export { DATA_LOADS, FAULT_NAMES, noFaults, parseFaults, type DataLoad, type Faults, type SessionEndFault } from './faults.ts';

export type UiVariant = 'current' | '2019';
/**
 * The account's default MFA method (§2.3, §2.4): the authenticator app's code, "Approve sign in
 * request" first, or a text message first ("We texted your phone …", then "Sign in another way").
 * `sms-only`: the account has no authenticator app registered, only a phone (the method picker
 * offers the text message alone), so no code the runbook can type is ever asked for.
 */
export type MfaVariant = 'totp' | 'push-first' | 'sms-first' | 'sms-only';
/** Where the App registrations filter runs: a query to the server per filter, or in the page. */
export type ListFilter = 'server' | 'client';
/**
 * The regional format of the user's portal settings (Portal settings → Language + region), in
 * which every date is shown and the Custom Start/End boxes read what is typed: en-US 6/5/2027,
 * en-GB 05/06/2027, de-DE 05.06.2027, ISO 2027-06-05, and month names, 5 Jun 2027 (en-GB) or
 * Jun 5, 2027 (en-US). portal.md quotes en-US only (§7: "7/27/2028").
 */
export type RegionalFormat = 'en-US' | 'en-GB' | 'de-DE' | 'iso' | 'en-GB-names' | 'en-US-names';
export const REGIONAL_FORMATS: readonly RegionalFormat[] = ['en-US', 'en-GB', 'de-DE', 'iso', 'en-GB-names', 'en-US-names'];

/** Checks a regional format's name; throws naming the choices. */
export function parseRegionalFormat(text: string): RegionalFormat {
  const format = REGIONAL_FORMATS.find((choice) => choice === text);
  if (!format) throw new Error(`--regional-format: "${text}" is not one of ${REGIONAL_FORMATS.join(', ')}`);
  return format;
}

/**
 * Renderings the reference could not pin down ([NF] in portal.md §13). The simulator can
 * render each; the page objects must accept all of them.
 */
export interface MarkupVariants {
  /** Container role of the "Add a client secret" pane (§8, §13.3). */
  pane: 'dialog' | 'complementary' | 'region';
  /** Role of the Expires dropdown's options (§13.4): listbox options, or tree items as in the Register form. */
  expiresOptions: 'option' | 'treeitem';
  /** Role of the secrets table (§7.8, §13.1). */
  secretsTable: 'grid' | 'table';
  /** Certificates / Client secrets / Federated credentials: ARIA tabs, or plain buttons (§13.1). */
  tabs: 'tab' | 'button';
  /** The App registrations tab the list opens on (§5: which one is the default is not known). */
  listTab: 'all' | 'owned';
  /**
   * The MFA-registration nag's wording (§2.6 lists several; which tenant sees which is not known):
   * "Action Required" → Ask later, "More information required" → Not now, "Let's keep your account
   * secure" → Skip setup, "Help us protect your account" → Skip for now.
   */
  interrupt: 'ask-later' | 'not-now' | 'skip-setup' | 'skip-for-now';
  /** The resource menus' Manage group (Entra ID, an app): open, or collapsed as it sometimes renders (§3.4). */
  manageGroup: 'open' | 'collapsed';
  /**
   * The Expires options' wording (§12, §13.5): today's days ("Recommended: 180 days (6 months)"),
   * or the 2021–22 portal's months ("Recommended: 6 months", "12 months"…; its full list is not known).
   */
  expiresWording: 'days' | 'months';
  /** The welcome tour's way out (§3.2: `Maybe later`, or `Cancel`). */
  welcomeDismiss: 'maybe-later' | 'cancel';
  /**
   * The fresh React-view frame the shell pre-warms after each React view loads (§3.3, S24): none,
   * hidden (`display: none`), or laid out off-screen, where its document's "Loading..." counts as
   * visible to a browser. How the real portal hides it was not found.
   */
  prewarm: 'none' | 'hidden' | 'offscreen';
  /** A React view in the shell's frame itself, or one frame deeper (§3.3: blades can nest iframes). */
  viewFrames: 'one' | 'nested';
  /**
   * The element that shows a new secret's Value (§7.11: "full Value visible + copy button"; the
   * element itself is not known): text, or a read-only text box, as the portal's copyable fields
   * elsewhere are drawn. A text box's value is not in the row's text.
   */
  valueField: 'text' | 'input';
  /**
   * The element that shows each secret's Secret ID (§7.11: "Secret ID + copy button", the element
   * is not known either): text, or a read-only text box. A row is then found by its ID only in the box.
   */
  secretIdField: 'text' | 'input';
  /**
   * The delete confirmation's wording (§13.11: its texts are not known): "Delete client secret" with
   * Yes / No, or "Delete the client secret?" with Delete / Cancel.
   */
  deleteConfirm: 'yes-no' | 'delete-cancel';
  /**
   * The resource menus' container (§3.4 records the FX menu's items, `fxc-menu-listView-item` with
   * `data-telemetryname="Menu-<Id>"`, and no landmark): a `navigation` landmark holding the Search
   * box; the FX list view with no landmark role at all; or a tree (group headers and items as tree items).
   */
  menu: 'navigation' | 'list' | 'tree';
  /** The command bars' container (§3.4 records the buttons, `li[role=presentation] > div[role=button]`, not the container): a `toolbar`, or a plain list. */
  commandBar: 'toolbar' | 'plain';
  /** The breadcrumb (§3.1 records its words, not its element): a `navigation` named "Breadcrumb", or a plain list of links. */
  breadcrumb: 'navigation' | 'list';
  /**
   * How the credentials grids (client secrets, certificates) render their rows: every row, or as
   * Fluent UI's DetailsList does when virtualised (§5 records a virtualised list elsewhere in the
   * portal): a scrolling container of limited height holding only the rows in view and a few more,
   * `aria-rowcount` on the grid and `aria-rowindex` on each row; scrolling renders the others.
   */
  grid: 'all' | 'virtual';
}

export const MARKUP_CHOICES: { [K in keyof MarkupVariants]: readonly MarkupVariants[K][] } = {
  pane: ['dialog', 'complementary', 'region'],
  expiresOptions: ['option', 'treeitem'],
  secretsTable: ['grid', 'table'],
  tabs: ['tab', 'button'],
  listTab: ['all', 'owned'],
  interrupt: ['ask-later', 'not-now', 'skip-setup', 'skip-for-now'],
  manageGroup: ['open', 'collapsed'],
  expiresWording: ['days', 'months'],
  welcomeDismiss: ['maybe-later', 'cancel'],
  prewarm: ['none', 'hidden', 'offscreen'],
  viewFrames: ['one', 'nested'],
  valueField: ['text', 'input'],
  secretIdField: ['text', 'input'],
  deleteConfirm: ['yes-no', 'delete-cancel'],
  menu: ['navigation', 'list', 'tree'],
  commandBar: ['toolbar', 'plain'],
  breadcrumb: ['navigation', 'list'],
  grid: ['all', 'virtual'],
};

export const DEFAULT_MARKUP: MarkupVariants = { pane: 'dialog', expiresOptions: 'option', secretsTable: 'grid', tabs: 'tab', listTab: 'all', interrupt: 'ask-later', manageGroup: 'open', expiresWording: 'days', welcomeDismiss: 'maybe-later', prewarm: 'none', viewFrames: 'one', valueField: 'text', secretIdField: 'text', deleteConfirm: 'yes-no', menu: 'navigation', commandBar: 'toolbar', breadcrumb: 'navigation', grid: 'all' };

/** Parses `--markup pane=complementary,expiresOptions=treeitem`; throws naming the bad entry. */
export function parseMarkup(list: string | readonly string[] | undefined): MarkupVariants {
  const markup: MarkupVariants = { ...DEFAULT_MARKUP };
  const entries = (Array.isArray(list) ? list : String(list ?? '').split(','))
    .flatMap((entry: string) => entry.split(','))
    .map((entry: string) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [key, value] = entry.split('=', 2) as [keyof MarkupVariants, string | undefined];
    const choices = MARKUP_CHOICES[key] as readonly string[] | undefined;
    if (!choices || !value || !choices.includes(value)) {
      const known = Object.entries(MARKUP_CHOICES).map(([k, v]) => `${k}=${v.join('|')}`).join(', ');
      throw new Error(`--markup: "${entry}" is not one of ${known}`);
    }
    (markup as unknown as Record<string, string>)[key] = value;
  }
  return markup;
}

export interface SimulatorOptions {
  /** Portal port; sign-in is served on port+1 and the React-view sandbox on port+2. 0 picks free ports. */
  port: number;
  ui: UiVariant;
  /** Render the Certificates & secrets blade body in a cross-origin iframe (React view). */
  iframe: boolean;
  /** Milliseconds every data load and blade waits, ± jitter. */
  latency: number;
  jitter: number;
  mfa: MfaVariant;
  /** "Stay signed in?" comes before the code prompt. */
  kmsiFirst: boolean;
  /**
   * The account signs in with the Authenticator app by default, no password (§2.2: passwordless-first
   * tenants): after the username, "Approve sign in request" with "Use your password instead".
   */
  passwordless: boolean;
  /** The "Welcome to Microsoft Azure" dialog greets the first portal load after sign-in. */
  welcome: boolean;
  /** Milliseconds after that load before the welcome dialog appears (it may land mid-click). */
  welcomeDelay: number;
  /** The NPS survey dialog appears this many ms after each page load until dismissed in the tab; undefined: never. */
  surveyDelay: number | undefined;
  /**
   * A teaching callout appears this many ms after each framed view loads (the App registrations
   * list with listFrame, Certificates & secrets with iframe), drawn inside that frame, until
   * dismissed in the tab; undefined: never.
   */
  calloutDelay: number | undefined;
  /** The "Add a client secret" form renders in its own cross-origin iframe; the pane's header stays in the top document. */
  paneFrame: boolean;
  /** Render the App registrations list (its tabs, filter box and grid) in a cross-origin iframe (React view). */
  listFrame: boolean;
  /** App registrations filter: a server query per filter and tab (default), or filtering in the page. */
  listFilter: ListFilter;
  /** The "Action Required" MFA-registration interrupt ("Ask later") after the code. */
  interrupt: boolean;
  /** How dates are shown and read (the user's Language + region setting). */
  regionalFormat: RegionalFormat;
  faults: Faults;
  markup: MarkupVariants;
  /** Controls and menu items renamed, removed or moved (tests of verify-guide's verdicts). */
  uiEdits: UiEdit[];
  /**
   * Milliseconds after a secret's creation before the token endpoint accepts it: until then it
   * answers AADSTS7000215, as Entra does while a new credential propagates. 0: at once.
   */
  tokenPropagation: number;
  /**
   * More app registrations on top of the seeded 31, "Fleet app 001" to "Fleet app N": a tenant the
   * size a platform team looks after, for many-apps runs and their benchmark.
   */
  extraApps: number;
}

export const DEFAULT_SIMULATOR_OPTIONS: SimulatorOptions = {
  port: 7100,
  ui: 'current',
  iframe: false,
  latency: 250,
  jitter: 150,
  mfa: 'totp',
  kmsiFirst: false,
  passwordless: false,
  welcome: false,
  welcomeDelay: 0,
  surveyDelay: undefined,
  calloutDelay: undefined,
  paneFrame: false,
  listFrame: false,
  listFilter: 'server',
  interrupt: false,
  regionalFormat: 'en-US',
  faults: noFaults(),
  markup: { ...DEFAULT_MARKUP },
  uiEdits: [],
  tokenPropagation: 4000,
  extraApps: 0,
};
