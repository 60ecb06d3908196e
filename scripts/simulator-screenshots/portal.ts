// Screenshots of every portal blade of the simulator, both UI variants, for
// screenshots/simulator/. Signs in through the portal's /signin-oidc with a code the script
// issues itself (no sign-in UI). Run: npx tsx scripts/simulator-screenshots/portal.ts
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { browserLaunchOptions } from '../../lib/browser.ts';
import { startSimulator, type RunningSimulator } from '../../simulator/index.ts';
import type { UiVariant } from '../../simulator/options.ts';
import { signInToPortal } from '../../tests/support/portal-session.ts';

const OUT = join(import.meta.dirname, '../../screenshots/simulator');
const APP = 'Puzzel Office 365 connector';

/** Blur every secret value on screen: no secret-shaped string is committed, even as pixels. */
const BLUR = '.fxs-secret-value { filter: blur(6px); }';

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  process.stdout.write(`wrote ${path}\n`);
}

async function variant(simulator: RunningSimulator, ui: UiVariant, iframe: boolean): Promise<void> {
  simulator.context.reset({ ...simulator.context.options, ui, iframe, latency: 0, jitter: 0 });
  const appId = simulator.context.tenant.apps.find((app) => app.displayName === APP)!.appId;
  const browser = await chromium.launch(browserLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const prefix = `portal-${ui}`;
  const credentials = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}/isMSAApp~/false`;
  try {
    if (iframe) {
      await signInToPortal(page, simulator, credentials);
      await page.frameLocator('iframe').getByRole('button', { name: 'New client secret' }).waitFor();
      await shoot(page, `${prefix}-iframe-certificates-secrets`);
      return;
    }
    await signInToPortal(page, simulator);
    await page.getByRole('heading', { name: 'Azure services' }).waitFor();
    await shoot(page, `${prefix}-home`);
    await page.getByRole('link', { name: ui === '2019' ? 'Azure Active Directory' : 'Microsoft Entra ID' }).click();
    await page.getByText('Basic information').waitFor();
    await shoot(page, `${prefix}-entra-id`);
    await page.getByRole('link', { name: 'App registrations' }).click();
    await page.getByRole('link', { name: APP, exact: true }).waitFor();
    await shoot(page, `${prefix}-app-registrations`);
    await page.getByRole('link', { name: APP, exact: true }).click();
    await page.getByText('Application (client) ID').waitFor();
    await shoot(page, `${prefix}-application-overview`);
    await page.locator('[data-telemetryname="Menu-Credentials"]').click();
    await page.getByRole('button', { name: 'New client secret' }).waitFor();
    await shoot(page, `${prefix}-certificates-secrets`);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a client secret' });
    await pane.getByRole('textbox', { name: 'Description' }).pressSequentially('Puzzel Office 365 Certificate');
    if (ui === 'current') {
      await pane.getByRole('combobox', { name: 'Expires' }).click();
      await pane.getByRole('option').first().waitFor();
    }
    await shoot(page, `${prefix}-add-client-secret-pane`);
    if (ui === 'current') await page.keyboard.press('Escape');
    await page.addStyleTag({ content: BLUR });
    await pane.getByRole('button', { name: 'Add', exact: true }).click();
    await pane.waitFor({ state: 'hidden' });
    await page.locator('.fxs-toast').waitFor();
    await shoot(page, `${prefix}-after-add`);
  } finally {
    await browser.close();
  }
}

/** The overlays and frames that only some options bring: --pane-frame (with --iframe) and --survey-delay. */
async function optional(simulator: RunningSimulator): Promise<void> {
  simulator.context.reset({ ...simulator.context.options, ui: 'current', iframe: true, paneFrame: true, surveyDelay: undefined, latency: 0, jitter: 0 });
  const appId = simulator.context.tenant.apps.find((app) => app.displayName === APP)!.appId;
  const browser = await chromium.launch(browserLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  try {
    await signInToPortal(page, simulator, `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}/isMSAApp~/false`);
    await page.frameLocator('iframe.fxs-reactview-frame').getByRole('button', { name: 'New client secret' }).click();
    const form = page.getByRole('dialog', { name: 'Add a client secret' }).frameLocator('iframe');
    await form.getByRole('textbox', { name: 'Description' }).pressSequentially('Puzzel Office 365 Certificate');
    await shoot(page, 'portal-current-pane-frame-add-client-secret');

    simulator.context.reset({ ...simulator.context.options, iframe: false, paneFrame: false, surveyDelay: 0 });
    const survey = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await signInToPortal(survey, simulator, '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
    await survey.getByRole('dialog', { name: 'How likely are you to recommend Microsoft Azure to a friend or colleague?' }).waitFor();
    await shoot(survey, 'portal-current-nps-survey');
  } finally {
    await browser.close();
  }
}

await mkdir(OUT, { recursive: true });
const simulator = await startSimulator({ port: 0, latency: 0, jitter: 0 });
try {
  for (const ui of ['current', '2019'] as const) {
    await variant(simulator, ui, false);
    await variant(simulator, ui, true);
  }
  await optional(simulator);
} finally {
  await simulator.close();
}
