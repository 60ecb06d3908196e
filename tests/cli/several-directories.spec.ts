// create-secret --tenant naming a directory the account is not a member of: the sign-in service
// refuses it (AADSTS50020), the command says so naming the directory, exits 3, and nothing is
// added or deleted in any directory. The right directory is used: tests/runbook/several-directories.spec.ts.
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecretRun } from '../support/create-secret-run.ts';

test('a directory the account cannot access is refused with exit 3, and nothing is done anywhere', async ({ simulator, admin }) => {
  const before = await admin.allSecretIds();
  const run = await createSecretRun(simulator, admin, 'Puzzel Office 365 connector', ['--tenant', 'northwind-sim.onmicrosoft.com']);
  expect(run.code).toBe(3);
  expect(run.stderr).toMatch(/cannot enter the directory northwind-sim\.onmicrosoft\.com: the sign-in service refused it \("AADSTS50020: .*does not exist in tenant 'Northwind Traders \(simulated\)'.*Nothing was changed/);
  expect(run.stdout).toBe('');
  // The refusal page is the directory's answer, not a sign-in the run should answer again.
  expect(run.stderr).not.toMatch(/sign in again/);
  expect(await admin.allSecretIds()).toEqual(before);
  const { events } = await admin.state();
  expect(events.filter((event) => event.kind.startsWith('secret-'))).toEqual([]);
  expect(events.filter((event) => event.kind === 'directory-refused')).toHaveLength(1);
});
