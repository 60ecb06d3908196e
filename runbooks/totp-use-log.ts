// Which authenticator period each account last used, kept across runs: the sign-in service
// refuses a code used before, so a run started within 30 s of the previous one must wait for
// the next period. Holds only a hash of the account and a period number, never the secret.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PortalAccount } from '../lib/account.ts';
import { stateHomeFile } from '../lib/state-home.ts';
import { writePrivateFileAtomically } from './delivery/atomic-file.ts';

export function defaultTotpUseLogFile(env: NodeJS.ProcessEnv = process.env): string {
  return stateHomeFile('totp-periods.json', env);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class TotpUseLog {
  /** `<hash of portal and account>.<hash of all three>`: logout forgets the account's whatever its secret. */
  private readonly key: string;
  private readonly accountPrefix: string;
  /** The key of the first logs (one hash of all three), forgotten by logout when the secret is given. */
  private readonly olderKey: string;

  constructor(
    account: Pick<PortalAccount, 'portalUrl' | 'username' | 'totpSecret'>,
    private readonly file = defaultTotpUseLogFile(),
  ) {
    const origin = new URL(account.portalUrl).origin;
    const who = `${origin}\n${account.username.toLowerCase()}`;
    this.olderKey = sha256(`${who}\n${account.totpSecret}`);
    this.accountPrefix = `${sha256(who).slice(0, 32)}.`;
    this.key = `${this.accountPrefix}${this.olderKey.slice(0, 32)}`;
  }

  private async entries(): Promise<Record<string, number>> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as Record<string, number>;
    } catch {
      return {};
    }
  }

  async lastUsed(): Promise<number | undefined> {
    return (await this.entries())[this.key];
  }

  /** Forgets this account's used periods (logout), whichever secret they were for; true when there were some. */
  async forget(): Promise<boolean> {
    try {
      const entries = await this.entries();
      const mine = Object.keys(entries).filter((key) => key.startsWith(this.accountPrefix) || key === this.olderKey);
      if (mine.length === 0) return false;
      for (const key of mine) delete entries[key];
      await writePrivateFileAtomically(this.file, `${JSON.stringify(entries)}\n`, true);
      return true;
    } catch {
      return false;
    }
  }

  /** Remembers `period` as used; a log that cannot be written only costs a wait next time. */
  async record(period: number): Promise<void> {
    try {
      const entries = await this.entries();
      entries[this.key] = Math.max(period, entries[this.key] ?? period);
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      await writePrivateFileAtomically(this.file, `${JSON.stringify(entries)}\n`, true);
    } catch {
      // not fatal: the sign-in page will refuse a replayed code and say so
    }
  }
}
