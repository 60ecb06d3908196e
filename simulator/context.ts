// What every part of the simulator shares: options, the tenant, the demo account,
// the sign-in handshake between the two origins, and the latency model.
import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNTS, seedTenant, type DemoAccount, type Tenant } from './state.ts';
import { directoryNamed, isMember, seedOtherDirectories } from './directories.ts';
import { noFaults, type DataLoad, type SessionEndFault, type SimulatorOptions } from './options.ts';

export interface Origins {
  /** e.g. http://localhost:7100 — the portal (portal.azure.com). */
  portal: string;
  /** e.g. http://127.0.0.1:7101 — sign-in (login.microsoftonline.com); a different site for cookies. */
  login: string;
  /** e.g. http://127.0.0.2:7102 — React-view sandbox (sandbox-1.reactblade.portal.azure.net). */
  sandbox: string;
}

/**
 * What the token endpoint answered: a token; the AADSTS7000215 of a secret still propagating, of
 * one spoilt by token-never, or of a wrong or deleted one; an expired secret (7000222); an unknown
 * app (700016) or tenant (90002); a malformed request (900144, 70003, 1002012, 7000218).
 */
export type TokenOutcome = 'issued' | 'propagating' | 'token-never' | 'invalid-secret' | 'expired-secret' | 'unknown-client' | 'unknown-tenant' | 'bad-request';

export interface SimulatorEvent {
  at: string;
  kind: string;
  detail?: Record<string, unknown>;
}

export class SimulatorContext {
  options: SimulatorOptions;
  /** The home tenant: every demo account is a member of it. */
  tenant: Tenant;
  /** Every directory, the home tenant first (simulator/directories.ts). */
  directories: Tenant[];
  /** The directory each account was last in (lower-case username → tenant ID): where a sign-in that names none opens. */
  readonly lastDirectory = new Map<string, string>();
  /** The tenant's users who can sign in; each has its own password and authenticator secret. */
  readonly accounts: readonly DemoAccount[] = DEMO_ACCOUNTS;
  /** The first demo account (alex.admin), the one docs and most tests use. */
  readonly account: DemoAccount = DEMO_ACCOUNTS[0]!;
  origins: Origins = { portal: '', login: '', sandbox: '' };
  /** One-time codes handed from sign-in to the portal (form_post to /signin-oidc). */
  private readonly authCodes = new Map<string, { username: string; tenantId?: string; issuedAt: number }>();
  /** Portal sessions (cookie) → the access token the shell keeps in sessionStorage, and the directory the session is in. */
  readonly portalSessions = new Map<string, { username: string; accessToken: string; tenantId?: string }>();
  /** Sign-in (ESTS) sessions kept by "Stay signed in?"; they let the next visit sign in silently. */
  readonly signInSessions = new Set<string>();
  /** TOTP codes already accepted, per account and period: a code is good once. */
  readonly usedTotpCodes = new Set<string>();
  /** Completed sign-ins per account (lower-case username) since the reset: through the pages, and silent (the ESTS cookie). */
  readonly signIns = new Map<string, { full: number; silent: number }>();
  /** What happened, for tests: sign-ins, adds, deletes, failures. */
  readonly events: SimulatorEvent[] = [];
  /** Every secret value Add handed out since the reset (admin API only: tests scan for leaks of deleted secrets). */
  readonly issuedValues: string[] = [];
  /** Milliseconds of simulated server time spent since the reset (benchmarks: the portal's share of a run). */
  latencySpentMs = 0;
  /** Token requests (`POST /{tenant}/oauth2/v2.0/token`) answered since the reset, by outcome. */
  readonly tokenRequests: Partial<Record<TokenOutcome, number>> = {};
  /** When token-never was set (ms since the epoch): secrets created from then on never get a token. */
  tokenNeverSince: number | undefined;
  /** Loads of the armed session-end fault's kind answered since it was armed. */
  private sessionEndSeen = 0;

  constructor(options: SimulatorOptions) {
    this.options = structuredClone(options);
    this.tenant = seedTenant(new Date(), { extraApps: this.options.extraApps });
    this.directories = [this.tenant, ...seedOtherDirectories()];
    this.armFaults();
  }

  reset(options: SimulatorOptions = this.options): void {
    this.options = structuredClone(options);
    this.tenant = seedTenant(new Date(), { extraApps: this.options.extraApps });
    this.directories = [this.tenant, ...seedOtherDirectories()];
    this.lastDirectory.clear();
    this.authCodes.clear();
    this.portalSessions.clear();
    this.signInSessions.clear();
    this.usedTotpCodes.clear();
    this.signIns.clear();
    this.events.length = 0;
    this.issuedValues.length = 0;
    this.latencySpentMs = 0;
    for (const outcome of Object.keys(this.tokenRequests)) delete this.tokenRequests[outcome as TokenOutcome];
    this.tokenNeverSince = undefined;
    this.armFaults();
  }

  /** Call when faults are set: restarts their counters and records what `=random` drew. */
  armFaults(): void {
    this.sessionEndSeen = 0;
    // Set again while already set, token-never keeps its start: secrets it already spoilt stay spoilt.
    this.tokenNeverSince = this.options.faults.tokenNever ? (this.tokenNeverSince ?? Date.now()) : undefined;
    const fault = this.options.faults.sessionEndAfter;
    if (fault) {
      const name = fault.signOut ? 'sign-out-after' : 'session-end-after';
      this.record('session-end-armed', { load: fault.after, occurrence: fault.occurrence, fault: name, random: fault.random });
    }
  }

  /**
   * Counts an authenticated data load against session-end-after / sign-out-after. Returns the
   * fault when this load is the one the session ends after (the fault is then spent: it fires once).
   */
  takeSessionEnd(load: DataLoad): SessionEndFault | undefined {
    const fault = this.options.faults.sessionEndAfter;
    if (!fault || (fault.after !== 'any' && fault.after !== load)) return undefined;
    this.sessionEndSeen += 1;
    if (this.sessionEndSeen < fault.occurrence) return undefined;
    delete this.options.faults.sessionEndAfter;
    return fault;
  }

  /** The demo account with this username (case-insensitive, as UPNs are), if any. */
  accountNamed(username: string | undefined): DemoAccount | undefined {
    const wanted = username?.trim().toLowerCase();
    return wanted ? this.accounts.find((account) => account.username.toLowerCase() === wanted) : undefined;
  }

  /** Counts a token request's outcome (admin state `tokenRequests`). */
  countTokenRequest(outcome: TokenOutcome): void {
    this.tokenRequests[outcome] = (this.tokenRequests[outcome] ?? 0) + 1;
  }

  record(kind: string, detail?: Record<string, unknown>): void {
    this.events.push({ at: new Date().toISOString(), kind, detail });
  }

  /** Counts a completed sign-in of `username` (full: through the pages; else silent). */
  countSignIn(username: string, full: boolean): void {
    const key = username.toLowerCase();
    const counts = this.signIns.get(key) ?? { full: 0, silent: 0 };
    if (full) counts.full += 1;
    else counts.silent += 1;
    this.signIns.set(key, counts);
  }

  /** Ends one portal session, as the account menu's "Sign out" does. */
  endPortalSession(accessToken: string): void {
    this.portalSessions.delete(accessToken);
  }

  /** A code for the portal; `tenantId`: the directory the sign-in named (none: the account's last directory). */
  issueAuthCode(username: string, tenantId?: string): string {
    const code = randomBytes(24).toString('base64url');
    this.authCodes.set(code, { username, tenantId, issuedAt: Date.now() });
    return code;
  }

  /** Redeems a code once; returns the username or undefined. */
  redeemAuthCode(code: string): string | undefined {
    return this.redeemPortalSignIn(code)?.username;
  }

  /** Redeems a code once; returns the username and the directory its portal session opens in (remembered as the account's last). */
  redeemPortalSignIn(code: string): { username: string; tenantId: string } | undefined {
    const entry = this.authCodes.get(code);
    this.authCodes.delete(code);
    if (!entry || Date.now() - entry.issuedAt >= 5 * 60_000) return undefined;
    const tenantId = entry.tenantId ?? this.lastDirectory.get(entry.username.toLowerCase()) ?? this.tenant.tenantId;
    this.lastDirectory.set(entry.username.toLowerCase(), tenantId);
    return { username: entry.username, tenantId };
  }

  /** The directory a tenant ID or domain names, if the simulator has it. */
  directoryNamed(idOrDomain: string): Tenant | undefined {
    return directoryNamed(this.directories, idOrDomain);
  }

  /** The directory with this tenant ID (a session's); the home tenant for an unknown one. */
  directoryOf(tenantId: string | undefined): Tenant {
    return this.directories.find((directory) => directory.tenantId === tenantId) ?? this.tenant;
  }

  /** The directories `username` is a member or guest of, the home tenant first. */
  directoriesOf(username: string): Tenant[] {
    return this.directories.filter((directory) => isMember(directory, username, this.tenant));
  }

  /** Whether `username` may enter `directory` (member or guest). */
  isMember(directory: Tenant, username: string): boolean {
    return isMember(directory, username, this.tenant);
  }

  /** The app with this client ID in any directory (the admin API; the portal asks its session's directory). */
  appAnywhere(appId: string): { directory: Tenant; app: Tenant['apps'][number] } | undefined {
    for (const directory of this.directories) {
      const app = directory.apps.find((candidate) => candidate.appId === appId);
      if (app) return { directory, app };
    }
    return undefined;
  }

  /** Ends the portal's sessions only, as the portal's idle timeout does: a live ESTS cookie still signs in silently. */
  endPortalSessions(): void {
    this.portalSessions.clear();
  }

  /** Ends every session on both origins, as an expired or revoked sign-in does. */
  expireAllSessions(): void {
    this.portalSessions.clear();
    this.signInSessions.clear();
  }

  /** Milliseconds a data load or blade should take now: latency ± jitter, longer under slow-blade. */
  latencyMs(kind: 'data' | 'blade' = 'data'): number {
    const { latency, jitter, faults } = this.options;
    const spread = jitter > 0 ? (Math.random() * 2 - 1) * jitter : 0;
    const base = Math.max(0, Math.round(latency + spread));
    return kind === 'blade' && faults.slowBlade ? base * 6 + 1500 : base;
  }

  /**
   * Extra time for a load whose answer may overtake or be overtaken by another (stale-responses):
   * spread wide enough that a request sent after the 300 ms filter debounce can still land first.
   */
  reorderMs(): number {
    return this.options.faults.staleResponses ? Math.round(Math.random() * (2 * this.options.latency + 800)) : 0;
  }

  /** Waits the simulated server time. (The simulator's own latency model, not a runbook sleep.) */
  async simulateLatency(kind: 'data' | 'blade' = 'data', { mayReorder = false } = {}): Promise<void> {
    const ms = this.latencyMs(kind) + (mayReorder ? this.reorderMs() : 0);
    this.latencySpentMs += ms;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  clearFaults(): void {
    this.options.faults = noFaults();
  }
}
