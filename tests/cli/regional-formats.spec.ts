// create-secret on portals whose Language + region write dates otherwise than en-US (issue 21):
// the delivered document is the secret the simulator recorded, ending on the day asked, nothing
// orphaned. A date that reads two ways (05/06/2027) is settled only by what the page shows (the
// Custom Start box filled in with today) or by --date-order; else refused, and what Add created deleted.
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecretRun, isoDay, type CreateSecretRun } from '../support/create-secret-run.ts';
import { saveSignIn } from '../support/saved-sign-in.ts';
import type { RegionalFormat } from '../../simulator/options.ts';
import type { SimulatorAdmin } from '../support/simulator-admin.ts';

const APP = 'Puzzel Office 365 connector';

/** A day a numeric date shows two ways (day ≤ 12 and not the month). */
function readsTwoWays(iso: string): boolean {
  const [, month, day] = iso.split('-').map(Number);
  return day! <= 12 && day !== month;
}

/** Custom's Start (today) tells the order unless today's day is its month (12/12): the browser's day, as the portal fills it in. */
const todaySettles = new Date().getDate() !== new Date().getMonth() + 1;

/** The first end date from `from` days on that reads two ways: a Custom end the check cannot tell by itself. */
function ambiguousEnd(from: number): string {
  for (let days = from; ; days += 1) if (readsTwoWays(isoDay(days))) return isoDay(days);
}

/** A whole number of years from today (the 2019 portal's "In 1 year"). */
function yearsOn(years: number): string {
  const end = new Date();
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end.toISOString().slice(0, 10);
}

/** What a run ended in, against the simulator's record: compared whole with what it should be. */
interface Outcome {
  code: number;
  /** Secrets the app has now that it did not have before the run. */
  added: number;
  /** Of the one added: its description, its recorded end day, and whether the document holds its value and end day. */
  recorded?: { description: string; end: string; deliveredValue: boolean; deliveredEnd: string };
  /** Add was clicked and what it created was deleted again. */
  addedThenDeleted: boolean;
  leaks: string[];
}

async function outcomeOf(run: CreateSecretRun, admin: SimulatorAdmin): Promise<Outcome> {
  const added = run.after.filter((secret) => !run.before.some((old) => old.keyId === secret.keyId));
  const events = (await admin.state()).events.map((event) => event.kind);
  const [secret] = added;
  const document = secret && run.code === 0 ? await run.document() : undefined;
  return {
    code: run.code!,
    added: run.after.length - run.before.length,
    recorded: secret && { description: secret.displayName, end: secret.endDateTime.slice(0, 10), deliveredValue: document?.value === secret.value, deliveredEnd: document?.expires ?? '' },
    addedThenDeleted: events.includes('secret-added') && events.includes('secret-deleted'),
    leaks: (await Promise.all((await admin.issuedValues()).map((value) => run.leaks(value)))).flat(),
  };
}

const delivered = (description: string, end: string): Outcome => ({ code: 0, added: 1, recorded: { description, end, deliveredValue: true, deliveredEnd: end }, addedThenDeleted: false, leaks: [] });
/** Refused after Add (exit 1, or 5 when read as a flag said and found to be another day): nothing left, nothing leaked. */
const refusedAfterAdd = (code = 1): Outcome => ({ code, added: 0, addedThenDeleted: true, leaks: [] });
const stoppedBeforeAdd: Outcome = { code: 2, added: 0, addedThenDeleted: false, leaks: [] };
/** What a refusal of a date that reads two ways tells the user. */
const TWO_WAYS = /read day first or .* read month first, and no other date on the page tells which[\s\S]*--date-order day-first or --date-order month-first[\s\S]*The secret this run added was deleted from the portal, so nothing was left behind/;

test.beforeEach(async ({ simulator }) => {
  await saveSignIn(simulator);
});

test.describe('en-GB (05/06/2027)', () => {
  test.use({ simulatorConfig: { regionalFormat: 'en-GB' } });

  // On the 12 days a year whose day is their month, today's Start tells nothing: then a date that
  // reads two ways is refused after Add, and a Custom one cannot be typed (stopped before Add).
  const presetEnd = isoDay(180);
  const presetOutcome = todaySettles || !readsTwoWays(presetEnd) ? delivered('en-GB 180d', presetEnd) : refusedAfterAdd();
  const customEnd = ambiguousEnd(40);
  const customOutcome = todaySettles ? delivered('en-GB custom', customEnd) : stoppedBeforeAdd;

  test('a brand-new app and the 180-day preset: Custom\'s Start, looked at before Add, tells the order', async ({ simulator, admin }) => {
    const run = await createSecretRun(simulator, admin, APP, ['--description', 'en-GB 180d', '--expires', '180d']);
    expect(await outcomeOf(run, admin), run.stderr).toEqual(presetOutcome);
  });

  test(`a Custom end date that reads two ways (${customEnd}) is typed day first and checked by day`, async ({ simulator, admin }) => {
    const run = await createSecretRun(simulator, admin, APP, ['--description', 'en-GB custom', '--expires', customEnd]);
    expect(await outcomeOf(run, admin), run.stderr).toEqual(customOutcome);
  });
});

for (const { format, shows, expires } of [
  { format: 'de-DE', shows: '05.06.2027', expires: '365d' },
  { format: 'iso', shows: '2027-06-05', expires: 'custom' },
  { format: 'en-GB-names', shows: '5 Jun 2027', expires: 'custom' },
  { format: 'en-US-names', shows: 'Jun 5, 2027', expires: '90d' },
] as { format: RegionalFormat; shows: string; expires: string }[]) {
  test.describe(`${format} (${shows})`, () => {
    test.use({ simulatorConfig: { regionalFormat: format } });

    // Dates these formats write read one way: no evidence is needed, whatever the day.
    const end = expires === 'custom' ? ambiguousEnd(60) : isoDay(Number.parseInt(expires, 10));
    const flag = expires === 'custom' ? end : expires;

    test(`delivers the recorded secret ending on the day asked (${flag})`, async ({ simulator, admin }) => {
      const run = await createSecretRun(simulator, admin, APP, ['--description', `${format} run`, '--expires', flag]);
      expect(await outcomeOf(run, admin), run.stderr).toEqual(delivered(`${format} run`, end));
    });
  });
}

test.describe('the 2019 portal in en-GB: no Custom, a new app, nothing on the page tells the order', () => {
  test.use({ simulatorConfig: { ui: '2019', regionalFormat: 'en-GB' } });

  const inAYear = yearsOn(1);
  const withoutFlag = readsTwoWays(inAYear) ? refusedAfterAdd() : delivered('2019 en-GB', inAYear);

  test(`an end date that reads two ways is refused after Add and the secret deleted (${inAYear}); --date-order day-first settles it`, async ({ simulator, admin }) => {
    const refused = await createSecretRun(simulator, admin, APP, ['--description', '2019 en-GB', '--expires', '1y']);
    expect(await outcomeOf(refused, admin), refused.stderr).toEqual(withoutFlag);
    expect(refused.stderr).toMatch(readsTwoWays(inAYear) ? TWO_WAYS : /Created client secret/);
    await admin.reset({ latency: 40, jitter: 30, ui: '2019', regionalFormat: 'en-GB' });
    await saveSignIn(simulator);
    const settled = await createSecretRun(simulator, admin, APP, ['--description', '2019 en-GB flag', '--expires', '1y', '--date-order', 'day-first']);
    expect(await outcomeOf(settled, admin), settled.stderr).toEqual(delivered('2019 en-GB flag', inAYear));
  });

  // PORTAL_DATE_ORDER month-first on this day-first page: a date that reads two ways is read month
  // first and found to be another day (exit 5); one that reads one way contradicts it (exit 2). Deleted either way.
  const inTwoYears = yearsOn(2);
  const wrongOrder = readsTwoWays(inTwoYears)
    ? { outcome: refusedAfterAdd(5), says: /The portal set the new secret to expire on .*, read month first as --date-order month-first says\)\./ }
    : { outcome: refusedAfterAdd(2), says: /which can only be read day first, while --date-order month-first says/ };

  test('PORTAL_DATE_ORDER is read as the flag is, and checked against what the page shows', async ({ simulator, admin }) => {
    const run = await createSecretRun(simulator, admin, APP, ['--description', '2019 env', '--expires', '2y'], { PORTAL_DATE_ORDER: 'month-first' });
    expect(await outcomeOf(run, admin), run.stderr).toEqual(wrongOrder.outcome);
    expect(run.stderr).toMatch(wrongOrder.says);
    expect(run.stderr).toContain('The secret this run added was deleted from the portal');
  });
});

test('PORTAL_DATE_ORDER that is not an order stops before the browser starts', async ({ simulator, admin }) => {
  const run = await createSecretRun(simulator, admin, APP, ['--expires', '180d'], { PORTAL_DATE_ORDER: 'dd/mm' });
  expect(await outcomeOf(run, admin)).toEqual(stoppedBeforeAdd);
  expect(run.stderr).toContain('PORTAL_DATE_ORDER is "dd/mm": use month-first or day-first');
});
