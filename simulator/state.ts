// The simulated tenant: app registrations and their credentials, seeded the same way every run.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Secret } from 'otpauth';

export type SignInAudience = 'AzureADMyOrg' | 'AzureADMultipleOrgs' | 'AzureADandPersonalMicrosoftAccount';

export interface SecretRecord {
  /** Shown as "Secret ID" (Graph keyId). */
  keyId: string;
  /** Shown as "Description" (Graph displayName). */
  displayName: string;
  /** First three characters of the value. */
  hint: string;
  /** The one-time value. The portal shows it once, in the visit that created it. */
  value: string;
  startDateTime: string;
  endDateTime: string;
  createdAt: string;
}

export interface CertificateRecord {
  /** SHA-1 thumbprint, 40 hex digits. */
  thumbprint: string;
  startDate: string;
  expires: string;
  description: string;
  /** Shown as "Certificate ID" (Graph keyId). */
  keyId: string;
}

export interface AppRegistration {
  appId: string;
  objectId: string;
  displayName: string;
  createdOn: string;
  signInAudience: SignInAudience;
  /** Apps whose audience includes personal accounts allow at most two secrets. */
  maxSecrets?: number;
  certificates: CertificateRecord[];
  secrets: SecretRecord[];
}

export interface Tenant {
  tenantId: string;
  displayName: string;
  domain: string;
  apps: AppRegistration[];
}

export interface DemoAccount {
  username: string;
  password: string;
  /** Base32 TOTP secret of the account's authenticator app. */
  totpSecret: string;
  displayName: string;
}

/** The simulator's demo account. Not a real credential: it exists only in the simulator. */
export const DEMO_ACCOUNT: DemoAccount = {
  username: 'alex.admin@contoso-sim.onmicrosoft.com',
  password: 'Simulator-Only-Passw0rd!',
  totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  displayName: 'Alex Admin',
};

/** A fixed authenticator secret per name: base32 of a SHA-1 of it (20 bytes, as authenticator apps use). */
function derivedTotpSecret(seed: string): string {
  return new Secret({ buffer: Uint8Array.from(createHash('sha1').update(seed).digest()).buffer }).base32;
}

/** More users of the same tenant, each its own password and authenticator secret (fixed every run). */
const MORE_USERS = [
  ['bea.baker', 'Bea Baker'],
  ['chen.li', 'Chen Li'],
  ['dana.diaz', 'Dana Diaz'],
  ['emil.eriksen', 'Emil Eriksen'],
  ['fatima.farah', 'Fatima Farah'],
  ['gus.garcia', 'Gus Garcia'],
  ['hana.hayashi', 'Hana Hayashi'],
] as const;

/**
 * The simulator's demo accounts: `DEMO_ACCOUNT` first, then seven more. Each can sign in and owns
 * the tenant's apps; each has its own used authenticator codes, so runs as different users never
 * wait on each other's 30-second periods. Not real credentials: they exist only in the simulator.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  DEMO_ACCOUNT,
  ...MORE_USERS.map(([name, displayName], index) => ({
    username: `${name}@contoso-sim.onmicrosoft.com`,
    password: `Simulator-Only-Passw0rd-${index + 2}!`,
    totpSecret: derivedTotpSecret(`contoso-sim demo account ${name}`),
    displayName,
  })),
];

const VALUE_HEAD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.';
const VALUE_TAIL = VALUE_HEAD + '-';

function pick(alphabet: string, count: number): string {
  const bytes = randomBytes(count);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** A value of the real shape: 3 chars, a digit, `Q~`, 34 more (40 in all). */
export function newSecretValue(): string {
  return pick(VALUE_HEAD, 3) + pick('0123456789', 1) + 'Q~' + pick(VALUE_TAIL, 34);
}

/** A GUID derived from a seed, so the seeded tenant looks the same every run. */
export function stableGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A new secret; `createdAt` (when it was added: the token endpoint's propagation counts from it) defaults to now. */
export function newSecret(displayName: string, start: Date, end: Date, createdAt = new Date()): SecretRecord {
  const value = newSecretValue();
  return {
    keyId: randomUUID(),
    displayName,
    hint: value.slice(0, 3),
    value,
    startDateTime: start.toISOString(),
    endDateTime: end.toISOString(),
    createdAt: createdAt.toISOString(),
  };
}

const APP_NAMES = [
  'Puzzel Office 365 connector',
  'Puzzel Office 365 connector (test)',
  'Puzzel Office 365 Connector - staging',
  'Contoso HR sync',
  'Contoso Payroll API',
  'Contoso Expense Reports',
  'Contoso Intranet',
  'Contoso Intranet (dev)',
  // Display names are not unique in Entra ID: two registrations share this one.
  'Contoso Intranet',
  'Fabrikam Consumer Portal',
  'Fabrikam Webhooks',
  'Backup Automation',
  'Build Agent - Linux',
  'Build Agent - Windows',
  'Graph Explorer Helper',
  'Helpdesk Ticketing',
  'Invoice Processor',
  'Kiosk Sign-in',
  'Litware Analytics',
  'Marketing Email Sender',
  'Monitoring Exporter',
  'Northwind Orders',
  'Onboarding Workflow',
  'Power BI Embedded',
  'Report Scheduler',
  'SharePoint Migration Tool',
  'SIEM Log Collector',
  'Teams Meeting Bot',
  'Terraform Deployer',
  'VPN RADIUS Bridge',
  'Woodgrove Bank Connector',
] as const;

function daysFrom(base: Date, days: number): Date {
  return new Date(base.getTime() + days * 86_400_000);
}

/** The names of `extraApps` more registrations: Fleet app 001, Fleet app 002, … */
export function extraAppNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Fleet app ${String(index + 1).padStart(3, '0')}`);
}

/** The seeded tenant: ~30 apps (and `extraApps` more), near-twin names, one app with secrets, one limited to two. */
export function seedTenant(now = new Date(), { extraApps = 0 } = {}): Tenant {
  const apps: AppRegistration[] = [...APP_NAMES, ...extraAppNames(extraApps)].map((displayName, index) => ({
    appId: stableGuid(`app:${index}:${displayName}`),
    objectId: stableGuid(`object:${index}:${displayName}`),
    displayName,
    createdOn: daysFrom(new Date('2024-01-15T09:00:00Z'), index * 17).toISOString(),
    signInAudience: 'AzureADMyOrg',
    certificates: [],
    secrets: [],
  }));
  const byName = (name: string) => apps.find((app) => app.displayName === name)!;

  const hr = byName('Contoso HR sync');
  hr.secrets.push(
    newSecret('hr-sync prod', daysFrom(now, -200), daysFrom(now, 165), daysFrom(now, -200)),
    newSecret('hr-sync rotation', daysFrom(now, -20), daysFrom(now, 345), daysFrom(now, -20)),
  );
  hr.certificates.push({
    thumbprint: 'B3E1A4C7D2F9085E6A1B3C4D5E6F708192A3B4C5',
    startDate: daysFrom(now, -100).toISOString(),
    expires: daysFrom(now, 265).toISOString(),
    description: 'CN=hr-sync',
    keyId: stableGuid('certificate:hr-sync'),
  });

  const consumer = byName('Fabrikam Consumer Portal');
  consumer.signInAudience = 'AzureADandPersonalMicrosoftAccount';
  consumer.maxSecrets = 2;
  consumer.secrets.push(newSecret('consumer primary', daysFrom(now, -30), daysFrom(now, 150), daysFrom(now, -30)));

  return {
    tenantId: stableGuid('tenant:contoso-sim'),
    displayName: 'Contoso (simulated)',
    domain: 'contoso-sim.onmicrosoft.com',
    apps,
  };
}

/** How many credentials `seedCredentials` gives an app. */
export interface CredentialSeed {
  /** Client secrets to add. */
  secrets: number;
  /** Of them, how many have already expired. */
  expired?: number;
  /** Of them, how many expire within 30 days. */
  expiringSoon?: number;
  /** Certificates to add. */
  certificates?: number;
}

const SEED_WORDS = ['ci-deploy', 'Key Vault rotation', 'legacy sync (do not use)', 'Power Automate flow', 'backup job', 'Zürich office', 'partner API — Fabrikam', 'terraform', 'monitoring/exporter', 'old prod'];

/**
 * Adds many credentials to an app, for lists longer than a screen: secrets with varied
 * descriptions and end dates (some expired, some expiring within 30 days, the rest later), and
 * certificates with thumbprints, start and end dates. The same app and counts give the same
 * descriptions and dates every run (relative to `now`).
 */
export function seedCredentials(app: AppRegistration, seed: CredentialSeed, now = new Date()): void {
  const expired = seed.expired ?? 0;
  const soon = seed.expiringSoon ?? 0;
  if (!Number.isInteger(seed.secrets) || seed.secrets < 0 || expired < 0 || soon < 0 || expired + soon > seed.secrets) {
    throw new Error(`seedCredentials: ${seed.secrets} secrets cannot hold ${expired} expired and ${soon} expiring soon`);
  }
  const base = app.secrets.length;
  for (let index = 0; index < seed.secrets; index++) {
    const n = base + index + 1;
    // Expired first, then expiring within 30 days, then later; days spread so no two rows share a date.
    const endDays = index < expired ? -3 - 37 * index : index < expired + soon ? 1 + ((index - expired) * 7) % 29 : 31 + 23 * (index - expired - soon);
    const end = daysFrom(now, endDays);
    const start = daysFrom(end, -[90, 180, 365, 545, 730][index % 5]!);
    app.secrets.push(newSecret(`${SEED_WORDS[index % SEED_WORDS.length]} ${String(n).padStart(2, '0')}`, start, end));
  }
  for (let index = 0; index < (seed.certificates ?? 0); index++) {
    const n = app.certificates.length + 1;
    const start = daysFrom(now, -400 + 61 * index);
    app.certificates.push({
      thumbprint: createHash('sha1').update(`certificate:${app.appId}:${n}`).digest('hex').toUpperCase(),
      startDate: start.toISOString(),
      expires: daysFrom(start, 365 + 30 * (index % 4)).toISOString(),
      description: `CN=${app.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`,
      keyId: stableGuid(`certificate:${app.appId}:${n}`),
    });
  }
}
