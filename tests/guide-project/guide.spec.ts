// The Playwright Test project `guide`: the same walker as `portal-runbook verify-guide`, for teams
// that already run Playwright (HTML report, JUnit reporter, retries, sharding unchanged). One
// test.step per guide step; drift as annotations, crops as attachments; a broken step fails the
// test (with PORTAL_GUIDE_STRICT=1, drift does too).
//   PORTAL_GUIDE=guides/create-client-secret.yaml PORTAL_GUIDE_APP="My app" npx playwright test --project=guide
// The account comes from the environment or .env, as for the CLI. PORTAL_GUIDE_SIMULATOR=current|2019
// runs against an in-process simulator instead (to try the project without a tenant).
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { accountFromEnv, loadEnvFile, type PortalAccount } from '../../lib/account.ts';
import { startSimulator, type RunningSimulator } from '../../simulator/index.ts';
import { DEFAULT_SIMULATOR_OPTIONS } from '../../simulator/options.ts';
import { loadGuide } from '../../runbooks/guide/load-guide.ts';
import { differences } from '../../runbooks/guide/reports.ts';
import { verifyGuide } from '../../runbooks/guide/verify-guide-runbook.ts';
import type { StepResult } from '../../runbooks/guide/verdict.ts';
import { testSteps } from '../support/test-steps.ts';

/** The portal to check: an in-process simulator when asked, else the account in the environment. */
async function portal(): Promise<{ account: PortalAccount; simulator?: RunningSimulator; stateFile?: string }> {
  const variant = process.env.PORTAL_GUIDE_SIMULATOR;
  if (!variant) {
    loadEnvFile();
    return { account: accountFromEnv(), stateFile: process.env.PORTAL_STATE_FILE?.trim() || '.auth/portal-state.json' };
  }
  const simulator = await startSimulator({ ...DEFAULT_SIMULATOR_OPTIONS, port: 0, ui: variant === '2019' ? '2019' : 'current' });
  const { username, password, totpSecret } = simulator.account;
  return { account: { portalUrl: simulator.portalUrl, username, password, totpSecret }, simulator };
}

/** Each step's differences as annotations of its verdict, and its crop as an attachment. */
async function report(step: StepResult): Promise<void> {
  const lines = [...differences(step).map((line) => line.replace(/\*/g, '')), ...(step.reason && step.verdict !== 'match' ? [step.reason] : [])];
  for (const line of lines) test.info().annotations.push({ type: step.verdict, description: `${step.id}: ${line}` });
  if (step.crop) await test.info().attach(`${step.id}.png`, { path: step.crop, contentType: 'image/png' });
}

/** Broken steps fail the test; drift too with PORTAL_GUIDE_STRICT=1. */
function failing(results: StepResult[]): StepResult[] {
  const strict = process.env.PORTAL_GUIDE_STRICT === '1';
  return results.filter((step) => step.verdict === 'broken' || (strict && step.verdict === 'drift'));
}

test('the guide still matches the portal', async () => {
  const guideFile = resolve(process.env.PORTAL_GUIDE ?? 'guides/create-client-secret.yaml');
  const guide = await loadGuide(guideFile, { app: process.env.PORTAL_GUIDE_APP, description: process.env.PORTAL_GUIDE_DESCRIPTION });
  const { account, simulator, stateFile } = await portal();
  try {
    const { results } = await verifyGuide(guide, {
      account,
      steps: testSteps,
      headed: false,
      create: process.env.PORTAL_GUIDE_CREATE === '1',
      stateFile,
      cropDir: test.info().outputPath('crops'),
      onStep: report,
    });
    for (const step of failing(results)) expect.soft(step.verdict, `${step.id}: ${[...differences(step), step.reason ?? ''].join('; ')}`).toBe('match');
  } finally {
    await simulator?.close();
  }
});
