// Shared bits of the portal simulator's own tests: routes and a signed-in page.
import type { Page } from '@playwright/test';
import type { RunningSimulator } from '../../simulator/index.ts';
import { signInToPortal } from '../support/portal-session.ts';

export const PUZZEL = 'Puzzel Office 365 connector';

export function appIdOf(simulator: RunningSimulator, displayName: string): string {
  const app = simulator.context.tenant.apps.find((candidate) => candidate.displayName === displayName);
  if (!app) throw new Error(`no app ${displayName}`);
  return app.appId;
}

export const credentialsHash = (appId: string) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}/isMSAApp~/false`;

/** Signs in and lands on the Certificates & secrets blade of an app. */
export async function openCredentials(page: Page, simulator: RunningSimulator, displayName = PUZZEL): Promise<void> {
  await signInToPortal(page, simulator, credentialsHash(appIdOf(simulator, displayName)));
}
