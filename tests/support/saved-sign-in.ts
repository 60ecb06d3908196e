// A saved sign-in, as a user's earlier run leaves one in PORTAL_STATE_FILE: for command tests whose
// subject comes after the sign-in (destinations, refusals, renderings of the portal's blades), so
// each does not pay the sign-in pages and an authenticator period again. The sign-in itself is
// tested cold, as a new user's first run meets it: create-secret.spec.ts, the failures of the
// account, the matrix and the soak. The portal session is made in the simulator directly, as the
// page tests' seedPortalSession does; the file is written by the runbook's own writer.
import { randomBytes } from 'node:crypto';
import { test } from '@playwright/test';
import type { RunningSimulator } from '../../simulator/index.ts';
import { writeSavedState } from '../../runbooks/saved-state.ts';
import { parsePortalUrl } from '../../lib/account.ts';

/** The saved sign-in file createSecretRun gives the command (one per test). */
export function savedSignInFile(): string {
  return test.info().outputPath('auth', 'state.json');
}

/** Writes a saved sign-in to a live portal session of the simulator's account; returns the file. */
export async function saveSignIn(simulator: RunningSimulator, file = savedSignInFile()): Promise<string> {
  const accessToken = randomBytes(32).toString('base64url');
  simulator.context.portalSessions.set(accessToken, { username: simulator.account.username, accessToken });
  await writeSavedState(file, {
    version: 1,
    savedAt: new Date().toISOString(),
    portalUrl: parsePortalUrl(simulator.portalUrl),
    storageState: { cookies: [], origins: [] },
    // Where the earlier run's sign-in went (its token endpoint is what --verify asks).
    signInOrigin: simulator.context.origins.login,
    // Where the portal's shell keeps its token (the runbook puts it back before the page's scripts run).
    sessionStorage: { [simulator.context.origins.portal]: { 'portal.accessToken': accessToken } },
  });
  return file;
}
