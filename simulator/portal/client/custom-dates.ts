// Validation of the Custom Start/End dates (portal.md §8; the texts are the simulator's
// choice, listed in simulator/README.md, as the real ones were not found, §13.6). Dates are
// read in the portal's regional format only, as its message says.
import type { RegionalFormat } from '../../options.ts';
import { addDays, addYears, FORMAT_HINTS, parseShortDate, startOfToday } from './format.ts';

export const CUSTOM_ERRORS = {
  format: (format: RegionalFormat) => `Enter a date in the format ${FORMAT_HINTS[format]}.`,
  endBeforeStart: 'The end date must be after the start date.',
  endInPast: 'The end date cannot be in the past.',
  tooLong: 'The end date must be within 24 months of the start date. Client secrets cannot be valid for longer than 24 months.',
} as const;

export interface CustomDatesResult {
  startError?: string;
  endError?: string;
  start?: Date;
  end?: Date;
}

export function validateCustomDates(startText: string, endText: string, format: RegionalFormat, now = new Date()): CustomDatesResult {
  const start = parseShortDate(startText, format);
  const end = parseShortDate(endText, format);
  const result: CustomDatesResult = { start, end };
  if (!start) result.startError = CUSTOM_ERRORS.format(format);
  if (!end) result.endError = CUSTOM_ERRORS.format(format);
  else if (end < startOfToday(now) || end.getTime() === startOfToday(now).getTime()) result.endError = CUSTOM_ERRORS.endInPast;
  else if (start && end <= start) result.endError = CUSTOM_ERRORS.endBeforeStart;
  else if (start && end > addYears(start, 2)) result.endError = CUSTOM_ERRORS.tooLong;
  return result;
}

export function defaultCustomDates(now = new Date()): { start: Date; end: Date } {
  const start = startOfToday(now);
  return { start, end: addDays(start, 180) };
}
