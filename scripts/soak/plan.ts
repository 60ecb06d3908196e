// What each soak run does, drawn from a seed: the portal's timing, one fault or variant, where the
// secret goes, which demo account runs it, and — for Ctrl+C and a killed browser — at which step
// line. Pure data and a seeded draw (pure-rand): the same seed draws the same runs, so a soak
// replays with `npm run soak -- --seed S`.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { AdminConfigChange } from '../../simulator/admin.ts';
import { DEFAULT_MARKUP, MARKUP_CHOICES, type MarkupVariants } from '../../simulator/options.ts';
import { escapeRegExp } from '../../pages/race.ts';
import { STEP_TITLES, titlePrefix } from '../../runbooks/step-titles.ts';

/** Apps the soak adds secrets to: unique names, no secret limit (near-twins of the first included). */
export const SOAK_APPS = ['Puzzel Office 365 connector', 'Puzzel Office 365 connector (test)', 'Contoso HR sync', 'Northwind Orders', 'Teams Meeting Bot'] as const;

export type DestinationKind = 'output' | 'env-file' | 'json';

/** A step create-secret prints on stderr, as it names it and as a pattern over its line. */
export interface StepLine {
  name: string;
  pattern: string;
}

/** A step line: `→ title` as the step starts, `✓ title` once it is done. */
export interface Moment {
  phase: '→' | '✓';
  step: StepLine;
}

/** A step whose whole title is always the same. */
function exactly(title: string): StepLine {
  return { name: title, pattern: escapeRegExp(title) };
}

/** A step whose title goes on with the run's own words (an account, a description, a destination). */
function startingWith(prefix: string): StepLine {
  return { name: `${prefix}…`, pattern: escapeRegExp(prefix) };
}

/** The way to the blade has several titles: any of them. */
function anyOf(name: string, prefixes: string[]): StepLine {
  return { name, pattern: `(?:${prefixes.map(escapeRegExp).join('|')})` };
}

/** Steps every create-secret run prints, in order: the runbook's own titles (runbooks/step-titles.ts). */
export const STEP_LINES: readonly StepLine[] = [
  exactly(STEP_TITLES.startBrowser),
  startingWith(titlePrefix(STEP_TITLES.signIn)),
  anyOf('Find … / Open … (the way to the blade)', [
    STEP_TITLES.openByMenus,
    STEP_TITLES.openByDeepLink,
    titlePrefix(STEP_TITLES.findInList),
    titlePrefix(STEP_TITLES.openFromList),
    titlePrefix(STEP_TITLES.openByRememberedId),
  ]),
  exactly(STEP_TITLES.showSecrets),
  exactly(STEP_TITLES.newClientSecret),
  startingWith(titlePrefix(STEP_TITLES.typeDescription)),
  startingWith(titlePrefix(STEP_TITLES.chooseExpires)),
  exactly(STEP_TITLES.add),
  exactly(STEP_TITLES.readNewRow),
  exactly(STEP_TITLES.check),
  startingWith(titlePrefix(STEP_TITLES.deliver)),
  startingWith(titlePrefix(STEP_TITLES.readBack)),
];

export function momentPattern(moment: Moment): RegExp {
  return new RegExp(`^\\s*${moment.phase} ${moment.step.pattern}`);
}

export function describeMoment(moment: Moment): string {
  return `${moment.phase} ${moment.step.name}`;
}

export type ScenarioName =
  | 'plain'
  | 'add-fails'
  | 'session-ends'
  | 'signed-out'
  | 'slow-blades'
  | 'welcome'
  | 'survey'
  | 'callout'
  | 'feedback-bar'
  | 'policy-cap'
  | 'pane-frame'
  | 'ctrl-c'
  | 'read-only-destination'
  | 'full-destination'
  | 'browser-killed';

export const SCENARIOS: readonly ScenarioName[] = [
  'plain',
  'add-fails',
  'session-ends',
  'signed-out',
  'slow-blades',
  'welcome',
  'survey',
  'callout',
  'feedback-bar',
  'policy-cap',
  'pane-frame',
  'ctrl-c',
  'read-only-destination',
  'full-destination',
  'browser-killed',
];

/** How often each is drawn, relative to 1: interruptions are where secrets get lost, so more of them. */
const WEIGHTS: Record<ScenarioName, number> = {
  plain: 1,
  'add-fails': 1,
  'session-ends': 2,
  'signed-out': 1,
  'slow-blades': 1,
  welcome: 1,
  survey: 1,
  callout: 1,
  'feedback-bar': 1,
  'policy-cap': 1,
  'pane-frame': 1,
  'ctrl-c': 3,
  'read-only-destination': 1,
  'full-destination': 1,
  'browser-killed': 2,
};

const SESSION_LOADS = ['me', 'apps', 'app', 'add'] as const;
const EXPIRIES = [['90d', 90], ['180d', 180], ['365d', 365]] as const;
/** The same lengths where the portal words its presets in months (2021–22): at most 92, 184 and 366 days. */
const IN_MONTHS: Record<string, readonly [string, number]> = { '90d': ['3m', 92], '180d': ['6m', 184], '365d': ['12m', 366] };
const POLICY_CAPS = [30, 120, 200, 400] as const;

export interface RunPlan {
  /** 1-based, as printed. */
  index: number;
  scenario: ScenarioName;
  /** What the scenario set, in words (printed with the run). */
  detail: string;
  /** Options and faults for the simulator (a full set: nothing carries over from the run before). */
  config: AdminConfigChange;
  app: string;
  expires: string;
  /** Days the requested expiry spans (policy caps compare against it). */
  expiresDays: number;
  /** The rendering drawn for the run, in words (what differs from the simulator's defaults). */
  rendering: string;
  /** `--description` given, or the runbook's default (repeated runs then share a description, as a user's do). */
  description?: string;
  navigate: boolean;
  destination: DestinationKind | 'read-only' | 'full-disk';
  /** Index into the simulator's demo accounts. */
  account: number;
  /** Ctrl+C or the browser's death at this step line. */
  moment?: Moment;
  /** Exit codes this run may end with, as documented for what it meets. */
  expectedExits: number[];
}

export interface PlanOptions {
  seed: number;
  runs: number;
  /** Latency is drawn in [min, max] ms; jitter in [0, latency / 2]. */
  latency: { min: number; max: number };
  /** How many of the simulator's demo accounts runs are spread over. */
  accounts: number;
  /** Only these scenarios (default all). */
  scenarios?: readonly ScenarioName[];
}

export type Rng = ReturnType<typeof xoroshiro128plus>;

export function pick<T>(rng: Rng, values: readonly T[]): T {
  return values[uniformInt(rng, 0, values.length - 1)]!;
}

function pickWeighted(rng: Rng, names: readonly ScenarioName[]): ScenarioName {
  const total = names.reduce((sum, name) => sum + WEIGHTS[name], 0);
  let ticket = uniformInt(rng, 0, total - 1);
  for (const name of names) {
    ticket -= WEIGHTS[name];
    if (ticket < 0) return name;
  }
  return names[names.length - 1]!;
}

/** The options every run sets, so a run's variant never leaks into the next one. */
function baseConfig(latency: number, jitter: number): AdminConfigChange {
  return { latency, jitter, welcome: false, welcomeDelay: 0, surveyDelay: null, calloutDelay: null, paneFrame: false, iframe: false, faults: [] };
}

/**
 * A rendering of today's portal that the reference allows, drawn for every run whatever its
 * scenario: every markup choice (portal.md §13), the list in a frame or not, and the sign-in's
 * order and prompts (met whenever the run signs in). Faults then land on any of them.
 */
function drawRendering(rng: Rng): { config: AdminConfigChange; words: string[] } {
  const markup = { ...DEFAULT_MARKUP };
  for (const key of Object.keys(MARKUP_CHOICES) as (keyof MarkupVariants)[]) {
    (markup as Record<string, string>)[key] = pick(rng, MARKUP_CHOICES[key]);
  }
  const listFrame = uniformInt(rng, 0, 2) === 0;
  const mfa = pick(rng, ['totp', 'totp', 'push-first', 'sms-first'] as const);
  const kmsiFirst = uniformInt(rng, 0, 3) === 0;
  const interrupt = uniformInt(rng, 0, 3) === 0;
  const passwordless = uniformInt(rng, 0, 3) === 0;
  const changed = (Object.keys(markup) as (keyof MarkupVariants)[])
    .filter((key) => markup[key] !== DEFAULT_MARKUP[key] && (key !== 'interrupt' || interrupt))
    .map((key) => `${key}=${markup[key]}`);
  const words = [
    ...changed,
    listFrame ? 'list in a frame' : '',
    mfa === 'push-first' ? 'push first' : '',
    mfa === 'sms-first' ? 'code texted first' : '',
    kmsiFirst ? 'stay signed in first' : '',
    interrupt ? 'MFA nag' : '',
    passwordless ? 'passwordless first' : '',
  ].filter(Boolean);
  return { config: { markup, listFrame, mfa, kmsiFirst, interrupt, passwordless }, words };
}

function drawRun(rng: Rng, index: number, options: PlanOptions): RunPlan {
  const scenarios = options.scenarios?.length ? options.scenarios : SCENARIOS;
  const latency = uniformInt(rng, options.latency.min, options.latency.max);
  const jitter = uniformInt(rng, 0, Math.floor(latency / 2));
  const [days, daysSpanned] = pick(rng, EXPIRIES);
  const rendering = drawRendering(rng);
  const [expires, expiresDays] = rendering.config.markup?.expiresWording === 'months' ? IN_MONTHS[days]! : [days, daysSpanned];
  const plan: RunPlan = {
    index,
    scenario: pickWeighted(rng, scenarios),
    detail: '',
    config: { ...baseConfig(latency, jitter), ...rendering.config },
    app: pick(rng, SOAK_APPS),
    expires,
    expiresDays,
    rendering: rendering.words.join(', '),
    description: uniformInt(rng, 0, 1) === 0 ? undefined : `soak run ${index}`,
    navigate: uniformInt(rng, 0, 3) === 0,
    destination: pick(rng, ['output', 'env-file', 'json'] as const),
    account: uniformInt(rng, 0, options.accounts - 1),
    expectedExits: [0],
  };
  const moment = (): Moment => ({ phase: pick(rng, ['→', '✓'] as const), step: pick(rng, STEP_LINES) });
  switch (plan.scenario) {
    case 'plain':
      break;
    case 'add-fails':
      plan.config.faults = ['add-fail-once'];
      plan.expectedExits = [5];
      break;
    case 'session-ends':
    case 'signed-out': {
      const load = pick(rng, SESSION_LOADS);
      const fault = `${plan.scenario === 'signed-out' ? 'sign-out-after' : 'session-end-after'}=${load}`;
      plan.config.faults = [fault];
      plan.detail = fault;
      break;
    }
    case 'slow-blades':
      plan.config.faults = ['slow-blade'];
      break;
    case 'welcome': {
      // The dialog follows a sign-in: the portal session ends after the first load, so a warm run
      // signs in again (silently) and is greeted mid-run too.
      const delay = pick(rng, [0, 0, 400, 1500]);
      Object.assign(plan.config, { welcome: true, welcomeDelay: delay, faults: ['session-end-after=me'] });
      plan.detail = `after ${delay} ms, following a sign-in`;
      break;
    }
    case 'survey': {
      const delay = pick(rng, [300, 1200, 2500]);
      plan.config.surveyDelay = delay;
      plan.detail = `after ${delay} ms`;
      break;
    }
    case 'callout': {
      // A teaching callout the blade's React view draws inside its frame, over its tabs and rows.
      const delay = pick(rng, [0, 500, 1500]);
      const where = pick(rng, ['list', 'blade', 'both'] as const);
      Object.assign(plan.config, { calloutDelay: delay, listFrame: where !== 'blade' || plan.config.listFrame, iframe: where !== 'list' });
      plan.detail = `after ${delay} ms, inside the framed ${where === 'both' ? 'list and blade' : where}`;
      break;
    }
    case 'feedback-bar':
      plan.config.faults = ['feedback-bar'];
      break;
    case 'policy-cap': {
      const cap = pick(rng, POLICY_CAPS);
      plan.config.faults = [`policy-max-days=${cap}`];
      plan.expectedExits = plan.expiresDays > cap ? [5] : [0];
      plan.detail = `policy-max-days=${cap}, asks ${plan.expires}`;
      break;
    }
    case 'pane-frame': {
      const iframe = uniformInt(rng, 0, 1) === 1;
      Object.assign(plan.config, { paneFrame: true, iframe });
      plan.detail = iframe ? 'and the blade in a React-view iframe' : '';
      break;
    }
    case 'ctrl-c':
      plan.moment = moment();
      plan.detail = `at ${describeMoment(plan.moment)}`;
      // 0 only if the interrupt lands once the hand-over is complete.
      plan.expectedExits = [130, 0];
      break;
    case 'read-only-destination':
      plan.destination = 'read-only';
      plan.expectedExits = [2];
      break;
    case 'full-destination':
      plan.destination = 'full-disk';
      plan.expectedExits = [1];
      break;
    case 'browser-killed':
      // Not before the browser exists: "→ Start the browser" prints before it is launched.
      do plan.moment = moment();
      while (plan.moment.step === STEP_LINES[0] && plan.moment.phase === '→');
      plan.detail = `at ${describeMoment(plan.moment)}`;
      // The browser is gone: the run fails (1). Once the hand-over is complete it may still end 0.
      plan.expectedExits = [1, 0];
      break;
  }
  return plan;
}

/** The soak's runs, drawn in order from the seed (the first N of a longer soak are the same). */
export function drawPlans(options: PlanOptions): RunPlan[] {
  const rng = xoroshiro128plus(options.seed);
  return Array.from({ length: options.runs }, (_, index) => drawRun(rng, index + 1, options));
}

export function describePlan(plan: RunPlan): string {
  const destination = { output: '--output', 'env-file': '--env-file', json: '--json', 'read-only': '--output (read-only folder)', 'full-disk': '--output (full disk)' }[plan.destination];
  const timing = `${plan.config.latency}±${plan.config.jitter} ms`;
  const rendering = plan.rendering ? `rendering: ${plan.rendering}` : '';
  return [`${plan.scenario}${plan.detail ? ` (${plan.detail})` : ''}`, timing, rendering, destination, plan.navigate ? 'by clicks' : '', `account #${plan.account + 1}`]
    .filter(Boolean)
    .join(' · ');
}
