// --iframe: the Certificates & secrets body (and its pane) in a cross-origin React-view frame;
// the shell, title, breadcrumb, menu and toasts stay in the top document.
import { test, expect } from '../support/simulator-fixture.ts';
import { openCredentials, PUZZEL } from './portal-helpers.ts';

test.use({ simulatorConfig: { latency: 40, jitter: 30, iframe: true } });

test('the body is framed from the sandbox origin; Add works through it', async ({ page, simulator, admin }) => {
  await openCredentials(page, simulator);
  await expect(page.getByRole('heading', { name: `${PUZZEL} | Certificates & secrets` })).toBeVisible();
  await expect(page.locator('[data-telemetryname="Menu-Credentials"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New client secret' })).toHaveCount(0);
  const frameElement = page.locator('iframe.fxs-reactview-frame');
  await expect(frameElement).toHaveAttribute('src', new RegExp(`^${simulator.context.origins.sandbox}/`));
  const frame = page.frameLocator('iframe.fxs-reactview-frame');
  await expect(frame.getByRole('tab', { name: 'Client secrets (0)' })).toBeVisible();
  await expect(frame.getByRole('main')).toHaveCount(0);
  await frame.getByRole('button', { name: 'New client secret' }).click();
  const pane = frame.getByRole('dialog', { name: 'Add a client secret' });
  await pane.getByRole('textbox', { name: 'Description' }).pressSequentially('framed');
  await pane.getByRole('combobox', { name: 'Expires' }).click();
  await pane.getByRole('option', { name: '90 days (3 months)' }).click();
  await pane.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pane).toBeHidden();
  const [secret] = await admin.secrets(PUZZEL);
  await expect(frame.getByRole('row').filter({ hasText: 'framed' })).toContainText(secret!.value);
  await expect(page.locator('.fxs-toast')).toContainText(`Successfully updated application ${PUZZEL} credentials`);
  await expect(page.getByRole('link', { name: 'Notifications' })).toContainText('1');
});

test('a 401 inside the frame bounces the top page to sign-in', async ({ page, simulator, admin }) => {
  await openCredentials(page, simulator);
  const frame = page.frameLocator('iframe.fxs-reactview-frame');
  await expect(frame.getByRole('button', { name: 'New client secret' })).toBeVisible();
  await admin.expireSessions();
  const login = simulator.context.origins.login;
  const authorize = page.waitForRequest((request) => request.url().startsWith(`${login}/common/oauth2/v2.0/authorize`));
  await frame.getByRole('button', { name: 'New client secret' }).click();
  await frame.getByRole('button', { name: 'Add', exact: true }).click();
  expect(new URL((await authorize).url()).searchParams.get('state')).toContain('/~/Credentials/');
});

test.describe('--markup prewarm', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, iframe: true, markup: { prewarm: 'offscreen' } } });

  test('offscreen: once the framed body has loaded, one fresh sandbox frame waits off-screen, "Loading..." for good', async ({ page, simulator }) => {
    await openCredentials(page, simulator);
    await expect(page.frameLocator('iframe.fxs-reactview-frame').getByRole('button', { name: 'New client secret' })).toBeVisible();
    const prewarmed = page.locator('iframe.fxs-reactview-prewarm');
    await expect(prewarmed).toHaveCount(1);
    await expect(prewarmed).toHaveAttribute('src', new RegExp(`^${simulator.sandboxUrl}`));
    const box = await prewarmed.boundingBox();
    expect(box!.x + box!.width).toBeLessThan(0);
    // Visible to a browser, though no one sees it, and never told what to show.
    await expect(page.frameLocator('iframe.fxs-reactview-prewarm').getByRole('progressbar', { name: 'Loading...' })).toBeVisible();
    await expect(page.frameLocator('iframe.fxs-reactview-prewarm').getByRole('button')).toHaveCount(0);
  });
});

test.describe('--markup viewFrames=nested', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, iframe: true, markup: { viewFrames: 'nested' } } });

  test('the body is drawn one frame deeper, its messages passed through: Add works there', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    const outer = page.frameLocator('iframe.fxs-reactview-frame');
    await expect(outer.locator('iframe.fxs-reactview-inner')).toHaveAttribute('src', new RegExp(`^${simulator.sandboxUrl}`));
    await expect(outer.getByRole('button')).toHaveCount(0);
    const body = outer.frameLocator('iframe.fxs-reactview-inner');
    await body.getByRole('button', { name: 'New client secret' }).click();
    const pane = body.getByRole('dialog', { name: 'Add a client secret' });
    await pane.getByRole('textbox', { name: 'Description' }).fill('nested');
    await pane.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(pane).toBeHidden();
    const [secret] = await admin.secrets(PUZZEL);
    await expect(body.getByRole('row').filter({ hasText: 'nested' })).toContainText(secret!.value);
    // The toast the inner frame asks for reaches the shell through the outer one.
    await expect(page.locator('.fxs-toast')).toContainText(`Successfully updated application ${PUZZEL} credentials`);
  });
});
