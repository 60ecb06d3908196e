// A sign-in view the runbook does not know (a method to set up, a tenant's own prompt: the real
// page has more than the reference records) ends the sign-in with the page's own heading, exit 3,
// not with the list of views the runbook waited for.
import { expect, test } from '@playwright/test';
import { SignInPage } from '../../pages/sign-in-page.ts';
import { RunbookError } from '../../runbooks/errors.ts';

test('an unknown view of the sign-in page is named by its heading', async ({ page }) => {
  await page.setContent(`<title>Sign in to your account</title>
    <div role="main"><h1>Sign-in options</h1><div role="button">Face, fingerprint, PIN or security key</div></div>`);
  const error = await new SignInPage(page).current(page.getByRole('banner'), undefined, 500).then(() => undefined, (failure: unknown) => failure);
  expect(error).toBeInstanceOf(RunbookError);
  expect((error as RunbookError).kind).toBe('sign-in');
  expect((error as Error).message).toMatch(/^The sign-in page shows a view this runbook does not know \("Sign-in options"\)\. Sign in once by hand/);
});

test('a page that is not the sign-in page keeps the wait\'s own error', async ({ page }) => {
  await page.setContent('<title>Microsoft Azure</title><div role="main"><h1>Home</h1></div>');
  const error = await new SignInPage(page).current(page.getByRole('banner'), undefined, 500).then(() => undefined, (failure: unknown) => failure);
  expect(error).not.toBeInstanceOf(RunbookError);
  expect((error as Error).message).toMatch(/saw none of/);
});
