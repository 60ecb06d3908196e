// Overlays that come on their own time (portal.md §3.2): the welcome dialog --welcome-delay ms
// after the first load following sign-in, and the NPS survey --survey-delay ms after each page
// load until dismissed in the tab, covering the blade area so clicks there land on it.
import { test, expect } from '../support/simulator-fixture.ts';
import { signInToPortal } from '../support/portal-session.ts';
import { openCredentials } from './portal-helpers.ts';

const SURVEY = 'How likely are you to recommend Microsoft Azure to a friend or colleague?';
const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const FILTER = 'Start typing a display name or application (client) ID to filter these results';

test('--welcome-delay: the welcome dialog appears only after the delay', async ({ page, simulator, admin }) => {
  await admin.configure({ welcome: true, welcomeDelay: 2000 });
  await signInToPortal(page, simulator);
  await expect(page.getByRole('heading', { name: 'Azure services' })).toBeVisible();
  const dialog = page.getByRole('alertdialog', { name: 'Welcome to Microsoft Azure' });
  await expect(dialog).toHaveCount(0);
  await expect(dialog).toBeVisible();
  // By the page's own clock (from its load's start; the delay runs from later still): a test's
  // clock would start only once it saw the shell, late on a loaded machine, and count short.
  expect(await page.evaluate(() => performance.now())).toBeGreaterThan(2000);
  await dialog.getByRole('button', { name: 'Maybe later' }).click();
  await expect(dialog).toBeHidden();
});

test('--markup welcomeDismiss=cancel: the welcome dialog\'s way out is "Cancel"', async ({ page, simulator, admin }) => {
  await admin.configure({ welcome: true, markup: { welcomeDismiss: 'cancel' } });
  await signInToPortal(page, simulator);
  const dialog = page.getByRole('alertdialog', { name: 'Welcome to Microsoft Azure' });
  await expect(dialog.getByRole('button')).toHaveText(['Get started', 'Cancel']);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test.describe('--survey-delay', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, surveyDelay: 300 } });

  test('the survey covers the blade, returns on each page load, and stays away once dismissed in the tab', async ({ page, simulator, context }) => {
    await signInToPortal(page, simulator, LIST);
    const survey = page.getByRole('dialog', { name: SURVEY });
    await expect(survey).toBeVisible();
    await expect(survey.getByRole('group').getByRole('button')).toHaveText(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    await expect(survey.getByRole('button', { name: 'Close' })).toBeVisible();
    const blocked = await page.getByPlaceholder(FILTER).click({ trial: true, timeout: 1000 }).then(() => 'clicked', (error: Error) => error.message);
    expect(blocked).toContain('intercepts pointer events');

    await page.reload();
    await expect(survey).toBeVisible();
    await survey.getByRole('button', { name: 'Not now' }).click();
    await expect(survey).toBeHidden();
    await page.getByPlaceholder(FILTER).click();
    expect(await page.evaluate(() => sessionStorage.getItem('portal.surveyDismissed'))).toBe('1');

    await page.reload();
    // A filtered answer takes the 300 ms debounce and more after the page loaded: longer than the survey's delay.
    await page.getByPlaceholder(FILTER).pressSequentially('fabrikam');
    await expect(page.getByText('2 applications found')).toBeVisible();
    await expect(survey).toHaveCount(0);

    // Another tab has its own sessionStorage: the survey comes back there.
    const other = await context.newPage();
    await signInToPortal(other, simulator);
    await expect(other.getByRole('dialog', { name: SURVEY })).toBeVisible();
  });
});

test.describe('--callout-delay', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, listFrame: true, iframe: true, calloutDelay: 300 } });

  test("a teaching callout inside the framed list covers its first rows, and once dismissed stays away in the tab's frames", async ({ page, simulator, context }) => {
    await signInToPortal(page, simulator, LIST);
    const list = page.frameLocator('iframe.fxs-reactview-frame');
    const callout = list.getByRole('dialog', { name: 'Try the new search' });
    await expect(callout).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(callout.getByRole('button')).toHaveText(['', 'Got it']);
    await expect(callout.getByRole('button', { name: 'Close' })).toBeVisible();
    const firstApp = list.getByRole('grid').getByRole('link').first();
    const blocked = await firstApp.click({ trial: true, timeout: 1000 }).then(() => 'clicked', (error: Error) => error.message);
    expect(blocked).toContain('intercepts pointer events');

    await callout.getByRole('button', { name: 'Got it' }).click();
    await expect(callout).toBeHidden();
    const sandbox = page.frames().find((frame) => frame.url().startsWith(simulator.sandboxUrl))!;
    expect(await sandbox.evaluate(() => sessionStorage.getItem('reactview.calloutDismissed'))).toBe('1');
    await firstApp.click();
    await expect(page.getByRole('link', { name: 'Certificates & secrets' })).toBeVisible();

    // Another tab has its own sessionStorage: its framed Certificates & secrets draws its own callout.
    const other = await context.newPage();
    await openCredentials(other, simulator);
    const credentials = other.frameLocator('iframe.fxs-reactview-frame');
    await expect(credentials.getByRole('dialog', { name: 'Consider a certificate or a federated credential' })).toBeVisible();
  });
});
