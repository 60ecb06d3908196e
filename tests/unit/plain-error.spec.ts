// Playwright's words for a page load the portal replaced with its own, as a person reads them:
// which page was opening, where the portal went instead, and no query (codes, states) on either.
import { expect, test } from '@playwright/test';
import { plainMessage } from '../../runbooks/plain-error.ts';

test('a page load the portal replaced: both pages named, no query, no call log', () => {
  const error = new Error(
    'page.goto: Navigation to "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade" is interrupted by another navigation to "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=c44b&state=abc&nonce=x"\nCall log:\n  - navigating to "https://portal.azure.com/", waiting until "load"',
  );
  expect(plainMessage(error)).toBe(
    'While https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade was opening, the portal went to https://login.microsoftonline.com/common/oauth2/v2.0/authorize by itself (to sign in again, or a reload of its own).',
  );
});
