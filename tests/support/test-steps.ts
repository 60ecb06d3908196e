// A runbook's steps as Playwright test steps, for the projects that run runbooks as tests (guide,
// fleet): boxed, so a failure points at the runbook step, not at runbook code; notes as annotations.
import { test } from '@playwright/test';
import type { Steps } from '../../runbooks/steps.ts';

export const testSteps: Steps = {
  run: (title, body) => test.step(title, body, { box: true }),
  note: (message) => test.info().annotations.push({ type: 'note', description: message }),
};
