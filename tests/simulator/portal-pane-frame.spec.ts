// --pane-frame: the "Add a client secret" container (role, heading, Close X) stays in the top
// document while its form renders in a cross-origin sandbox frame whose URL names no blade;
// the form's Add / Cancel act on the blade body's model, in the top document or (--iframe) in
// the React-view frame. The new value only ever reaches the frame that shows the blade body.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/simulator-fixture.ts';
import { openCredentials, PUZZEL } from './portal-helpers.ts';

const PANE = 'Add a client secret';

/** Records every postMessage any frame of the page receives, with the receiving frame's URL. */
async function spyOnFrameMessages(page: Page): Promise<{ url: string; data: string }[]> {
  const seen: { url: string; data: string }[] = [];
  await page.exposeFunction('__simulatorTestSawMessage', (url: string, data: string) => seen.push({ url, data }));
  await page.addInitScript(() => {
    window.addEventListener('message', (event) => {
      const report = (window as unknown as { __simulatorTestSawMessage: (url: string, data: string) => void }).__simulatorTestSawMessage;
      void report(location.href, JSON.stringify(event.data));
    });
  });
  return seen;
}

test.describe('without --iframe', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, paneFrame: true } });

  test('the header is in the top document, the form in a sandbox frame whose URL names no blade; Add adds', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: PANE });
    await expect(pane.getByRole('heading', { name: PANE, level: 2 })).toBeVisible();
    await expect(pane.getByRole('button', { name: 'Close' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add', exact: true })).toHaveCount(0);

    const frameElement = pane.locator('iframe');
    await expect(frameElement).toHaveAttribute('src', new RegExp(`^${simulator.context.origins.sandbox}/ReactView/Index\\?`));
    await expect(frameElement).not.toHaveAttribute('src', /Credentials|secret|ApplicationMenuBlade|Add|pane/i);
    await expect(frameElement).not.toHaveAttribute('title', /.*/);

    const form = pane.frameLocator('iframe');
    await form.getByRole('textbox', { name: 'Description' }).pressSequentially('framed form');
    await form.getByRole('combobox', { name: 'Expires' }).click();
    await form.getByRole('option', { name: '90 days (3 months)' }).click();
    await expect(form.getByRole('combobox', { name: 'Expires' })).toHaveText('90 days (3 months)');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(pane).toBeHidden();
    const [secret] = await admin.secrets(PUZZEL);
    expect(secret!.displayName).toBe('framed form');
    await expect(page.getByRole('row').filter({ hasText: 'framed form' }).getByRole('gridcell').nth(2)).toHaveText(secret!.value);
    await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
  });

  test('Cancel in the frame, the top Close X and Escape in the frame each close the pane; validation shows in the frame', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    const pane = page.getByRole('dialog', { name: PANE });
    const form = pane.frameLocator('iframe');

    await page.getByRole('button', { name: 'New client secret' }).click();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(pane).toBeHidden();

    await page.getByRole('button', { name: 'New client secret' }).click();
    await form.getByRole('combobox', { name: 'Expires' }).click();
    await form.getByRole('option', { name: 'Custom' }).click();
    await form.getByRole('textbox', { name: 'End' }).fill('1/1/2001');
    await expect(form.getByRole('alert')).toHaveText('The end date cannot be in the past.');
    await expect(form.getByRole('button', { name: 'Add', exact: true })).toBeDisabled();
    await pane.getByRole('button', { name: 'Close' }).click();
    await expect(pane).toBeHidden();

    await page.getByRole('button', { name: 'New client secret' }).click();
    await form.getByRole('textbox', { name: 'Description' }).press('Escape');
    await expect(pane).toBeHidden();
    expect(await admin.secrets(PUZZEL)).toHaveLength(0);
  });

  test.describe('with a slow Add', () => {
    test.use({ simulatorConfig: { latency: 600, jitter: 0, paneFrame: true } });

    test('the frame shows "Adding client secret..." and disables its buttons while Add is in flight', async ({ page, simulator }) => {
      await openCredentials(page, simulator);
      await page.getByRole('button', { name: 'New client secret' }).click();
      const pane = page.getByRole('dialog', { name: PANE });
      const form = pane.frameLocator('iframe');
      await form.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(form.getByRole('status')).toHaveText('Adding client secret...');
      await expect(form.getByRole('button', { name: 'Cancel' })).toBeDisabled();
      await expect(pane).toBeHidden();
      await expect(page.getByRole('tab', { name: 'Client secrets (1)' })).toBeVisible();
    });
  });
});

test.describe('with --iframe', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, paneFrame: true, iframe: true } });

  test('body in frame A, pane header in the top document, form in frame B; the value reaches frame A only', async ({ page, simulator, admin }) => {
    const messages = await spyOnFrameMessages(page);
    await openCredentials(page, simulator);
    const body = page.frameLocator('iframe.fxs-reactview-frame');
    await body.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: PANE });
    await expect(pane.getByRole('heading', { name: PANE })).toBeVisible();
    await expect(body.getByRole('dialog')).toHaveCount(0);
    const form = pane.frameLocator('iframe');
    await form.getByRole('textbox', { name: 'Description' }).pressSequentially('two frames');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(pane).toBeHidden();
    const [secret] = await admin.secrets(PUZZEL);
    await expect(body.getByRole('row').filter({ hasText: 'two frames' }).getByRole('gridcell').nth(2)).toHaveText(secret!.value);
    await expect(page.locator('.fxs-toast')).toContainText(`Successfully updated application ${PUZZEL} credentials`);

    const formUrl = messages.find((m) => m.data.includes('"view":"add-pane"'))?.url;
    expect(formUrl).toContain('/ReactView/Index?');
    expect(messages.filter((m) => m.url === formUrl).some((m) => m.data.includes(secret!.value) || m.data.includes('token'))).toBe(false);
    expect(messages.some((m) => m.data.includes(secret!.value))).toBe(false); // the body reads the value from the API, no message carries it
  });
});

test.describe('2019 UI', () => {
  test.use({ simulatorConfig: { latency: 40, jitter: 30, paneFrame: true, ui: '2019' } });

  test('the radio buttons are in the frame; Add shows the value and the banner', async ({ page, simulator, admin }) => {
    await openCredentials(page, simulator);
    await page.getByRole('button', { name: 'New client secret' }).click();
    const pane = page.getByRole('dialog', { name: PANE });
    const form = pane.frameLocator('iframe');
    await expect(form.getByRole('radio', { name: 'In 1 year' })).toBeChecked();
    await form.getByRole('textbox', { name: 'Description' }).pressSequentially('framed 2019');
    await form.getByRole('radio', { name: 'In 2 years' }).check();
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(pane).toBeHidden();
    const [secret] = await admin.secrets(PUZZEL);
    await expect(page.getByRole('row').filter({ hasText: 'framed 2019' }).getByRole('gridcell').nth(2)).toHaveText(secret!.value);
    await expect(page.getByText('Copy the new client secret value.', { exact: false })).toBeVisible();
  });
});
