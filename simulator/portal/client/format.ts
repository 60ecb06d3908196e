// Dates as the portal shows and reads them, in the regional format of the user's portal settings
// (Portal settings → Language + region). portal.md §7 quotes en-US only ("7/27/2028"); the other
// formats are those Intl.DateTimeFormat renders for their locales, ISO built by hand.
import type { RegionalFormat } from '../../options.ts';
import { env } from './env.ts';

type IntlFormat = Exclude<RegionalFormat, 'iso'>;

const INTL: Record<IntlFormat, [locale: string, options: Intl.DateTimeFormatOptions]> = {
  'en-US': ['en-US', { year: 'numeric', month: 'numeric', day: 'numeric' }],
  'en-GB': ['en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  'de-DE': ['de-DE', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  'en-GB-names': ['en-GB', { year: 'numeric', month: 'short', day: 'numeric' }],
  'en-US-names': ['en-US', { year: 'numeric', month: 'short', day: 'numeric' }],
};

/** How a date must be typed in each format, as the Custom boxes' validation message says it. */
export const FORMAT_HINTS: Record<RegionalFormat, string> = {
  'en-US': 'M/D/YYYY',
  'en-GB': 'DD/MM/YYYY',
  'de-DE': 'DD.MM.YYYY',
  iso: 'YYYY-MM-DD',
  'en-GB-names': 'D MMM YYYY',
  'en-US-names': 'MMM D, YYYY',
};

/** The date (local day) in the format: 6/5/2027, 05/06/2027, 05.06.2027, 2027-06-05, 5 Jun 2027, Jun 5, 2027. */
export function shortDate(iso: string | Date, format: RegionalFormat = 'en-US'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (format === 'iso') return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const [locale, options] = INTL[format];
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A date as this portal shows it, in its regional format. */
export function portalDate(iso: string | Date): string {
  return shortDate(iso, env().config.regionalFormat);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An English month name or its abbreviation ("Jun", "June", "Sept"), 1–12; undefined otherwise. */
function monthNamed(word: string): number | undefined {
  const text = word.toLowerCase().replace(/\.$/, '');
  if (text.length < 3) return undefined;
  const index = MONTHS.findIndex((short, i) => text.startsWith(short) && fullMonth(i).startsWith(text));
  return index < 0 ? undefined : index + 1;
}

function fullMonth(index: number): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long' }).format(new Date(2000, index, 1)).toLowerCase();
}

/** What a typed date must look like in each format: its parts in order (day, month, year). */
const TYPED: Record<RegionalFormat, { pattern: RegExp; parts: (m: RegExpExecArray) => [year: number, month: number | undefined, day: number] }> = {
  'en-US': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, parts: (m) => [+m[3]!, +m[1]!, +m[2]!] },
  'en-GB': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, parts: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  'de-DE': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, parts: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  iso: { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, parts: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  'en-GB-names': { pattern: /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/, parts: (m) => [+m[3]!, monthNamed(m[2]!), +m[1]!] },
  'en-US-names': { pattern: /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/, parts: (m) => [+m[3]!, monthNamed(m[1]!), +m[2]!] },
};

/** Parses a date typed in the format (and only that one); undefined when malformed or not a real date. */
export function parseShortDate(text: string, format: RegionalFormat = 'en-US'): Date | undefined {
  const { pattern, parts } = TYPED[format];
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = parts(match);
  if (month === undefined) return undefined;
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setMonth(next.getMonth() + months);
  return next;
}

export function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setFullYear(next.getFullYear() + years);
  return next;
}

export function startOfToday(now = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}
