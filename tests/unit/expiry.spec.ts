// --expires across the portal's eras: today's days, the 2021–22 months, 2019's years. A request
// matches only the option of exactly that length, and a refusal says which flags choose what the
// portal offers (no browser: the words are the portal's, from portal.md §8 and §12).
import { expect, test } from '@playwright/test';
import { parseExpiry } from '../../runbooks/expiry.ts';
import { matchOption, notOffered } from '../../runbooks/expiry-choice.ts';

const TODAY = new Date('2026-11-30T12:00:00Z');
const DAYS = ['Recommended: 180 days (6 months)', '90 days (3 months)', '365 days (12 months)', '545 days (18 months)', '730 days (24 months)', 'Custom'];
const MONTHS = ['Recommended: 6 months', '3 months', '12 months', '18 months', '24 months', 'Custom'];

test('6m chooses "Recommended: 6 months", and never "180 days (6 months)"', () => {
  const sixMonths = parseExpiry('6m', TODAY);
  expect(sixMonths).toEqual({ kind: 'months', months: 6 });
  expect(matchOption(sixMonths, MONTHS)).toBe('Recommended: 6 months');
  expect(matchOption(sixMonths, DAYS)).toBeUndefined();
  expect(matchOption(parseExpiry('180d', TODAY), MONTHS)).toBeUndefined();
  expect(matchOption(parseExpiry('12m', TODAY), MONTHS)).toBe('12 months');
});

test('a months portal asked for 180d: the refusal names the flags that choose what it offers', () => {
  expect(notOffered('"180 days"', MONTHS).message).toBe(
    'The portal does not offer "180 days" for a client secret here; it offers: "Recommended: 6 months", "3 months", "12 months", "18 months", "24 months", "Custom". ' +
      'Nothing was added: ask for one of those with --expires 6m, 3m, 12m, 18m, 24m or an end date YYYY-MM-DD.',
  );
});

test('a length in months the portal never offered is refused before the portal, naming the flag', () => {
  expect(() => parseExpiry('7m', TODAY)).toThrow(/^--expires 7m: the 2021–22 portal offered 3m, 6m, 12m, 18m, 24m; for another length give an end date YYYY-MM-DD\.$/);
});
