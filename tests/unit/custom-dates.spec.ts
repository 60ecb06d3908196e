// The Custom Start and End boxes are read back by day, whatever words the box shows a date in once
// it loses the focus (not on record for the real portal: portal.md §8); a date cut short is never the day.
import { expect, test } from '@playwright/test';
import { differentDay } from '../../pages/add-client-secret-pane.ts';

test('the same day in M/D/YYYY, ISO or words is the same day', () => {
  for (const shown of ['6/18/2027', '06/18/2027', '2027-06-18', 'Fri Jun 18 2027', 'June 18, 2027']) {
    expect(differentDay(shown, '2027-06-18'), shown).toBe(false);
  }
});

test('another day, a part of a date and an empty box are different', () => {
  for (const shown of ['6/19/2027', '2027-18-06', '6', '6/1', '8/2027', '']) {
    expect(differentDay(shown, '2027-06-18'), shown).toBe(true);
  }
});

test('a date in words of another language is the same day when it holds the year and the day', () => {
  expect(differentDay('18. Juni 2027', '2027-06-18')).toBe(false);
  expect(differentDay('18.06.2027', '2027-06-18')).toBe(false);
  expect(differentDay('17. Juni 2027', '2027-06-18')).toBe(true);
});
