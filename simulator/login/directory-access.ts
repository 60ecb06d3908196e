// Which directory an authorize address names (`/{tenant}/oauth2/v2.0/authorize`: `common`,
// `organizations`, a tenant ID or a domain), and the refusal of an account that is neither a
// member nor a guest there: Entra's AADSTS50020, in the words Microsoft's troubleshooting article
// quotes. An unknown tenant gets AADSTS90002, as the token endpoint answers it.
import type { SimulatorContext } from '../context.ts';
import { PORTAL_CLIENT_ID } from '../portal/shared.ts';
import type { Tenant } from '../state.ts';

export type NamedDirectory = { kind: 'any'; directory?: undefined } | { kind: 'named'; directory: Tenant } | { kind: 'unknown'; code: string; message: string };

export function namedDirectory(context: SimulatorContext, tenant: string): NamedDirectory {
  if (/^(common|organizations)$/i.test(tenant)) return { kind: 'any' };
  const directory = context.directoryNamed(tenant);
  if (directory) return { kind: 'named', directory };
  return {
    kind: 'unknown',
    code: 'AADSTS90002',
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  };
}

/** AADSTS50020 when `username` may not enter `directory`; undefined when it may (or none was named). */
export function directoryRefusal(context: SimulatorContext, directory: Tenant | undefined, username: string): { code: string; message: string } | undefined {
  if (!directory || context.isMember(directory, username)) return undefined;
  context.record('directory-refused', { username, tenantId: directory.tenantId });
  return {
    code: 'AADSTS50020',
    message:
      `User account '${username}' from identity provider 'https://sts.windows.net/${context.tenant.tenantId}/' does not exist in tenant '${directory.displayName}' ` +
      `and cannot access the application '${PORTAL_CLIENT_ID}'(Azure Portal) in that tenant. The account needs to be added as an external user in the tenant first. ` +
      'Sign out and sign in again with a different Azure Active Directory user account.',
  };
}
