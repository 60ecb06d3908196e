import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './lib/browser.ts';

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['./tests/support/summary-reporter.ts'],
    ...(process.env.CI ? [['html', { open: 'never', outputFolder: 'reports/playwright' }] as const] : []),
  ],
  outputDir: 'test-results',
  use: {
    launchOptions: browserLaunchOptions(),
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // Traces hold DOM snapshots: a secret on screen would be in them. Off unless a test opts in.
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});
