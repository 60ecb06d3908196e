// The simulator's command-line flags, shared by `simulator` and `create-secret --simulator`.
import type { Argv } from 'yargs';
import { DEFAULT_SIMULATOR_OPTIONS, FAULT_NAMES, MARKUP_CHOICES, parseFaults, parseMarkup, parseUiEdits, REGIONAL_FORMATS, type RegionalFormat, type SimulatorOptions } from '../simulator/options.ts';

/** A command's simulator defaults: free ports, as an in-process simulator needs no fixed address. */
export const SIMULATOR_DEFAULTS: SimulatorOptions = { ...DEFAULT_SIMULATOR_OPTIONS, port: 0 };

export interface SimulatorFlags {
  port: number;
  ui: 'current' | '2019';
  iframe: boolean;
  latency: number;
  jitter: number;
  mfa: 'totp' | 'push-first' | 'sms-first' | 'sms-only';
  'kmsi-first': boolean;
  passwordless: boolean;
  welcome: boolean;
  'welcome-delay': number;
  'survey-delay': number | undefined;
  'callout-delay': number | undefined;
  'pane-frame': boolean;
  'list-frame': boolean;
  'list-filter': 'server' | 'client';
  interrupt: boolean;
  'regional-format': RegionalFormat;
  faults: string[];
  markup: string[];
  'ui-edits': string[];
  'token-propagation': number;
  'extra-apps': number;
}

export function withSimulatorFlags<T>(
  yargs: Argv<T>,
  group = 'Simulator options:',
  d: SimulatorOptions = DEFAULT_SIMULATOR_OPTIONS,
): Argv<T & SimulatorFlags> {
  return yargs
    .option('port', { type: 'number', default: d.port, group, describe: 'Portal port (sign-in uses port+1, the React-view sandbox port+2); 0 picks free ports' })
    // A string, or yargs reads 2019 as a number and refuses its own choice.
    .option('ui', { type: 'string', choices: ['current', '2019'] as const, default: d.ui, group, describe: "Which portal to imitate: today's, or the guide's 2019 portal" })
    .option('iframe', { type: 'boolean', default: d.iframe, group, describe: 'Render the Certificates & secrets blade body in a cross-origin iframe (React view)' })
    .option('latency', { type: 'number', default: d.latency, group, describe: 'Milliseconds every data load and blade takes' })
    .option('jitter', { type: 'number', default: d.jitter, group, describe: '± milliseconds of random variation on --latency' })
    .option('mfa', { choices: ['totp', 'push-first', 'sms-first', 'sms-only'] as const, default: d.mfa, group, describe: 'Default MFA method: the code prompt, "Approve sign in request" first, a code texted to a phone first, or a phone only (no authenticator app registered)' })
    .option('kmsi-first', { type: 'boolean', default: d.kmsiFirst, group, describe: '"Stay signed in?" before the code prompt' })
    .option('passwordless', { type: 'boolean', default: d.passwordless, group, describe: 'The account approves in its app first, no password ("Use your password instead")' })
    .option('welcome', { type: 'boolean', default: d.welcome, group, describe: 'Show the "Welcome to Microsoft Azure" dialog after sign-in' })
    .option('welcome-delay', { type: 'number', default: d.welcomeDelay, group, describe: 'With --welcome: milliseconds after the first load following sign-in before the dialog appears' })
    .option('survey-delay', { type: 'number', group, describe: 'Show the NPS survey dialog this many milliseconds after each page load, until dismissed in the tab (default: never)' })
    .option('callout-delay', { type: 'number', group, describe: 'Show a teaching callout inside the framed App registrations list or Certificates & secrets body (--list-frame, --iframe) this many milliseconds after it loads, until dismissed in the tab (default: never)' })
    .option('pane-frame', { type: 'boolean', default: d.paneFrame, group, describe: 'Render the "Add a client secret" form in its own cross-origin iframe (header stays in the top document)' })
    .option('list-frame', { type: 'boolean', default: d.listFrame, group, describe: 'Render the App registrations list (tabs, filter box, grid) in a cross-origin iframe (React view)' })
    .option('list-filter', { choices: ['server', 'client'] as const, default: d.listFilter, group, describe: 'App registrations filter: a server query per filter and tab, or filtering in the page' })
    .option('interrupt', { type: 'boolean', default: d.interrupt, group, describe: 'Show the "Action Required" MFA-registration interrupt ("Ask later") after the code' })
    .option('regional-format', {
      type: 'string', choices: REGIONAL_FORMATS, default: d.regionalFormat, group,
      describe: 'The Language + region setting dates are shown and read in: en-US 6/5/2027, en-GB 05/06/2027, de-DE 05.06.2027, iso 2027-06-05, en-GB-names 5 Jun 2027, en-US-names Jun 5, 2027',
    })
    .option('faults', { type: 'string', array: true, default: [] as string[], group, describe: `Comma-separated faults: ${FAULT_NAMES.join(', ')}` })
    .option('markup', {
      type: 'string', array: true, default: [] as string[], group,
      describe: `Renderings the reference leaves open: ${Object.entries(MARKUP_CHOICES).map(([k, v]) => `${k}=${v.join('|')}`).join(', ')}`,
    })
    .option('ui-edits', {
      type: 'string', array: true, default: [] as string[], group,
      describe: 'Rename, remove or move controls (to test verify-guide): rename:OLD=NEW, remove:NAME, move:NAME=GROUP|top, comma-separated',
    })
    .option('token-propagation', { type: 'number', default: d.tokenPropagation, group, describe: 'Milliseconds after its creation before the sign-in origin\'s token endpoint accepts a new secret (AADSTS7000215 until then, as Entra while a credential propagates); 0 at once' })
    .option('extra-apps', { type: 'number', default: d.extraApps, group, describe: 'N more app registrations, "Fleet app 001" to "Fleet app N" (many-apps runs, the benchmark)' })
    .check((argv) => {
      parseFaults((argv.faults as string[] | undefined) ?? []);
      parseUiEdits((argv['ui-edits'] as string[] | undefined) ?? []);
      parseMarkup((argv.markup as string[] | undefined) ?? []);
      for (const flag of ['port', 'latency', 'jitter', 'welcome-delay', 'survey-delay', 'callout-delay', 'token-propagation', 'extra-apps'] as const) {
        const value = argv[flag] as number | undefined;
        if (value === undefined && (flag === 'survey-delay' || flag === 'callout-delay')) continue;
        if (!Number.isInteger(value) || value! < 0) throw new Error(`--${flag} must be a whole number ≥ 0 (got ${value})`);
      }
      return true;
    }) as unknown as Argv<T & SimulatorFlags>;
}

export function simulatorOptionsFrom(flags: SimulatorFlags): SimulatorOptions {
  return {
    port: flags.port,
    ui: flags.ui,
    iframe: flags.iframe,
    latency: flags.latency,
    jitter: flags.jitter,
    mfa: flags.mfa,
    kmsiFirst: flags['kmsi-first'],
    passwordless: flags.passwordless,
    welcome: flags.welcome,
    welcomeDelay: flags['welcome-delay'],
    surveyDelay: flags['survey-delay'],
    calloutDelay: flags['callout-delay'],
    paneFrame: flags['pane-frame'],
    listFrame: flags['list-frame'],
    listFilter: flags['list-filter'],
    interrupt: flags.interrupt,
    regionalFormat: flags['regional-format'],
    faults: parseFaults(flags.faults),
    markup: parseMarkup(flags.markup),
    uiEdits: parseUiEdits(flags['ui-edits']),
    tokenPropagation: flags['token-propagation'],
    extraApps: flags['extra-apps'],
  };
}

/**
 * --headed, --simulator and the simulator's own options: every command that opens a browser.
 * `describe` words --simulator (and --headed) for the command, where it differs.
 */
export function withBrowserTarget<T>(yargs: Argv<T>, describe: { simulator?: string; headed?: string } = {}): Argv<T & SimulatorFlags & { simulator: boolean; headed: boolean; tenant?: string }> {
  const withFlags = yargs
    .option('tenant', { type: 'string', describe: 'The directory to work in, for an account in several: its tenant ID (GUID) or domain (e.g. fabrikam.onmicrosoft.com); checked before anything is touched (default: the one the portal opens in)' })
    .option('headed', { type: 'boolean', default: false, describe: describe.headed ?? 'Show the browser window' })
    .option('simulator', { type: 'boolean', default: false, describe: describe.simulator ?? 'Run against the built-in portal simulator with its demo account' });
  return withSimulatorFlags(withFlags, 'Simulator options (with --simulator):', SIMULATOR_DEFAULTS) as never;
}
