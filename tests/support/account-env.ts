// The environment a user would have for a tenant: here, the test's simulator and its demo account.
import { test } from '@playwright/test';
import type { RunningSimulator } from '../../simulator/index.ts';
import { cleanEnv } from './cli.ts';

export function accountEnv(simulator: RunningSimulator, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return cleanEnv({
    PORTAL_URL: simulator.portalUrl,
    PORTAL_USERNAME: simulator.account.username,
    PORTAL_PASSWORD: simulator.account.password,
    PORTAL_TOTP_SECRET: simulator.account.totpSecret,
    // The runbook remembers used authenticator periods here; the simulator forgets them at each
    // test's reset, so each test gets its own (shared by the runs within it).
    XDG_STATE_HOME: test.info().outputPath('xdg-state'),
    ...overrides,
  });
}
