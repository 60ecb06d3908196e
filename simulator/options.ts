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
