// A directory (tenant) as the user names it with --tenant: its tenant ID (a GUID) or a domain
// (contoso.onmicrosoft.com, or a verified custom domain). Anything else is refused before a
// browser starts.
import { badInput } from './errors.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A DNS name of two or more labels, each 1–63 letters, digits or hyphens, not starting or ending with one. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export type DirectoryName = { kind: 'id'; tenantId: string } | { kind: 'domain'; domain: string };

/** `--tenant` as given, checked; lower-case (tenant IDs and domains are case-insensitive). */
export function parseDirectoryName(text: string, flag = '--tenant'): DirectoryName {
  const value = text.trim();
  if (GUID.test(value)) return { kind: 'id', tenantId: value.toLowerCase() };
  if (DOMAIN.test(value)) return { kind: 'domain', domain: value.toLowerCase() };
  throw badInput(`${flag} ${JSON.stringify(text)}: name the directory by its tenant ID (a GUID, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47) or its domain (e.g. contoso.onmicrosoft.com).`);
}

/** How the portal's address names it (`#@<this>/…`). */
export function addressOf(name: DirectoryName): string {
  return name.kind === 'id' ? name.tenantId : name.domain;
}

/** Whether the directory the portal shows (its tenant ID, and the domain the account menu names) is the one named. */
export function isDirectory(name: DirectoryName, shown: { tenantId: string; domain?: string }): boolean {
  return name.kind === 'id' ? shown.tenantId.toLowerCase() === name.tenantId : shown.domain?.toLowerCase() === name.domain;
}
