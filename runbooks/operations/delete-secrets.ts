// Operation "delete chosen secrets" on a signed-in run: each row's delete control, the
// confirmation, and then the list read back, to prove that exactly those rows are gone and no
// other. An interruption meanwhile (the portal signed in again) opens the blade afresh and goes
// on with the rows still listed.
import type { SecretRow } from '../../pages/certificates-secrets-blade.ts';
import { RunbookError } from '../errors.ts';
import { entryFor } from '../run-record.ts';
import type { PortalRun } from '../portal-run.ts';
import type { ReachedBlade } from '../reach-credentials.ts';

export interface Deletion {
  deleted: SecretRow[];
  /** The rows listed after, all of them rows that were asked to stay. */
  after: SecretRow[];
}

const same = (a: SecretRow, b: SecretRow): boolean => (a.secretId ? a.secretId === b.secretId : a.description === b.description && a.expires === b.expires);

export function describeSecret(row: { description: string; secretId: string | null }): string {
  return `"${row.description}"${row.secretId ? ` (Secret ID ${row.secretId})` : ''}`;
}

export async function deleteSecrets(run: PortalRun, reached: ReachedBlade, chosen: SecretRow[], why: string, operation: 'delete' | 'retire' = 'delete'): Promise<Deletion> {
  const { steps } = run;
  let blade = reached.blade;
  let before: SecretRow[] | undefined;
  const deleted: SecretRow[] = [];
  const work = async (): Promise<SecretRow[]> => {
    await blade.selectClientSecrets();
    const listed = await blade.allSecrets();
    before ??= listed;
    for (const row of chosen) {
      const shown = listed.find((candidate) => same(candidate, row));
      if (!shown) continue;
      await steps.run(`Delete the secret ${describeSecret(row)} (${why})`, () => run.redactor.guard(() => blade.deleteRow(blade.rowOf(shown))));
      if (!deleted.some((done) => same(done, row))) deleted.push(row);
    }
    return blade.allSecrets();
  };
  const title = `Delete ${chosen.length === 1 ? 'a secret' : `${chosen.length} secrets`} of ${reached.app.displayName}`;
  const after = await run.session.guard.protect(title, work, async () => {
    blade = await run.navigator.reopen(reached.app);
  });
  // Read back: exactly the chosen rows are gone, every other row is still there.
  const stillListed = chosen.filter((row) => after.some((candidate) => same(candidate, row)));
  if (stillListed.length > 0) {
    throw new RunbookError('other', `After Delete the portal still lists ${stillListed.map(describeSecret).join(', ')}.`);
  }
  const vanished = (before ?? []).filter((row) => !chosen.some((wanted) => same(wanted, row)) && !after.some((candidate) => same(candidate, row)));
  if (vanished.length > 0) {
    throw new RunbookError('other', `After Delete the portal no longer lists ${vanished.map(describeSecret).join(', ')}, which was not asked for: check the app's Certificates & secrets.`);
  }
  const { tenantId } = await run.tenantIdOf(reached.app);
  const { displayName: appName, appId } = reached.app;
  await run.remember(
    deleted.map((row) =>
      entryFor(
        { appName, appId, secretId: row.secretId || null, hint: row.value.replace(/\*+.*$/, '').slice(0, 3), description: row.description, expires: run.readDate(row.expires) },
        { account: run.account.username, tenantId, operation },
      ),
    ),
  );
  return { deleted, after };
}
