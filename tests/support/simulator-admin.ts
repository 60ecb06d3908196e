// Test-side client of the simulator's admin API (state, reset, faults). Tests only.
import type { AdminConfigChange } from '../../simulator/admin.ts';
import type { Origins, SimulatorEvent, TokenOutcome } from '../../simulator/context.ts';
import type { SimulatorOptions } from '../../simulator/options.ts';
import type { AppRegistration, CredentialSeed, DemoAccount, SecretRecord, Tenant } from '../../simulator/state.ts';

export interface SimulatorState {
  options: SimulatorOptions;
  origins: Origins;
  account: DemoAccount;
  /** Every user of the tenant, the demo account first. */
  accounts: DemoAccount[];
  tenant: Tenant;
  /** Every directory, the home tenant first, with its guests (simulator/directories.ts). */
  directories: (Tenant & { guests: string[] })[];
  events: SimulatorEvent[];
  /** Every secret value Add handed out since the reset, deleted secrets' too. */
  issuedValues: string[];
  /** Simulated server time spent since the reset. */
  latencySpentMs: number;
  /** Token endpoint answers since the reset, by outcome (absent: none). */
  tokenRequests: Partial<Record<TokenOutcome, number>>;
  /** Completed sign-ins per account (lower-case username): through the pages, and silent. */
  signIns: Record<string, { full: number; silent: number }>;
  /** The users with a live portal session. */
  portalSessionUsers: string[];
  /** Live sign-in (ESTS) sessions. */
  signInSessionCount: number;
}

export class SimulatorAdmin {
  constructor(readonly adminUrl: string) {}

  private async call<T>(path: string, body?: unknown, method?: 'DELETE'): Promise<T> {
    const response = await fetch(`${this.adminUrl}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`admin ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  state(): Promise<SimulatorState> {
    return this.call('/state');
  }

  /** Back to the seeded tenant with these options (the rest default). */
  async reset(change: AdminConfigChange = {}): Promise<void> {
    await this.call('/reset', change);
  }

  /** How many times `username` has completed a sign-in since the reset. */
  async signIns(username: string): Promise<{ full: number; silent: number }> {
    return (await this.state()).signIns[username.toLowerCase()] ?? { full: 0, silent: 0 };
  }

  async configure(change: AdminConfigChange): Promise<void> {
    await this.call('/config', change);
  }

  /** Gives the one app with this display name or client ID many secrets and certificates; answers the app as it now is. */
  async seedCredentials(nameOrId: string, seed: CredentialSeed): Promise<AppRegistration> {
    return (await this.call<{ app: AppRegistration }>('/seed-credentials', { app: nameOrId, ...seed })).app;
  }

  async expireSessions(): Promise<void> {
    await this.call('/expire-sessions', {});
  }

  /** Adds a secret to the app (dates ISO; defaults: created and starting now, ending in 180 days); returns it, value included. */
  addSecret(appId: string, secret: { displayName?: string; startDateTime?: string; endDateTime?: string; createdAt?: string } = {}): Promise<SecretRecord> {
    return this.call(`/apps/${encodeURIComponent(appId)}/secrets`, secret);
  }

  /** Deletes a secret, as the portal's Delete does. */
  async deleteSecret(appId: string, keyId: string): Promise<void> {
    await this.call(`/apps/${encodeURIComponent(appId)}/secrets/${encodeURIComponent(keyId)}`, undefined, 'DELETE');
  }

  /** Token endpoint answers since the reset, by outcome. */
  async tokenRequests(): Promise<Partial<Record<TokenOutcome, number>>> {
    return (await this.state()).tokenRequests;
  }

  /** Values of every secret Add handed out since the reset (for leak scans after a deletion). */
  async issuedValues(): Promise<string[]> {
    return (await this.state()).issuedValues;
  }

  /** The one app with this display name or Application (client) ID. */
  async app(nameOrId: string): Promise<AppRegistration> {
    const { tenant } = await this.state();
    const matches = tenant.apps.filter((candidate) => candidate.displayName === nameOrId || candidate.appId === nameOrId);
    if (matches.length !== 1) throw new Error(`${matches.length} apps named ${nameOrId} in the simulator`);
    return matches[0]!;
  }

  /** The directory with this domain (its apps and their secrets, as the simulator holds them). */
  async directory(domain: string): Promise<Tenant & { guests: string[] }> {
    const found = (await this.state()).directories.find((candidate) => candidate.domain === domain);
    if (!found) throw new Error(`no directory ${domain} in the simulator`);
    return found;
  }

  /** Every secret of every directory, as `<tenantId>/<appId>/<keyId>` (what a test compares before and after). */
  async allSecretIds(): Promise<string[]> {
    return (await this.state()).directories.flatMap((directory) => directory.apps.flatMap((app) => app.secrets.map((secret) => `${directory.tenantId}/${app.appId}/${secret.keyId}`))).sort();
  }

  /** Secrets of every app with this display name or client ID (none for an unknown app). */
  async secrets(nameOrId: string): Promise<SecretRecord[]> {
    const { tenant } = await this.state();
    return tenant.apps.filter((app) => app.displayName === nameOrId || app.appId === nameOrId).flatMap((app) => app.secrets);
  }
}
