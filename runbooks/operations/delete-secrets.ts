// Operation "delete chosen secrets" on a signed-in run: each row's delete control, the
// confirmation, and then the list read back, to prove that exactly those rows are gone and no
// other. An interruption meanwhile (the portal signed in again) opens the blade afresh and goes
// on with the rows still listed.
import type { SecretRow } from '../../pages/certificates-secrets-blade.ts';
import { DeleteRefusedError } from '../../pages/delete-confirmation.ts';
import { RunbookError } from '../errors.ts';
import { entryFor } from '../run-record.ts';
import type { PortalRun } from '../portal-run.ts';
import type { ReachedBlade } from '../reach-credentials.ts';

export interface Deletion {
  deleted: SecretRow[];
  /** The rows listed after, all of them rows that were asked to stay. */
  after: SecretRow[];
}

/**
 * What tells rows apart: the Secret ID, or (none shown, 2019) the description and end date; rows
 * alike in those (two added the same day) are counted, not told apart.
 */
const keyOf = (row: SecretRow): string => row.secretId || `${row.description}\u0001${row.expires}`;

function countBy(rows: SecretRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
  return counts;
}

export function describeSecret(row: { description: string; secretId: string | null }): string {
  return `"${row.description}"${row.secretId ? ` (Secret ID ${row.secretId})` : ''}`;
}

/**
 * `deleted` (the caller's, when given) holds what was deleted so far, also when a later delete
 * fails; each is in the run record either way.
 */
export async function deleteSecrets(
  run: PortalRun,
  reached: ReachedBlade,
  chosen: SecretRow[],
  why: string,
  operation: 'delete' | 'retire' = 'delete',
  deleted: SecretRow[] = [],
): Promise<Deletion> {
  try {
    return await deleteAndReadBack(run, reached, chosen, why, deleted);
  } finally {
    await remember(run, reached, deleted, operation);
  }
}

async function deleteAndReadBack(run: PortalRun, reached: ReachedBlade, chosen: SecretRow[], why: string, deleted: SecretRow[]): Promise<Deletion> {
  const { steps } = run;
  let blade = reached.blade;
  let before: Map<string, number> | undefined;
  const asked = countBy(chosen);
  /** How many rows of each kind must be left: those listed at first, less those asked. */
  const left = (key: string) => (before?.get(key) ?? 0) - (asked.get(key) ?? 0);
  const work = async (): Promise<SecretRow[]> => {
    await blade.selectClientSecrets();
    const listed = countBy(await blade.allSecrets());
    before ??= listed;
    for (const [key] of asked) {
      const row = chosen.find((candidate) => keyOf(candidate) === key)!;
      // Again after an interruption: only as many as are still more than should be left.
      for (let shown = listed.get(key) ?? 0; shown > Math.max(0, left(key)); shown -= 1) {
        await steps.run(`Delete the secret ${describeSecret(row)} (${why})`, () =>
          run.redactor.guard(() =>
            blade.deleteRow(blade.rowOf(row), run.session.shell.credentialsUpdateFailed, blade.rowsAlike(row)).catch((error: unknown) => {
              throw error instanceof DeleteRefusedError ? new RunbookError('portal-refused', `${error.message}: ${describeSecret(row)} is still there.`, { cause: error }) : error;
            }),
          ),
        );
        deleted.push(row);
      }
    }
    return blade.allSecrets();
  };
  const title = `Delete ${chosen.length === 1 ? 'a secret' : `${chosen.length} secrets`} of ${reached.app.displayName}`;
  const after = await run.session.guard.protect(title, work, async () => {
    blade = await run.navigator.reopen(reached.app);
  });
  // Read back: exactly the chosen rows are gone, every other row is still there.
  const now = countBy(after);
  const keys = new Set([...before!.keys(), ...now.keys()]);
  const stillListed = chosen.filter((row) => (now.get(keyOf(row)) ?? 0) > Math.max(0, left(keyOf(row))));
  if (stillListed.length > 0) {
    throw new RunbookError('other', `After Delete the portal still lists ${[...new Set(stillListed.map(describeSecret))].join(', ')}.`);
  }
  const vanished = [...keys].filter((key) => (now.get(key) ?? 0) < left(key));
  if (vanished.length > 0) {
    const names = vanished.map((key) => describeSecret(after.concat(chosen).find((row) => keyOf(row) === key) ?? { description: key.split('\u0001')[0]!, secretId: key.includes('\u0001') ? null : key }));
    throw new RunbookError('other', `After Delete the portal no longer lists ${names.join(', ')}, which was not asked for: check the app's Certificates & secrets.`);
  }
  return { deleted, after };
}

async function remember(run: PortalRun, reached: ReachedBlade, deleted: SecretRow[], operation: 'delete' | 'retire'): Promise<void> {
  if (deleted.length === 0) return;
  const tenantId = run.knownTenantId ?? (await run.tenantIdOf(reached.app).then((read) => read.tenantId, () => null));
  const { displayName: appName, appId } = reached.app;
  await run.remember(
    deleted.map((row) =>
      entryFor(
        { appName, appId, secretId: row.secretId || null, hint: row.value.replace(/\*+.*$/, '').slice(0, 3), description: row.description, expires: run.readDate(row.expires) },
        { account: run.account.username, tenantId, operation },
      ),
    ),
  );
}
