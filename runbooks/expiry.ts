// The expiry a user asks for, checked before the portal is touched, and matched later
// against what the portal's "Expires" control offers.
import { RunbookError } from './errors.ts';

export const PRESET_DAYS = [90, 180, 365, 545, 730] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];
/** The 2021–22 portal's presets, in months ("Recommended: 6 months", "12 months", …). */
export const PRESET_MONTHS = [3, 6, 12, 18, 24] as const;
export type PresetMonths = (typeof PRESET_MONTHS)[number];

export type ExpiryRequest =
  /** Today's portal presets: "90 days (3 months)" … "730 days (24 months)". */
  | { kind: 'days'; days: PresetDays }
  /** The 2021–22 portal's presets: "Recommended: 6 months", "12 months" … */
  | { kind: 'months'; months: PresetMonths }
  /** The 2019 portal's radio buttons "In 1 year" / "In 2 years". */
  | { kind: 'years'; years: 1 | 2 }
  /** "Custom" with an End date (Start = today). */
  | { kind: 'date'; end: string };

/** Portal rule since April 2021: no client secret may live longer than 24 months. */
export const MAX_MONTHS = 24;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** Parses `--expires`; throws a bad-input error that names the flag. `today` is a UTC date. */
export function parseExpiry(text: string, today: Date = new Date()): ExpiryRequest {
  const value = text.trim().toLowerCase();
  if (value === 'never') {
    throw new RunbookError(
      'bad-input',
      '--expires never: the portal removed "Never" in April 2021; a client secret lives at most 24 months. ' +
        'Use 90d, 180d, 365d, 545d, 730d (6m, 12m… where the portal words its presets in months) or an end date YYYY-MM-DD.',
    );
  }
  const days = /^(\d+)d$/.exec(value);
  if (days) {
    const n = Number(days[1]);
    if ((PRESET_DAYS as readonly number[]).includes(n)) return { kind: 'days', days: n as PresetDays };
    throw new RunbookError('bad-input', `--expires ${text}: the portal offers ${PRESET_DAYS.map((d) => `${d}d`).join(', ')}; for another length give an end date YYYY-MM-DD.`);
  }
  const months = /^(\d+)m$/.exec(value);
  if (months) {
    const n = Number(months[1]);
    if ((PRESET_MONTHS as readonly number[]).includes(n)) return { kind: 'months', months: n as PresetMonths };
    throw new RunbookError('bad-input', `--expires ${text}: the 2021–22 portal offered ${PRESET_MONTHS.map((m) => `${m}m`).join(', ')}; for another length give an end date YYYY-MM-DD.`);
  }
  const years = /^(\d+)y$/.exec(value);
  if (years) {
    const n = Number(years[1]);
    if (n === 1 || n === 2) return { kind: 'years', years: n };
    throw new RunbookError('bad-input', `--expires ${text}: only 1y or 2y (a client secret lives at most 24 months).`);
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const end = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(end.getTime()) || isoDay(end) !== value) {
      throw new RunbookError('bad-input', `--expires ${text}: not a real calendar date (YYYY-MM-DD).`);
    }
    const start = new Date(`${isoDay(today)}T00:00:00Z`);
    if (end.getTime() <= start.getTime()) {
      throw new RunbookError('bad-input', `--expires ${text}: the end date must be after today (${isoDay(start)}).`);
    }
    const limit = addMonths(start, MAX_MONTHS);
    if (end.getTime() > limit.getTime()) {
      throw new RunbookError('bad-input', `--expires ${text}: more than 24 months away; the latest end date today is ${isoDay(limit)}.`);
    }
    return { kind: 'date', end: value };
  }
  throw new RunbookError('bad-input', `--expires ${text}: use 90d, 180d, 365d, 545d, 730d, 3m, 6m, 12m, 18m, 24m, 1y, 2y or an end date YYYY-MM-DD.`);
}

/** The end date this request should produce when created on `today` (UTC, YYYY-MM-DD). */
export function expectedEndDate(request: ExpiryRequest, today: Date = new Date()): string {
  switch (request.kind) {
    case 'days':
      return isoDay(new Date(today.getTime() + request.days * 86_400_000));
    case 'months':
      return isoDay(addMonths(today, request.months));
    case 'years':
      return isoDay(addMonths(today, request.years * 12));
    case 'date':
      return request.end;
  }
}

/** How the request reads in the guide's and the portal's words. */
export function describeExpiry(request: ExpiryRequest): string {
  switch (request.kind) {
    case 'days':
      return `${request.days} days`;
    case 'months':
      return `${request.months} months`;
    case 'years':
      return `In ${request.years} year${request.years === 2 ? 's' : ''}`;
    case 'date':
      return `Custom, ending ${request.end}`;
  }
}
