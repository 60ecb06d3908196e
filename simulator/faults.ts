// Faults the simulator can inject (`--faults`): failures a real portal shows now and then.
// One definition shared by the CLI flags, the admin API and the servers.

/** The data loads a session end can follow (portal.md §3.2 "Idle sign-out"). */
export const DATA_LOADS = ['me', 'apps', 'app', 'add', 'delete'] as const;
export type DataLoad = (typeof DATA_LOADS)[number];

/** `session-end-after=LOAD` / `sign-out-after=LOAD`: a session that ends right after a given load. */
export interface SessionEndFault {
  /** The kind of load the session ends after, or `any` (the next load of any kind). */
  after: DataLoad | 'any';
  /** Ends after the Nth such load: 1 (or N of `LOAD:N`), or 1..3 when drawn by `=random`. */
  occurrence: number;
  /** sign-out-after: the sign-in (ESTS) sessions end too, so a full sign-in is needed. */
  signOut: boolean;
  /** `=random` drew `after` and `occurrence` when the fault was set. */
  random: boolean;
}

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
  /** `block-secrets-for=APPID`: an app-management policy assigned to these apps only blocks their secrets. */
  blockSecretsFor: string[];
  /** `add-fail-for=APPID`: the next Add on each of these apps fails with the error toast (once per app). */
  addFailFor: string[];
  /** Every app behaves as if its credential limit were reached. */
  secretLimit: boolean;
  /** The portal session (or, with signOut, every session) ends right after a named load; fires once. */
  sessionEndAfter?: SessionEndFault;
  /** List and blade loads get random extra latency, so answers can arrive out of order. */
  staleResponses: boolean;
  /**
   * A cold deep link lands on Home (portal.md §1), once per tab, at the first load after a sign-in:
   * the address then says #home (`rewrite`), or still holds the deep link (`kept`).
   */
  deepLinkHome?: DeepLinkHome;
  /**
   * Every token request with a secret created after the fault was set answers AADSTS7000215
   * forever: a secret the portal showed but the service never accepts.
   */
  tokenNever: boolean;
  /**
   * `delete-fail` (0) / `delete-fail-after=N`: this many more secret deletes succeed, then every
   * one fails with an error toast and the secret stays. Counts down as deletes succeed.
   */
  deleteFailAfter?: number;
  /**
   * The portal does not enter the directory an address names (`#@<tenant>/…`): it stays in the one
   * it is in and routes the rest, so only Portal settings → Directories + subscriptions → Switch
   * changes directory. Not seen; a variant to prove the runbook's fallback and its check.
   */
  directoryLinkIgnored?: boolean;
}

export const DEEP_LINK_HOME = ['rewrite', 'kept'] as const;
export type DeepLinkHome = (typeof DEEP_LINK_HOME)[number];

export const FAULT_NAMES = [
  'add-fail-once',
  'session-expire-once',
  'slow-blade',
  'feedback-bar',
  'policy-max-days=N',
  'block-secrets',
  'block-secrets-for=APPID',
  'add-fail-for=APPID',
  'secret-limit',
  `session-end-after=${[...DATA_LOADS, 'any', 'random'].join('|')}[:N]`,
  `sign-out-after=${[...DATA_LOADS, 'any', 'random'].join('|')}[:N]`,
  'stale-responses',
  `deep-link-home=${DEEP_LINK_HOME.join('|')}`,
  'token-never',
  'delete-fail',
  'delete-fail-after=N',
  'directory-link-ignored',
] as const;

export function noFaults(): Faults {
  return {
    addFailOnce: false,
    sessionExpireOnce: false,
    slowBlade: false,
    feedbackBar: false,
    blockSecrets: false,
    blockSecretsFor: [],
    addFailFor: [],
    secretLimit: false,
    staleResponses: false,
    tokenNever: false,
  };
}

/** `LOAD` of session-end-after / sign-out-after; `random` draws a kind and an occurrence 1..3 now. */
function sessionEnd(entry: string, value: string | undefined, signOut: boolean): SessionEndFault {
  if (value === 'random') {
    const after = DATA_LOADS[Math.floor(Math.random() * DATA_LOADS.length)]!;
    return { after, occurrence: 1 + Math.floor(Math.random() * 3), signOut, random: true };
  }
  const loads: readonly string[] = [...DATA_LOADS, 'any'];
  const [load, count] = (value ?? '').split(':', 2);
  const occurrence = count === undefined ? 1 : Number(count);
  if (!load || !loads.includes(load) || !Number.isInteger(occurrence) || occurrence < 1) {
    throw new Error(`--faults: "${entry}" needs one of ${[...loads, 'random'].join(', ')}, optionally :N for the Nth such load, e.g. ${entry.split('=')[0]}=apps or ${entry.split('=')[0]}=add:20`);
  }
  return { after: load as DataLoad | 'any', occurrence, signOut, random: false };
}

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
      case 'block-secrets-for':
      case 'add-fail-for':
        if (!value?.trim()) throw new Error(`--faults: ${name} needs an Application ID, e.g. ${name}=7918d84f-f990-4621-a818-73b0ee8e37a5 (got "${entry}")`);
        (name === 'block-secrets-for' ? faults.blockSecretsFor : faults.addFailFor).push(value.trim().toLowerCase());
        break;
      case 'secret-limit': faults.secretLimit = true; break;
      case 'stale-responses': faults.staleResponses = true; break;
      case 'token-never': faults.tokenNever = true; break;
      case 'delete-fail': faults.deleteFailAfter = 0; break;
      case 'directory-link-ignored': faults.directoryLinkIgnored = true; break;
      case 'delete-fail-after': {
        const count = Number(value);
        if (!Number.isInteger(count) || count < 0) {
          throw new Error(`--faults: delete-fail-after needs a whole number of deletes that succeed first, e.g. delete-fail-after=1 (got "${entry}")`);
        }
        faults.deleteFailAfter = count;
        break;
      }
      case 'deep-link-home':
        if (!DEEP_LINK_HOME.includes(value as DeepLinkHome)) throw new Error(`--faults: "${entry}" needs ${DEEP_LINK_HOME.join(' or ')}, e.g. deep-link-home=kept`);
        faults.deepLinkHome = value as DeepLinkHome;
        break;
      case 'session-end-after':
      case 'sign-out-after':
        if (faults.sessionEndAfter) throw new Error(`--faults: "${entry}": only one of session-end-after / sign-out-after at a time`);
        faults.sessionEndAfter = sessionEnd(entry, value, name === 'sign-out-after');
        break;
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
