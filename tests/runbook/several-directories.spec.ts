// --tenant: the run enters the directory named and proves it before touching anything. The
// simulator's guest account (alex.admin, a guest in Fabrikam) has an app of the same name in both
// directories, so a secret added in the wrong one shows in the simulator's record. The refusal
// goes through the command (tests/cli/several-directories.spec.ts).
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecret } from '../../runbooks/create-secret-runbook.ts';
import type { CreateSecretRequest } from '../../runbooks/create-secret-request.ts';
import { withPortalRun } from '../../runbooks/portal-run.ts';
import { optionsFor } from './runbook-support.ts';

const APP = 'Puzzel Office 365 connector';
const FABRIKAM = 'fabrikam-sim.onmicrosoft.com';

function request(): CreateSecretRequest {
  return { app: { kind: 'name', displayName: APP }, description: 'fabrikam ci', expires: { kind: 'days', days: 90 }, navigate: false, dryRun: false };
}

test('a secret added with --tenant lands in that directory, not in the home app of the same name', async ({ simulator, admin }) => {
  const home = await admin.app(APP);
  const result = await createSecret(request(), optionsFor(simulator, { directory: FABRIKAM }));
  const fabrikam = await admin.directory(FABRIKAM);
  const app = fabrikam.apps.find((candidate) => candidate.displayName === APP)!;
  expect(app.secrets.map((secret) => secret.displayName)).toEqual(['fabrikam ci']);
  expect(result).toMatchObject({ kind: 'created', secret: { appId: app.appId, tenantId: fabrikam.tenantId } });
  expect((await admin.app(APP)).secrets).toEqual(home.secrets);
});

test('run.enterDirectory moves a signed-in run to another directory (by "Switch" when the link does not), and is idempotent there', async ({ simulator, admin }) => {
  const { tenantId } = await admin.directory(FABRIKAM);
  // A portal that stays in its directory whatever the address names: only Portal settings → Switch moves it.
  await admin.configure({ faults: ['directory-link-ignored'] });
  const options = optionsFor(simulator);
  await withPortalRun(options, async (run) => {
    await run.signIn();
    const entered = await run.enterDirectory(tenantId);
    expect(entered.tenantId).toBe(tenantId);
    expect(entered.domain).toBe(FABRIKAM);
    const sameAgain = await run.enterDirectory(FABRIKAM);
    expect(sameAgain).toBe(entered);
    const { app } = await run.reach({ kind: 'name', displayName: APP });
    expect(app.appId).toBe((await admin.directory(FABRIKAM)).apps.find((candidate) => candidate.displayName === APP)!.appId);
    expect((await run.tenantIdOf(app)).tenantId).toBe(tenantId);
    // Northwind (no demo account in it) is not in the Directories + subscriptions list: refused, the run stays in Fabrikam.
    await expect(run.enterDirectory('northwind-sim.onmicrosoft.com')).rejects.toMatchObject({ kind: 'directory-refused', message: /not among the directories .*Fabrikam \(simulated\).*Nothing was changed/ });
    expect(run.directory).toBe(entered);
  });
  // Fabrikam entered once (the second call found the run there), then Northwind tried.
  expect(options.steps.titles.filter((title) => title.startsWith('Enter the directory'))).toEqual([`Enter the directory ${tenantId}`, 'Enter the directory northwind-sim.onmicrosoft.com']);
  // The trip to sign in to Fabrikam is the portal's own means, not a session that ended.
  const notes = options.steps.notes.join('\n');
  expect(notes).not.toMatch(/session ended/);
  expect(notes).toMatch(/stayed in another directory: switching in Portal settings/);
});
