// What every part of the simulator shares: options, the tenant, the demo account,
// the sign-in handshake between the two origins, and the latency model.
import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNT, seedTenant, type DemoAccount, type Tenant } from './state.ts';
import { noFaults, type SimulatorOptions } from './options.ts';

export interface Origins {
  /** e.g. http://localhost:7100 — the portal (portal.azure.com). */
  portal: string;
  /** e.g. http://127.0.0.1:7101 — sign-in (login.microsoftonline.com); a different site for cookies. */
  login: string;
  /** e.g. http://127.0.0.2:7102 — React-view sandbox (sandbox-1.reactblade.portal.azure.net). */
  sandbox: string;
}

export interface SimulatorEvent {
  at: string;
  kind: string;
  detail?: Record<string, unknown>;
}

export class SimulatorContext {
  options: SimulatorOptions;
  tenant: Tenant;
  readonly account: DemoAccount = DEMO_ACCOUNT;
  origins: Origins = { portal: '', login: '', sandbox: '' };
  /** One-time codes handed from sign-in to the portal (form_post to /signin-oidc). */
  private readonly authCodes = new Map<string, { username: string; issuedAt: number }>();
  /** Portal sessions (cookie) → the access token the shell keeps in sessionStorage. */
  readonly portalSessions = new Map<string, { username: string; accessToken: string }>();
  /** Sign-in (ESTS) sessions kept by "Stay signed in?"; they let the next visit sign in silently. */
  readonly signInSessions = new Set<string>();
  /** TOTP codes already accepted, per period: a code is good once. */
  readonly usedTotpCodes = new Set<string>();
  /** What happened, for tests: sign-ins, adds, deletes, failures. */
  readonly events: SimulatorEvent[] = [];

  constructor(options: SimulatorOptions) {
    this.options = structuredClone(options);
    this.tenant = seedTenant();
  }

  reset(options: SimulatorOptions = this.options): void {
    this.options = structuredClone(options);
    this.tenant = seedTenant();
    this.authCodes.clear();
    this.portalSessions.clear();
    this.signInSessions.clear();
    this.usedTotpCodes.clear();
    this.events.length = 0;
  }

  record(kind: string, detail?: Record<string, unknown>): void {
    this.events.push({ at: new Date().toISOString(), kind, detail });
  }

  issueAuthCode(username: string): string {
    const code = randomBytes(24).toString('base64url');
    this.authCodes.set(code, { username, issuedAt: Date.now() });
    return code;
  }

  /** Redeems a code once; returns the username or undefined. */
  redeemAuthCode(code: string): string | undefined {
    const entry = this.authCodes.get(code);
    this.authCodes.delete(code);
    return entry && Date.now() - entry.issuedAt < 5 * 60_000 ? entry.username : undefined;
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

  /** Waits the simulated server time. (The simulator's own latency model, not a runbook sleep.) */
  async simulateLatency(kind: 'data' | 'blade' = 'data'): Promise<void> {
    const ms = this.latencyMs(kind);
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  clearFaults(): void {
    this.options.faults = noFaults();
  }
}
