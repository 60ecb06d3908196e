// Dates as the portal writes them: in the user's regional format (Portal settings → Language +
// region), which the runbook neither changes nor can read. portal.md §7 quotes en-US only
// ("7/27/2028"); en-GB writes 05/06/2027, de-DE 05.06.2027, others 2027-06-05 or 5 Jun 2027.
// A shown date yields each reading it can have; the page's order (month or day first) is learned
// from certain evidence only: a date that can be read one way, or one known to be today. A date
// that reads two ways is never settled by the day that was asked for, which would hide a wrong one.
import { RunbookError } from '../runbooks/errors.ts';

/** How a numeric date with the year last is read: 6/5/2027 is June 5 month first, May 6 day first. */
export type DateOrder = 'month-first' | 'day-first';
export const DATE_ORDERS: readonly DateOrder[] = ['month-first', 'day-first'];

/** How one reading took the date: numbers with the year last (either order), the year first, a month by name. */
export type DateStyle = DateOrder | 'year-first' | 'names';

export interface DateReading {
  /** YYYY-MM-DD */
  iso: string;
  style: DateStyle;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$/i;
const DAY_MS = 86_400_000;

/** An English month name or its abbreviation of 3 letters or more ("Jun", "June", "Sept"): 1–12. */
function monthNamed(word: string): number | undefined {
  const text = word.toLowerCase().replace(/[.,]$/, '');
  if (text.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name.startsWith(text));
  return index < 0 ? undefined : index + 1;
}

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every reading a shown date can have; none when it is not a date. */
export function readingsOf(shown: string): DateReading[] {
  const text = shown.replace(/\s+/g, ' ').trim();
  const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (yearFirst) return reading(isoOf(+yearFirst[1]!, +yearFirst[3]!, +yearFirst[4]!), 'year-first');
  const yearLast = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (yearLast) {
    const [first, separator, second, year] = [+yearLast[1]!, yearLast[2]!, +yearLast[3]!, +yearLast[4]!];
    const dayFirst = reading(isoOf(year, second, first), 'day-first');
    // Dots are written day first (de-DE 05.06.2027 and its neighbours); no locale writes month.day.year.
    if (separator === '.') return dayFirst;
    return [...reading(isoOf(year, first, second), 'month-first'), ...dayFirst];
  }
  return namedReadings(text);
}

/** 5 Jun 2027, Jun 5, 2027, June 5 2027, 05-Jun-2027, Fri Jun 18 2027: a month by name, a day, a year. */
function namedReadings(text: string): DateReading[] {
  const words = text.split(/[\s-]+/).filter((word) => word && !WEEKDAY.test(word));
  if (words.length !== 3) return [];
  const year = words.filter((word) => /^\d{4}$/.test(word));
  const day = words.filter((word) => /^\d{1,2}(st|nd|rd|th)?[.,]?$/i.test(word));
  const month = words.map(monthNamed).filter((m) => m !== undefined);
  if (year.length !== 1 || day.length !== 1 || month.length !== 1) return [];
  return reading(isoOf(+year[0]!, month[0]!, parseInt(day[0]!, 10)), 'names');
}

function reading(iso: string | undefined, style: DateStyle): DateReading[] {
  return iso ? [{ iso, style }] : [];
}

/** "5 June 2027 (2027-06-05)": a day nobody can read two ways. */
export function spelledOut(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]!.replace(/^./, (c) => c.toUpperCase())} ${year} (${iso})`;
}

/** A date seen on the page, to write others the same way; `style` undefined: numbers that read both ways alike (5/5/2027). */
interface Sample {
  shown: string;
  style: DateStyle | undefined;
}

/** What the run has learned of the page's dates; one per run, shared by everything that reads or types one. */
export class PortalDates {
  private order?: { order: DateOrder; because: string; fromFlag: boolean };
  /** A certain year-first or named date seen: the page writes no date two ways. */
  private style?: DateStyle;
  private sample?: Sample;

  /** `given`: --date-order (or PORTAL_DATE_ORDER), for a page that shows no certain date. */
  constructor(given?: DateOrder) {
    if (given) this.order = { order: given, because: `--date-order ${given}`, fromFlag: true };
  }

  /** Nothing certain seen yet: an ambiguous date would be refused. */
  get needsEvidence(): boolean {
    return !this.order && !this.style;
  }

  /** What settled the order, for the user ("--date-order day-first", "21/06/2027 in the client secrets list"). */
  get settledBy(): string | undefined {
    return this.order?.because;
  }

  /** How a date that reads two ways is read, once settled. */
  get settledOrder(): DateOrder | undefined {
    return this.order?.order;
  }

  /** A date the page shows: learned from when it can be read one way only. */
  saw(shown: string, where: string): void {
    const readings = readingsOf(shown);
    if (new Set(readings.map((r) => r.iso)).size !== 1) return;
    // A date such as 5/5/2027 reads both ways alike: the same day, and nothing about the order.
    const style = readings.length === 1 ? readings[0]!.style : undefined;
    if (style === 'month-first' || style === 'day-first') this.learn(style, `${shown} in ${where}`, shown);
    else if (style) this.style ??= style;
    this.sample = { shown, style };
  }

  /**
   * A date known to be today (the Custom Start box the portal fills in with today): when one
   * reading is today and the other is not, the order is settled. Today ± 1 day: the browser's
   * time zone may be a day off the run's UTC day, while the two readings of one date are weeks apart.
   */
  sawToday(shown: string, today: string, where: string): void {
    const readings = readingsOf(shown);
    const near = (iso: string) => Math.abs(Date.parse(iso) - Date.parse(today)) <= DAY_MS;
    const numeric = readings.filter((r): r is DateReading & { style: DateOrder } => r.style === 'month-first' || r.style === 'day-first');
    if (numeric.length === 2 && numeric[0]!.iso !== numeric[1]!.iso) {
      const todays = numeric.filter((r) => near(r.iso));
      if (todays.length === 1) {
        this.learn(todays[0]!.style, `${shown} in ${where}, today`, shown);
        this.sample = { shown, style: todays[0]!.style };
      }
      return;
    }
    this.saw(shown, where);
  }

  /** The day a shown date means (YYYY-MM-DD); refuses a date that reads two ways when nothing settles which. */
  read(shown: string, what: string): string {
    const readings = readingsOf(shown);
    const isos = [...new Set(readings.map((r) => r.iso))];
    if (isos.length === 0) throw new RunbookError('other', `${capitalised(what)} reads "${shown}", not a date.`);
    if (isos.length === 1) {
      this.saw(shown, what);
      return isos[0]!;
    }
    const inOrder = this.order && readings.find((r) => r.style === this.order!.order);
    if (inOrder) return inOrder.iso;
    const dayFirst = readings.find((r) => r.style === 'day-first')!.iso;
    const monthFirst = readings.find((r) => r.style === 'month-first')!.iso;
    throw new RunbookError(
      'other',
      `The portal shows ${what} as ${shown}, which is ${spelledOut(dayFirst)} read day first or ${spelledOut(monthFirst)} read month first, ` +
        'and no other date on the page tells which its regional format uses: run again with --date-order day-first or --date-order month-first ' +
        '(or PORTAL_DATE_ORDER), as your Portal settings → Language + region write dates.',
    );
  }

  /** Whether a shown date is the day `iso`: read as the page writes dates; a date that cannot be told is not that day. */
  shows(shown: string, iso: string): boolean {
    try {
      return this.read(shown, 'the date') === iso;
    } catch {
      return false;
    }
  }

  /**
   * The day written as the page writes dates (its separator, padding, order or month names),
   * for typing it into a box that reads it so; undefined when neither a date seen nor --date-order says how.
   */
  write(iso: string): string | undefined {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    const sample = this.sample;
    // Only the order is known (--date-order): written as en-GB and en-US write theirs.
    if (!sample) return this.order && writeNumeric(this.order.order, '/', this.order.order === 'day-first', year, month, day);
    const style = sample.style ?? this.order?.order;
    if (style === 'names') return writeNamed(sample.shown, year, month, day);
    const parts = /^(\d+)([-/.])(\d+)\2(\d+)$/.exec(sample.shown.trim());
    if (!parts) return undefined;
    const separator = parts[2]!;
    // Padded when the sample shows a leading zero; a sample with none below 10 says nothing, so day-first and ISO pad, as en-GB, de-DE and ISO do.
    const numbers = [parts[1]!, parts[3]!, parts[4]!].filter((n) => n.length <= 2);
    const padded = numbers.some((n) => n.startsWith('0')) || (numbers.every((n) => +n >= 10) && style !== 'month-first');
    if (style === 'year-first') return writeNumeric(style, separator, padded, year, month, day);
    return style === 'month-first' || style === 'day-first' ? writeNumeric(style, separator, padded, year, month, day) : undefined;
  }

  private learn(order: DateOrder, because: string, shown: string): void {
    if (!this.order) {
      this.order = { order, because, fromFlag: false };
      return;
    }
    if (this.order.order === order) return;
    const other = this.order;
    throw new RunbookError(
      other.fromFlag ? 'bad-input' : 'other',
      `The portal shows ${shown}, which can only be read ${order.replace('-', ' ')}, while ${other.because} says dates are written ${other.order.replace('-', ' ')}: ` +
        (other.fromFlag ? 'run again without --date-order (and PORTAL_DATE_ORDER), or with the other order.' : 'the page writes dates two ways, so none of them can be trusted.'),
    );
  }
}

function writeNumeric(style: DateOrder | 'year-first', separator: string, padded: boolean, year: number, month: number, day: number): string {
  const two = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
  const parts = { 'year-first': [String(year), two(month), two(day)], 'month-first': [two(month), two(day), String(year)], 'day-first': [two(day), two(month), String(year)] }[style];
  return parts.join(separator);
}

/** Written like the sample: its words in their order (no weekday), the month long only if the sample's was, the day padded if it was. */
function writeNamed(sample: string, year: number, month: number, day: number): string {
  const words = sample.trim().split(' ').filter((word) => !WEEKDAY.test(word)).join(' ');
  const name = MONTHS[month - 1]!;
  return words.replace(/[A-Za-z]+\.?|\d+/g, (token) => {
    if (/^\d{4}$/.test(token)) return String(year);
    if (/^\d{1,2}$/.test(token)) return token.startsWith('0') ? String(day).padStart(2, '0') : String(day);
    const sampleMonth = monthNamed(token);
    if (sampleMonth === undefined) return token;
    // "May" or "June" could be either length: the short one, which every reader of month names takes.
    const long = token.replace(/\.$/, '').length > 4 && token.toLowerCase() === MONTHS[sampleMonth - 1];
    return (long ? name : name.slice(0, 3)).replace(/^./, (c) => c.toUpperCase());
  });
}

function capitalised(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}
