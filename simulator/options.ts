// The simulator's options: one definition shared by `portal-runbook simulator`,
// `create-secret --simulator` and the test fixtures.
export type UiVariant = 'current' | '2019';
export type MfaVariant = 'totp' | 'push-first';

export interface Faults {
  /** The next Add fails with an error toast; later ones succeed. */
  addFailOnce: boolean;
  /** The next data call answers 401 and the shell bounces to sign-in. */
  sessionExpireOnce: boolean;
  /** Blades take several times the usual latency to load. */
  slowBlade: boolean;
  /** The "Got a second to give us some feedback?" bar appears after Add. */
  feedbackBar: boolean;
  /** A tenant app-management policy caps new secrets at N days. */
  policyMaxDays?: number;
  /** A tenant app-management policy blocks password (secret) addition. */
  blockSecrets: boolean;
  /** Every app behaves as if its credential limit were reached. */
  secretLimit: boolean;
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
}

export const MARKUP_CHOICES: { [K in keyof MarkupVariants]: readonly MarkupVariants[K][] } = {
  pane: ['dialog', 'complementary', 'region'],
  expiresOptions: ['option', 'treeitem'],
  secretsTable: ['grid', 'table'],
  tabs: ['tab', 'button'],
};

export const DEFAULT_MARKUP: MarkupVariants = { pane: 'dialog', expiresOptions: 'option', secretsTable: 'grid', tabs: 'tab' };

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
  /** The "Welcome to Microsoft Azure" dialog greets the first portal load after sign-in. */
  welcome: boolean;
  /** The "Action Required" MFA-registration interrupt ("Ask later") after the code. */
  interrupt: boolean;
  faults: Faults;
  markup: MarkupVariants;
}

export const FAULT_NAMES = [
  'add-fail-once',
  'session-expire-once',
  'slow-blade',
  'feedback-bar',
  'policy-max-days=N',
  'block-secrets',
  'secret-limit',
] as const;

export function noFaults(): Faults {
  return {
    addFailOnce: false,
    sessionExpireOnce: false,
    slowBlade: false,
    feedbackBar: false,
    blockSecrets: false,
    secretLimit: false,
  };
}

export const DEFAULT_SIMULATOR_OPTIONS: SimulatorOptions = {
  port: 7100,
  ui: 'current',
  iframe: false,
  latency: 250,
  jitter: 150,
  mfa: 'totp',
  kmsiFirst: false,
  welcome: false,
  interrupt: false,
  faults: noFaults(),
  markup: { ...DEFAULT_MARKUP },
};

/** Parses `--faults add-fail-once,policy-max-days=30`; throws naming the bad entry. */
export function parseFaults(list: string | readonly string[] | undefined): Faults {
  const faults = noFaults();
  const entries = (Array.isArray(list) ? list : String(list ?? '').split(','))
    .flatMap((entry: string) => entry.split(','))
    .map((entry: string) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [name, value] = entry.split('=', 2);
    switch (name) {
      case 'add-fail-once': faults.addFailOnce = true; break;
      case 'session-expire-once': faults.sessionExpireOnce = true; break;
      case 'slow-blade': faults.slowBlade = true; break;
      case 'feedback-bar': faults.feedbackBar = true; break;
      case 'block-secrets': faults.blockSecrets = true; break;
      case 'secret-limit': faults.secretLimit = true; break;
      case 'policy-max-days': {
        const days = Number(value);
        if (!Number.isInteger(days) || days < 1) {
          throw new Error(`--faults: policy-max-days needs a whole number of days, e.g. policy-max-days=30 (got "${entry}")`);
        }
        faults.policyMaxDays = days;
        break;
      }
      default:
        throw new Error(`--faults: unknown fault "${entry}"; known: ${FAULT_NAMES.join(', ')}`);
    }
  }
  return faults;
}
