// What the runbook hands over: the JSON shape written by --output and printed by --json.
export interface CreatedSecret {
  /** Directory (tenant) ID: with appId and value, what a client-credentials configuration needs. */
  tenantId: string;
  appName: string;
  /** Application (client) ID. */
  appId: string;
  description: string;
  /** Secret ID (Graph keyId): not the value. null where the portal shows none (the 2019 portal). */
  secretId: string | null;
  /** First three characters of the value, as the portal shows once it is masked. */
  hint: string;
  /** End date as the portal shows it, YYYY-MM-DD. */
  expires: string;
  /** The one-time value. */
  value: string;
  createdAt: string;
  portalUrl: string;
}

/** Shape of today's client secret values: 3 chars, a digit, `Q~`, 31–34 more (portal.md §10). */
export const SECRET_VALUE_SHAPE = /^[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}$/;
export const GUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
