// The directories beside the seeded home tenant, and who belongs to which. "Fabrikam (simulated)"
// has its own app registrations, some named as the home tenant's are (so an app changed in the
// wrong directory shows), and `alex.admin` is a guest there; "Northwind Traders (simulated)"
// exists but no demo account is a member of it (the refusal, AADSTS50020). Every demo account is a
// member of the home tenant; the others are home-only.
import { newSecret, stableGuid, type AppRegistration, type Tenant } from './state.ts';

/** Guests per directory domain (lower-case usernames); the home tenant has every demo account. */
const GUESTS: Record<string, readonly string[]> = {
  'fabrikam-sim.onmicrosoft.com': ['alex.admin@contoso-sim.onmicrosoft.com'],
  'northwind-sim.onmicrosoft.com': [],
};

const FABRIKAM_APPS = [
  // Same names as home-tenant apps: an add in the wrong directory lands on the other one.
  'Puzzel Office 365 connector',
  'Contoso HR sync',
  'Fabrikam Webhooks',
  'Fabrikam Billing API',
  'Tailspin Partner Portal',
] as const;

function appsOf(directory: string, names: readonly string[]): AppRegistration[] {
  return names.map((displayName, index) => ({
    appId: stableGuid(`${directory}:app:${index}:${displayName}`),
    objectId: stableGuid(`${directory}:object:${index}:${displayName}`),
    displayName,
    createdOn: new Date(Date.parse('2024-03-04T10:00:00Z') + index * 23 * 86_400_000).toISOString(),
    signInAudience: 'AzureADMyOrg',
    certificates: [],
    secrets: [],
  }));
}

/** The other directories, seeded the same way every run. */
export function seedOtherDirectories(now = new Date()): Tenant[] {
  const fabrikam: Tenant = {
    tenantId: stableGuid('tenant:fabrikam-sim'),
    displayName: 'Fabrikam (simulated)',
    domain: 'fabrikam-sim.onmicrosoft.com',
    apps: appsOf('fabrikam-sim', FABRIKAM_APPS),
  };
  const day = 86_400_000;
  // An end date whose day is past the 12th: on its own on the page it reads one way in every regional format.
  const end = new Date(now.getTime() + 120 * day);
  if (end.getUTCDate() <= 12) end.setUTCDate(13);
  end.setUTCHours(12);
  fabrikam.apps[1]!.secrets.push(newSecret('fabrikam hr prod', new Date(now.getTime() - 60 * day), end, new Date(now.getTime() - 60 * day)));
  const northwind: Tenant = {
    tenantId: stableGuid('tenant:northwind-sim'),
    displayName: 'Northwind Traders (simulated)',
    domain: 'northwind-sim.onmicrosoft.com',
    apps: appsOf('northwind-sim', ['Puzzel Office 365 connector', 'Northwind Orders']),
  };
  return [fabrikam, northwind];
}

/** Whether `username` may enter `directory`: the home tenant (`home`) takes every demo account. */
export function isMember(directory: Tenant, username: string, home: Tenant): boolean {
  if (directory.tenantId === home.tenantId) return true;
  return (GUESTS[directory.domain] ?? []).includes(username.toLowerCase());
}

/** The directory a tenant ID or domain names (case-insensitive), if any. */
export function directoryNamed(directories: readonly Tenant[], idOrDomain: string): Tenant | undefined {
  const wanted = idOrDomain.trim().toLowerCase();
  return directories.find((directory) => directory.tenantId.toLowerCase() === wanted || directory.domain.toLowerCase() === wanted);
}

/** The guests of each directory other than the home tenant (admin state). */
export function guestsOf(directory: Tenant): readonly string[] {
  return GUESTS[directory.domain] ?? [];
}
