// The row Add creates in the client secrets table, the one time its value shows (portal.md §7.11):
// found among rows not listed before Add, and read once the table has settled with it in.
import type { Locator } from 'playwright';
import type { CertificatesSecretsBlade, SecretRow } from './certificates-secrets-blade.ts';
import { firstOf } from './race.ts';

const LIST_TIMEOUT = 45_000;

/** Rows now listed that were not before (by Secret ID, or by description and end date in 2019). */
export function created(now: SecretRow[], before: SecretRow[]): SecretRow[] {
  const left = [...before];
  return now.filter((row) => {
    const index = left.findIndex((old) => (row.secretId ? old.secretId === row.secretId : old.description === row.description && old.expires === row.expires));
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
}

export class NewSecretRow {
  /** The row once it shows: a Secret ID not listed before, or (no Secret ID column) the one with a full value. */
  readonly locator: Locator;

  constructor(
    private readonly blade: CertificatesSecretsBlade,
    /** What the table listed before Add. */
    readonly before: SecretRow[],
    withSecretIds: boolean,
  ) {
    this.locator = blade.newRow(before, withSecretIds);
  }

  /**
   * The new rows as listed, once the list has them: the new row drawn, or (a virtualised grid with
   * it out of view) the tab counting more than before. Every row is read, however drawn.
   */
  async listed(): Promise<SecretRow[]> {
    const counted = this.blade.clientSecretsTab.filter({ hasNotText: new RegExp(`\\(${this.before.length}\\)`) });
    await firstOf({ drawn: this.locator.first(), counted }, { timeout: LIST_TIMEOUT });
    return created(await this.blade.allSecrets({ shown: true }), this.before);
  }

  /** The one new row with its value; throws when there is none, or more than one. */
  async read(): Promise<SecretRow> {
    const fresh = (await this.listed()).filter((row) => row.value !== '' && !row.value.includes('*'));
    if (fresh.length !== 1) throw new Error(`Expected one new secret with its value after Add, found ${fresh.length}.`);
    return fresh[0]!;
  }
}
