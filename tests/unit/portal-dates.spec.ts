// The portal writes dates in the user's regional format (Language + region): each shown date has
// its readings; the page's order is learned from certain evidence only, and a date that reads two
// ways with nothing certain seen is refused, never settled by the day that was asked for.
import { expect, test } from '@playwright/test';
import { PortalDates, readingsOf } from '../../pages/portal-dates.ts';
import { RunbookError } from '../../runbooks/errors.ts';
import { checkNewRow } from '../../runbooks/secret-check.ts';
import { REGIONAL_FORMATS } from '../../simulator/options.ts';
import { parseShortDate, shortDate } from '../../simulator/portal/client/format.ts';

const isos = (shown: string) => readingsOf(shown).map((reading) => `${reading.iso} ${reading.style}`);

function refusal(run: () => unknown): RunbookError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RunbookError);
  return caught as RunbookError;
}

/** How a date that reads two ways is read, or "unsettled" while nothing certain was seen. */
function settledReading(dates: PortalDates, shown: string): string {
  return dates.needsEvidence ? 'unsettled' : dates.read(shown, 'the end date');
}

test('each format yields its readings: numbers with a slash both orders, dots day first, ISO and month names one', () => {
  expect(isos('6/5/2027')).toEqual(['2027-06-05 month-first', '2027-05-06 day-first']);
  expect(isos('05/06/2027')).toEqual(['2027-05-06 month-first', '2027-06-05 day-first']);
  expect(isos('21/06/2027')).toEqual(['2027-06-21 day-first']);
  expect(isos('6/21/2027')).toEqual(['2027-06-21 month-first']);
  expect(isos('05.06.2027')).toEqual(['2027-06-05 day-first']);
  expect(isos('2027-06-05')).toEqual(['2027-06-05 year-first']);
  for (const named of ['5 Jun 2027', 'Jun 5, 2027', '5 June 2027', 'June 5 2027', '05-Jun-2027', 'Sat, 5 Jun 2027', 'Sat Jun 05 2027']) {
    expect(isos(named), named).toEqual(['2027-06-05 names']);
  }
  expect(isos('21 Sept 2027')).toEqual(['2027-09-21 names']);
});

test('what is not a real date has no reading', () => {
  for (const shown of ['', '6/5', '13/13/2027', '31/02/2027', '2027-02-30', '6/5/27', 'Juni 5 2027', 'soon']) {
    expect(readingsOf(shown), shown).toEqual([]);
  }
});

test('a date that reads two ways, with nothing certain seen, is refused in one sentence: what was shown, both readings, what to do', () => {
  const error = refusal(() => new PortalDates().read('05/06/2027', "the new secret's end date"));
  expect(error.kind).toBe('other');
  expect(error.message).toBe(
    "The portal shows the new secret's end date as 05/06/2027, which is 5 June 2027 (2027-06-05) read day first or 6 May 2027 (2027-05-06) read month first, " +
      'and no other date on the page tells which its regional format uses: run again with --date-order day-first or --date-order month-first ' +
      '(or PORTAL_DATE_ORDER), as your Portal settings → Language + region write dates.',
  );
  // Another date that reads two ways is no evidence either.
  const dates = new PortalDates();
  dates.saw('03/04/2027', 'the client secrets list');
  expect(dates.needsEvidence).toBe(true);
  refusal(() => dates.read('05/06/2027', 'the end date'));
});

test('a date that reads one way settles the order for the dates that read two', () => {
  const dayFirst = new PortalDates();
  dayFirst.saw('21/06/2027', 'the client secrets list');
  expect(dayFirst.settledBy).toBe('21/06/2027 in the client secrets list');
  expect(dayFirst.read('05/06/2027', 'the end date')).toBe('2027-06-05');
  const monthFirst = new PortalDates();
  monthFirst.saw('6/21/2027', 'the client secrets list');
  expect(monthFirst.read('6/5/2027', 'the end date')).toBe('2027-06-05');
  // Dots are day first.
  const dots = new PortalDates();
  dots.saw('05.06.2027', 'the client secrets list');
  expect(dots.read('07/08/2027', 'the end date')).toBe('2027-08-07');
});

test('ISO and month names are certain by themselves and need no evidence', () => {
  const dates = new PortalDates();
  expect(dates.read('2027-06-05', 'the end date')).toBe('2027-06-05');
  expect(dates.needsEvidence).toBe(false);
  expect(new PortalDates().read('Jun 5, 2027', 'the end date')).toBe('2027-06-05');
  // ...but say nothing of the order numbers are written in.
  refusal(() => dates.read('05/06/2027', 'the end date'));
});

test("a date known to be today settles the order, a day either way for the browser's time zone, unless day and month are one number", () => {
  const cases: [shown: string, today: string, order: 'day-first' | 'month-first' | undefined][] = [
    ['07/12/2026', '2026-12-07', 'day-first'],
    ['12/7/2026', '2026-12-07', 'month-first'],
    ['06/12/2026', '2026-12-07', 'day-first'], // the browser is a day behind UTC
    ['12/12/2026', '2026-12-12', undefined],
    ['05/05/2026', '2026-05-05', undefined],
    ['03/04/2026', '2026-12-07', undefined], // not today: not evidence
  ];
  const READS = { 'day-first': '2027-06-05', 'month-first': '2027-05-06' } as const;
  for (const [shown, today, order] of cases) {
    const dates = new PortalDates();
    dates.sawToday(shown, today, 'the Custom Start box');
    expect(settledReading(dates, '05/06/2027'), shown).toBe(order ? READS[order] : 'unsettled');
  }
});

test('--date-order settles what the page does not, and a date that contradicts it stops the run', () => {
  expect(new PortalDates('day-first').read('05/06/2027', 'the end date')).toBe('2027-06-05');
  expect(new PortalDates('month-first').read('05/06/2027', 'the end date')).toBe('2027-05-06');
  const error = refusal(() => new PortalDates('day-first').saw('6/25/2027', 'the client secrets list'));
  expect(error.kind).toBe('bad-input');
  expect(error.message).toContain('6/25/2027, which can only be read month first, while --date-order day-first says');
  const twoWays = new PortalDates();
  twoWays.saw('25/06/2027', 'the client secrets list');
  expect(refusal(() => twoWays.saw('6/25/2027', 'the client secrets list')).message).toContain('the page writes dates two ways');
});

test('a date is written as the page writes them: its order, separator, padding or month names', () => {
  const write = (sample: string, today: string, iso: string) => {
    const dates = new PortalDates();
    dates.sawToday(sample, today, 'the Custom Start box');
    return dates.write(iso);
  };
  expect(write('07/12/2026', '2026-12-07', '2027-06-05')).toBe('05/06/2027');
  expect(write('12/7/2026', '2026-12-07', '2027-06-05')).toBe('6/5/2027');
  expect(write('07.12.2026', '2026-12-07', '2027-06-05')).toBe('05.06.2027');
  expect(write('7.12.2026', '2026-12-07', '2027-06-05')).toBe('5.6.2027');
  expect(write('2026-12-07', '2026-12-07', '2027-06-05')).toBe('2027-06-05');
  expect(write('7 Dec 2026', '2026-12-07', '2027-09-21')).toBe('21 Sep 2027');
  expect(write('Dec 7, 2026', '2026-12-07', '2027-06-05')).toBe('Jun 5, 2027');
  expect(write('December 7, 2026', '2026-12-07', '2027-06-05')).toBe('June 5, 2027');
  // Nothing that tells: nothing is typed.
  expect(write('12/12/2026', '2026-12-12', '2027-06-05')).toBeUndefined();
  // Only --date-order: as en-GB and en-US write theirs.
  expect(new PortalDates('day-first').write('2027-06-05')).toBe('05/06/2027');
  expect(new PortalDates('month-first').write('2027-06-05')).toBe('6/5/2027');
});

test('read back by day: the same day in other words is the same, another day or a part of a date is not', () => {
  const dates = new PortalDates('month-first');
  for (const shown of ['6/18/2027', '06/18/2027', '2027-06-18', 'Fri Jun 18 2027', 'June 18, 2027']) expect(dates.shows(shown, '2027-06-18'), shown).toBe(true);
  for (const shown of ['6/19/2027', '2027-18-06', '6', '6/1', '8/2027', '']) expect(dates.shows(shown, '2027-06-18'), shown).toBe(false);
});

test("every regional format the simulator renders is read as the day it is, and what the runbook types is what the simulator's boxes read", () => {
  const today = new Date(2026, 11, 7);
  for (const format of REGIONAL_FORMATS) {
    const dates = new PortalDates();
    dates.sawToday(shortDate(today, format), '2026-12-07', 'the Custom Start box');
    for (const day of [new Date(2027, 5, 5), new Date(2027, 8, 21), new Date(2028, 0, 31)]) {
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      expect(dates.read(shortDate(day, format), 'the date'), `${format} ${iso}`).toBe(iso);
      expect(parseShortDate(dates.write(iso)!, format)?.getTime(), `${format} types ${dates.write(iso)}`).toBe(day.getTime());
    }
  }
});

test("the new row's check reads its end date as the page writes dates: settled, refused, or the wrong day", () => {
  const row = { description: 'ci', value: `abc8Q~${'x'.repeat(34)}`, secretId: '08e93f9a-4c24-4924-86bb-6405f8c2b6aa', expires: '05/06/2027' };
  const learned = new PortalDates();
  learned.saw('21/06/2027', 'the client secrets list');
  expect(checkNewRow(row, { description: 'ci', endDate: '2027-06-05' }, learned)).toEqual({ hint: 'abc', expires: '2027-06-05' });
  // Asked for 2027-06-05: the month-first reading would match, and is still not taken without evidence.
  expect(refusal(() => checkNewRow(row, { description: 'ci', endDate: '2027-06-05' }, new PortalDates())).message).toContain('read day first or');
  const wrong = refusal(() => checkNewRow(row, { description: 'ci', endDate: '2027-05-06' }, learned));
  expect(wrong.kind).toBe('portal-refused');
  expect(wrong.message).toBe('The portal set the new secret to expire on 2027-06-05, not 2027-05-06 as asked (it shows 05/06/2027, read day first as 21/06/2027 in the client secrets list says).');
});
