// An app registration's Overview (portal.md §6): the Essentials' IDs, read as a person reads
// them, label then value, in whichever frame draws the Overview body. The reference records the
// labels ("Application (client) ID", "Directory (tenant) ID"; values in
// `div.fxc-essentials-value.fxs-portal-text`, §3.4) but not how a label and its value are
// grouped, so a field is the innermost element holding both the label and a GUID.
import type { Locator, Page } from 'playwright';
import { findSurface, type Scope } from './surface.ts';

const OVERVIEW_TIMEOUT = 45_000;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The app's Overview, by deep link (the blade the app's menu opens on). */
export const overviewRoute = (appId: string): string => `view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${appId}`;

export const APPLICATION_CLIENT_ID = 'Application (client) ID';
export const DIRECTORY_TENANT_ID = 'Directory (tenant) ID';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The label on its own (a colon after it tolerated). */
function label(scope: Scope, name: string): Locator {
  return scope.getByText(new RegExp(`^\\s*${escapeRegExp(name)}\\s*:?\\s*$`));
}

/** The innermost element holding the label and a GUID (ancestors come first in document order). */
function essentialsField(scope: Scope, name: string): Locator {
  return scope.locator('*', { has: label(scope, name) }).filter({ hasText: GUID }).last();
}

export class AppOverviewBlade {
  constructor(private readonly page: Page) {}

  /** "Directory (tenant) ID" from the Essentials: the tenant's GUID. */
  directoryTenantId(timeout = OVERVIEW_TIMEOUT): Promise<string> {
    return readEssentialsGuid(this.page, DIRECTORY_TENANT_ID, "The app's Overview (its Essentials)", timeout);
  }

  /** "Application (client) ID" from the Essentials. */
  applicationClientId(): Promise<string> {
    return readEssentialsGuid(this.page, APPLICATION_CLIENT_ID, "The app's Overview (its Essentials)");
  }

}

/** The GUID an Essentials-style field shows after its label, once `where` shows it (in the top document or a frame). */
export async function readEssentialsGuid(page: Page, name: string, where: string, timeout = OVERVIEW_TIMEOUT): Promise<string> {
  const what = `${where}: "${name}"`;
  const scope = await findSurface(page, (frame) => essentialsField(frame, name), { what, timeout });
  const text = await essentialsField(scope, name).innerText({ timeout });
  const after = text.slice(Math.max(0, text.indexOf(name)) + name.length);
  const guid = GUID.exec(after)?.[0] ?? GUID.exec(text)?.[0];
  if (!guid) throw new Error(`${what} shows no GUID after its label (it reads "${text.replace(/\s+/g, ' ').trim().slice(0, 120)}")`);
  return guid.toLowerCase();
}
