// create-secret against the simulator for each kind of expiry and both routes: the delivered value
// is the one the portal recorded, with the description and expiry asked for, and it went nowhere
// else. The portal's renderings (frames, markup, sign-in order, overlays, timing, faults) are the
// variant matrix's (tests/matrix), so no rendering runs twice at two levels.
import { test, expect } from '../support/simulator-fixture.ts';
import type { AdminConfigChange } from '../../simulator/admin.ts';
import { createSecretRun, isoDay } from '../support/create-secret-run.ts';

const APP = 'Puzzel Office 365 connector';

interface Variant {
  name: string;
  config: AdminConfigChange;
  expires: string;
  /** Days from today the portal should set the end date to; for 1y/2y, whole years. */
  days?: number;
  years?: number;
  extraArgs?: string[];
  /** The 2019 portal shows no Secret ID column. */
  noSecretIds?: boolean;
}

const variants: Variant[] = [
  { name: 'current portal, deep link', config: {}, expires: '180d', days: 180 },
  { name: 'current portal, by the guide\'s clicks', config: {}, expires: '90d', days: 90, extraArgs: ['--navigate'] },
  { name: 'current portal, Custom end date', config: {}, expires: isoDay(200), days: 200 },
  // The 2019 pane has no Custom box to learn the date order from and the app has no other secret: on
  // days its end date reads two ways (12/7/2027), only --date-order says how (tests/cli/regional-formats.spec.ts).
  { name: '2019 portal, In 2 years', config: { ui: '2019' }, expires: '2y', years: 2, extraArgs: ['--date-order', 'month-first'], noSecretIds: true },
  { name: '2019 portal by clicks, In 1 year', config: { ui: '2019' }, expires: '1y', years: 1, extraArgs: ['--navigate', '--date-order', 'month-first'], noSecretIds: true },
];

function expectedEnd({ days = 0, years = 0 }: Variant): string {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

for (const variant of variants) {
  test.describe(variant.name, () => {
    test.use({ simulatorConfig: variant.config });

    test(`delivers the recorded value (${variant.expires})`, async ({ simulator, admin }) => {
      const description = `runbook test ${variant.name}`.slice(0, 60);
      const run = await createSecretRun(simulator, admin, APP, ['--description', description, '--expires', variant.expires, ...(variant.extraArgs ?? [])]);
      expect(run.stderr).toContain('Created client secret');
      expect(run.code).toBe(0);
      // The first sign-in is the portal handing over to sign-in, not a session that ended.
      expect(run.stderr).not.toContain('sign in again');

      const added = run.after.filter((secret) => !run.before.some((old) => old.keyId === secret.keyId));
      expect(added).toHaveLength(1);
      expect(run.after).toHaveLength(run.before.length + 1);
      const recorded = added[0]!;
      const delivered = await run.document();
      expect(delivered.value).toBe(recorded.value);
      // The 2019 portal has no Secret ID column: the runbook says so rather than guess.
      expect(delivered.secretId).toBe(variant.noSecretIds ? null : recorded.keyId);
      expect(delivered.hint).toBe(recorded.value.slice(0, 3));
      expect(recorded.displayName).toBe(description);
      expect(delivered.description).toBe(description);
      expect(delivered.appName).toBe(APP);
      expect(delivered.appId).toBe((await admin.app(APP)).appId);
      expect(recorded.endDateTime.slice(0, 10)).toBe(expectedEnd(variant));
      expect(delivered.expires).toBe(expectedEnd(variant));
      expect(await run.outputMode()).toBe(0o600);
      expect(await run.leaks(recorded.value)).toEqual([]);
    });
  });
}
