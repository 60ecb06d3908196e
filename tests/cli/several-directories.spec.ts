// create-secret --tenant naming a directory the account is not a member of: the sign-in service
// refuses it (AADSTS50020), the command says so naming the directory, exits 3, and nothing is
// added or deleted in any directory. The right directory is used: tests/runbook/several-directories.spec.ts,
// and per row of an apps file below.
import { test, expect } from '../support/simulator-fixture.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSecretRun } from '../support/create-secret-run.ts';
import { accountEnv } from '../support/account-env.ts';
import { runCli } from '../support/cli.ts';
import { runFolder } from '../support/run-folder.ts';

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

test('an apps file whose rows name directories: each app is done in its own, the one sign-in kept', async ({ simulator, admin }) => {
  const dir = await runFolder('many-directories');
  const home = (await admin.state()).tenant;
  // The same name in both directories: only the directory each row names tells which app it is.
  await writeFile(join(dir, 'apps.yaml'), [
    '- app: Contoso HR sync\n  tenant: fabrikam-sim.onmicrosoft.com\n  output: fabrikam.json\n',
    `- app: Contoso HR sync\n  tenant: ${home.tenantId}\n  output: home.json\n`,
  ].join(''));
  const result = await runCli(['create-secret', '--apps', 'apps.yaml', '--description', 'per directory', '--json'], { env: accountEnv(simulator), cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  const fabrikam = await admin.directory('fabrikam-sim.onmicrosoft.com');
  const [inFabrikam, atHome] = [fabrikam, (await admin.state()).tenant].map((directory) => directory.apps.find((app) => app.displayName === 'Contoso HR sync')!.secrets.filter((secret) => secret.displayName === 'per directory'));
  expect([inFabrikam, atHome].map((added) => added!.length)).toEqual([1, 1]);
  const documents = await Promise.all(['fabrikam.json', 'home.json'].map(async (file) => JSON.parse(await readFile(join(dir, file), 'utf8')) as { value: string; tenantId: string }));
  expect(documents.map(({ value, tenantId }) => [value, tenantId])).toEqual([[inFabrikam![0]!.value, fabrikam.tenantId], [atHome![0]!.value, home.tenantId]]);
  expect((await admin.signIns(simulator.account.username)).full).toBe(1);
});
