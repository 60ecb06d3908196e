// One signed-in run per worker: the PortalRun every app's test in that worker works on (one
// browser, one sign-in, one redactor, one record of what was added), closed when the worker ends.
// The account and saved sign-in come from the environment, as for the CLI against a real portal
// (PORTAL_URL, PORTAL_USERNAME, PORTAL_PASSWORD, PORTAL_TOTP_SECRET, PORTAL_STATE_FILE).
import { test as base } from '@playwright/test';
import { dateOrderFrom } from '../../cli/create-secret-input.ts';
import { portalFromEnv, requireBrowser } from '../../cli/portal-target.ts';
import { PortalRun } from '../../runbooks/portal-run.ts';
import { testSteps } from '../support/test-steps.ts';

export const test = base.extend<object, { portalRun: PortalRun }>({
  portalRun: [
    async ({}, use) => {
      requireBrowser({ headed: false });
      const { account, stateFile } = await portalFromEnv();
      const run = new PortalRun({ account, steps: testSteps, headed: false, stateFile, dateOrder: dateOrderFrom(undefined) });
      try {
        await use(run);
      } finally {
        await run.close();
      }
    },
    { scope: 'worker' },
  ],
});

// A value is on screen between Add and the hand-over, and traces (DOM snapshots), videos and
// screenshots record the runbook's own browser too: none of them, whatever the command line says.
test.use({ trace: 'off', video: 'off', screenshot: 'off' });
// Nor the page's ARIA snapshot that Playwright writes into a failed test's error-context.md (and
// attaches to the report): the error details stay, already scrubbed.
process.env.PLAYWRIGHT_NO_COPY_PROMPT = '1';
