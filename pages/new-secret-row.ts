// The row Add creates in the client secrets table, the one time its value shows (portal.md §7.11):
// found among rows not listed before Add, and read once the table has settled with it in.
import type { Locator } from 'playwright';
import type { CertificatesSecretsBlade, SecretRow } from './certificates-secrets-blade.ts';

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

  /** The new rows as listed now, without waiting for the one with a value (a guide's picture of the row). */
  async listed(): Promise<SecretRow[]> {
    return created(await this.blade.secrets(this.locator.first()), this.before);
  }

  /** The one new row with its value; throws when there is none, or more than one. */
  async read(): Promise<SecretRow> {
    const fresh = (await this.listed()).filter((row) => row.value !== '' && !row.value.includes('*'));
    if (fresh.length !== 1) throw new Error(`Expected one new secret with its value after Add, found ${fresh.length}.`);
    return fresh[0]!;
  }
}
