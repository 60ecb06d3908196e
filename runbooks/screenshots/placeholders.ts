// The fixed stand-ins a documentation picture shows instead of a tenant's data: the same shape
// as what they replace (so the picture reads naturally), never depending on the data (so two runs
// give the same pixels). Patterns follow the real portal's shapes (portal.md): a secret value is
// three characters, a digit, "Q~" and 34 more; IDs are GUIDs.
export interface Replacement {
  /** A regular expression's source and flags (it runs inside the page). */
  source: string;
  flags: string;
  with: string;
}

export const SECRET_PLACEHOLDER = `abc8Q~${'•'.repeat(34)}`;
export const GUID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
export const USER_PLACEHOLDER = 'user@contoso.onmicrosoft.com';
export const TENANT_PLACEHOLDER = 'Contoso';
export const DOMAIN_PLACEHOLDER = 'contoso.onmicrosoft.com';
export const AVATAR_PLACEHOLDER = 'U';

const SECRET_VALUE = '[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{34}';
/** A masked value after the pane is left ("abc***…"): its first three characters are the value's. */
const SECRET_HINT = '\\b[A-Za-z0-9_~.]{3}\\*{3,}';
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The account as the portal names it (its account button, portal.md §3: UPN, tenant, domain). */
export interface SignedIn {
  username: string;
  tenant?: string;
  domain?: string;
}

/** Longest first, so a UPN is replaced whole before its domain is. */
export function replacements(account: SignedIn): Replacement[] {
  const names: [string | undefined, string][] = [
    [account.username, USER_PLACEHOLDER],
    [account.domain, DOMAIN_PLACEHOLDER],
    [account.tenant, TENANT_PLACEHOLDER],
  ];
  const known = names
    .filter((entry): entry is [string, string] => Boolean(entry[0] && entry[0].length >= 3))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([text, stand]) => ({ source: escape(text), flags: 'gi', with: stand }));
  return [
    { source: SECRET_VALUE, flags: 'g', with: SECRET_PLACEHOLDER },
    { source: SECRET_HINT, flags: 'g', with: 'abc*******' },
    { source: GUID, flags: 'g', with: GUID_PLACEHOLDER },
    ...known,
  ];
}

/**
 * Reads "Account menu Currently signed in as <upn>, under <Tenant> (<domain>) tenant" (portal.md
 * §3); when the label reads otherwise, the button's visible text: the UPN, then the tenant.
 */
export function signedInFrom(label: string | null | undefined, username: string, shownText = ''): SignedIn {
  const match = /signed in as (.+?), under (.+) \(([^()]+)\) tenant/i.exec(label ?? '');
  if (match) return { username: match[1]!, tenant: match[2]!, domain: match[3]! };
  const lines = shownText.split('\n').map((line) => line.trim()).filter((line) => line.length > 3 && line.toLowerCase() !== username.toLowerCase());
  return { username, tenant: lines[0] };
}
