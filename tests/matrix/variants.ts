// The variant matrix: the product of the portal renderings the reference allows (UI × frames ×
// markup × sign-in × overlays × timing × session end × faults × route × dates × one app or a file of
// them), sampled by a seed so a
// failure replays with `npm run matrix -- --seed N`. Pure data and a seeded draw; the spec runs it.
import { argsIn, combinationIn, configIn, describeIn, productOf, sampleOf, type Choice, type CombinationOf } from './draw.ts';
import type { AdminConfigChange } from '../../simulator/admin.ts';

type Dimension = readonly Choice[];

/** Each dimension's values, named as they print in a test title. */
export const DIMENSIONS = {
  route: [
    { name: 'deep link', config: {} },
    { name: 'clicks', config: {}, args: ['--navigate'] },
  ],
  ui: [
    { name: 'current', config: { ui: 'current' } },
    { name: '2019', config: { ui: '2019' } },
    { name: 'current, Expires in months (2021–22)', config: { ui: 'current', markup: { expiresWording: 'months' } } },
  ],
  frames: [
    { name: 'top document', config: {} },
    { name: 'blade in iframe', config: { iframe: true } },
    { name: 'pane form in its own frame', config: { paneFrame: true } },
    { name: 'blade and pane form in frames', config: { iframe: true, paneFrame: true } },
    { name: 'app list in a frame', config: { listFrame: true } },
    { name: 'app list, blade and pane form in frames', config: { listFrame: true, iframe: true, paneFrame: true } },
    { name: 'app list and blade a frame deeper (nested)', config: { listFrame: true, iframe: true, markup: { viewFrames: 'nested' } } },
  ],
  markup: [
    { name: 'dialog/option/grid/tab', config: { markup: { pane: 'dialog', expiresOptions: 'option', secretsTable: 'grid', tabs: 'tab' } } },
    { name: 'complementary/treeitem/table/button, list on Owned, the new value in a read-only box', config: { markup: { pane: 'complementary', expiresOptions: 'treeitem', secretsTable: 'table', tabs: 'button', listTab: 'owned', valueField: 'input' } } },
    { name: 'region/option/table/tab, list on Owned, welcome by Cancel, Secret IDs in read-only boxes, delete confirmed by "Delete", menus with no landmark, command bars with no toolbar role', config: { markup: { pane: 'region', expiresOptions: 'option', secretsTable: 'table', tabs: 'tab', listTab: 'owned', welcomeDismiss: 'cancel', secretIdField: 'input', deleteConfirm: 'delete-cancel', menu: 'list', commandBar: 'plain' } } },
    { name: 'region/treeitem/grid/button, Manage collapsed, menus as trees, breadcrumb a plain list, a pre-warmed frame off-screen, lists virtualised', config: { markup: { pane: 'region', expiresOptions: 'treeitem', secretsTable: 'grid', tabs: 'button', manageGroup: 'collapsed', menu: 'tree', breadcrumb: 'list', prewarm: 'offscreen', grid: 'virtual' } } },
  ],
  signIn: [
    { name: 'code first', config: {} },
    { name: 'push first', config: { mfa: 'push-first' } },
    { name: 'code texted first', config: { mfa: 'sms-first' } },
    // Both approvals: in the app before any password (passwordless-first), then the push as the second factor.
    { name: 'passwordless first, push next', config: { passwordless: true, mfa: 'push-first' } },
    { name: 'stay signed in first', config: { kmsiFirst: true } },
    { name: 'Action Required', config: { interrupt: true } },
    { name: 'More information required', config: { interrupt: true, markup: { interrupt: 'not-now' } } },
    { name: 'Let’s keep your account secure', config: { interrupt: true, markup: { interrupt: 'skip-setup' } } },
    { name: 'Help us protect your account', config: { interrupt: true, markup: { interrupt: 'skip-for-now' } } },
  ],
  overlays: [
    { name: 'no overlay', config: {} },
    { name: 'welcome', config: { welcome: true } },
    { name: 'late welcome', config: { welcome: true, welcomeDelay: 1500 } },
    { name: 'survey', config: { surveyDelay: 1200 } },
    // On every page as it loads, the first past the sign-in included (the soak found the lookout blind there once).
    { name: 'survey at once', config: { surveyDelay: 0 } },
    { name: 'survey over the welcome', config: { welcome: true, welcomeDelay: 700, surveyDelay: 1500 } },
    // A blade's own callout, drawn inside its frame: this choice frames the list and the blade for it.
    { name: 'callout inside the framed list and blade', config: { listFrame: true, iframe: true, calloutDelay: 800 } },
  ],
  timing: [
    { name: 'fast', config: { latency: 40, jitter: 30 } },
    { name: 'slow', config: { latency: 200, jitter: 150 } },
    { name: 'out of order', config: { latency: 120, jitter: 100, faults: ['stale-responses'] } },
  ],
  sessionEnd: [
    { name: 'session lasts', config: {} },
    { name: 'ends after the app list', config: { faults: ['session-end-after=apps'] } },
    { name: 'ends after the app blade', config: { faults: ['session-end-after=app'] } },
    { name: 'ends after Add', config: { faults: ['session-end-after=add'] } },
    { name: 'ends at random', config: { faults: ['session-end-after=random'] } },
  ],
  faults: [
    { name: 'no fault', config: {} },
    { name: 'Add fails once', config: { faults: ['add-fail-once'] } },
    { name: 'feedback bar', config: { faults: ['feedback-bar'] } },
    { name: 'slow blades', config: { faults: ['slow-blade'] } },
    { name: 'list filtered in the browser', config: { listFilter: 'client' } },
    { name: 'the first link lands on Home, its address kept', config: { faults: ['deep-link-home=kept'] } },
  ],
  // The user's Language + region: how every date is written, and how the Custom boxes read one.
  dates: [
    { name: 'en-US dates (6/5/2027)', config: { regionalFormat: 'en-US' } },
    { name: 'en-GB dates (05/06/2027)', config: { regionalFormat: 'en-GB' } },
    { name: 'en-GB dates, --date-order day-first', config: { regionalFormat: 'en-GB' }, args: ['--date-order', 'day-first'] },
    { name: 'de-DE dates (05.06.2027)', config: { regionalFormat: 'de-DE' } },
    { name: 'ISO dates (2027-06-05)', config: { regionalFormat: 'iso' } },
    { name: 'dates with month names (5 Jun 2027)', config: { regionalFormat: 'en-GB-names' } },
    { name: 'dates with month names (Jun 5, 2027)', config: { regionalFormat: 'en-US-names' } },
  ],
  // One app (--app), or the same app first in a file of three (--apps): the run goes on from its
  // blade to the next apps' in the same rendering, one found by name and one by deep link.
  apps: [
    { name: 'one app', config: {} },
    { name: 'first of three apps in one file', config: {}, moreApps: ['Contoso HR sync', 'Fabrikam Webhooks'] },
  ],
} as const satisfies Record<string, Dimension>;

export type Combination = CombinationOf<typeof DIMENSIONS>;

export function productSize(): number {
  return productOf(DIMENSIONS);
}

/** The combination at `index` of the full product (mixed radix, dimensions in order). */
export function combinationAt(index: number): Combination {
  return combinationIn(DIMENSIONS, index);
}

/** `count` distinct combinations drawn with `seed`; the same seed draws the same ones. */
export function sample(seed: number, count: number): Combination[] {
  return sampleOf(DIMENSIONS, seed, count);
}

export function describeCombination(combination: Combination): string {
  return describeIn(DIMENSIONS, combination);
}

/** The simulator configuration of a combination: the dimensions' settings merged, faults joined. */
export function configOf(combination: Combination): AdminConfigChange {
  return configIn(DIMENSIONS, combination);
}

export function argsOf(combination: Combination): string[] {
  return argsIn(DIMENSIONS, combination);
}

/**
 * What the run must end in. Add refused once is the portal's answer (exit 5, nothing added). A
 * date written with slashes reads two ways when its day is 12 or less and not its month: the run
 * learns the order from Custom's Start (today), which the 2019 pane has not and which tells nothing
 * on a day whose day is its month, or from --date-order. Without either, an end date that reads
 * two ways is refused after Add (exit 1, deleted), and a Custom one cannot be typed (exit 2).
 */
export type Outcome = 'created' | 'refused' | 'end date read two ways' | 'custom date not typed';

/**
 * The exit code of an outcome. In a file of three: the refusal of Add fails once is the first app's
 * alone (exit 12, the others done); a date that cannot be read or typed is every app's (13).
 */
export function exitCodeOf(outcome: Outcome, combination: Combination): number {
  const oneApp = { created: 0, refused: 5, 'end date read two ways': 1, 'custom date not typed': 2 }[outcome];
  if (!(combination.apps as Choice).moreApps) return oneApp;
  return { created: 0, refused: 12, 'end date read two ways': 13, 'custom date not typed': 13 }[outcome];
}

export function expectedOutcome(combination: Combination, expiry: { end: string; custom: boolean }, today = new Date()): Outcome {
  const slashes = ['en-US', 'en-GB'].includes((combination.dates as Choice).config.regionalFormat ?? 'en-US');
  const told = ((combination.dates as Choice).args ?? []).includes('--date-order') || (combination.ui.name !== '2019' && today.getDate() !== today.getMonth() + 1);
  if (slashes && !told && expiry.custom) return 'custom date not typed';
  if (combination.faults.name === 'Add fails once') return 'refused';
  if (slashes && !told && readsTwoWays(expiry.end)) return 'end date read two ways';
  return 'created';
}

/** A day a date with slashes shows two ways (05/06/2027): day ≤ 12 and not the month. */
export function readsTwoWays(iso: string): boolean {
  const [, month, day] = iso.split('-').map(Number);
  return day! <= 12 && day !== month;
}
