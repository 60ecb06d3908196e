// The simulator's command-line flags (shared by `simulator` and `create-secret --simulator`)
// map onto SimulatorOptions, and refuse bad values naming the flag.
import { test, expect } from '@playwright/test';
import yargs from 'yargs';
import { simulatorOptionsFrom, withSimulatorFlags, type SimulatorFlags } from '../../cli/simulator-flags.ts';

function optionsFrom(args: string[]) {
  const parser = withSimulatorFlags(yargs(args).exitProcess(false).fail((message, error) => {
    throw error ?? new Error(message);
  }));
  return simulatorOptionsFrom(parser.parseSync() as unknown as SimulatorFlags);
}

test('defaults: server filtering, no pane frame, welcome at once, no survey', () => {
  expect(optionsFrom([])).toMatchObject({ listFilter: 'server', paneFrame: false, welcomeDelay: 0, surveyDelay: undefined, regionalFormat: 'en-US' });
});

test('--regional-format takes each format the simulator writes dates in', () => {
  for (const format of ['en-US', 'en-GB', 'de-DE', 'iso', 'en-GB-names', 'en-US-names']) {
    expect(optionsFrom(['--regional-format', format]).regionalFormat).toBe(format);
  }
});

test('the five behaviours as flags', () => {
  const options = optionsFrom(['--pane-frame', '--list-filter', 'client', '--welcome', '--welcome-delay', '1500', '--survey-delay', '2000',
    '--faults', 'session-end-after=apps,stale-responses']);
  expect(options).toMatchObject({ paneFrame: true, listFilter: 'client', welcome: true, welcomeDelay: 1500, surveyDelay: 2000 });
  expect(options.faults).toMatchObject({ staleResponses: true, sessionEndAfter: { after: 'apps', occurrence: 1, signOut: false, random: false } });
  expect(optionsFrom(['--faults', 'sign-out-after=any']).faults.sessionEndAfter).toMatchObject({ after: 'any', signOut: true });
});

test('bad values are refused, naming the flag or fault', () => {
  expect(() => optionsFrom(['--list-filter', 'both'])).toThrow(/list-filter/);
  expect(() => optionsFrom(['--regional-format', 'fr-FR'])).toThrow(/regional-format/);
  expect(() => optionsFrom(['--welcome-delay', '-5'])).toThrow(/--welcome-delay must be a whole number/);
  expect(() => optionsFrom(['--survey-delay', 'soon'])).toThrow(/--survey-delay must be a whole number/);
  expect(() => optionsFrom(['--faults', 'session-end-after=lunch'])).toThrow(/session-end-after=lunch/);
  expect(() => optionsFrom(['--faults', 'session-end-after=me,sign-out-after=app'])).toThrow(/only one of/);
});

test('--token-propagation and the token-never fault', () => {
  expect(optionsFrom([]).tokenPropagation).toBe(4000);
  const options = optionsFrom(['--token-propagation', '0', '--faults', 'token-never']);
  expect(options.tokenPropagation).toBe(0);
  expect(options.faults.tokenNever).toBe(true);
  expect(() => optionsFrom(['--token-propagation', '-1'])).toThrow(/--token-propagation must be a whole number/);
});
