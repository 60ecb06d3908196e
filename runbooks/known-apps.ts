// Which Application (client) ID an app's display name had, per portal, account and directory (the
// one --tenant named; without it, the one the portal opens in), so a later run
// by name opens the app by deep link instead of searching App registrations. Not a secret; the
// blade's title confirms it on every use, and a renamed or deleted app falls back to the list.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PortalAccount } from '../lib/account.ts';
import { stateHomeFile } from '../lib/state-home.ts';
import type { AppMatch } from '../pages/app-registrations-blade.ts';
import { writePrivateFileAtomically } from './delivery/atomic-file.ts';

type Entries = Record<string, Record<string, string>>;

export class KnownApps {
  /** This portal and account, whatever the directory. */
  private readonly base: string;
  private key: string;

  constructor(
    account: Pick<PortalAccount, 'portalUrl' | 'username'>,
    private readonly file = stateHomeFile('known-apps.json'),
  ) {
    // The tenant is the account's; the key says which portal and account without naming either.
    this.base = createHash('sha256').update(`${new URL(account.portalUrl).origin}\n${account.username.toLowerCase()}`).digest('hex');
    this.key = this.base;
  }

  /**
   * From now on names and the tenant ID are those of this directory (the run entered it by
   * --tenant): an app ID seen in one directory is never tried in another.
   */
  useDirectory(tenantId: string): void {
    this.key = `${this.base}@${tenantId.toLowerCase()}`;
  }

  /** The Application ID last seen for exactly this display name, if any. */
  async idFor(displayName: string): Promise<string | undefined> {
    return (await this.entries())[this.key]?.[displayName];
  }

  async remember(app: AppMatch): Promise<void> {
    await this.change((names) => {
      names[app.displayName] = app.appId;
    });
  }

  /** The Directory (tenant) ID this account's portal showed last (its Overview's Essentials). */
  async tenantId(): Promise<string | undefined> {
    return (await this.entries())[`${this.key}:tenant`]?.tenantId;
  }

  async rememberTenant(tenantId: string): Promise<void> {
    await this.changeEntry(`${this.key}:tenant`, (entry) => {
      entry.tenantId = tenantId;
    });
  }

  async forget(displayName: string): Promise<void> {
    await this.change((names) => {
      delete names[displayName];
    });
  }

  /** Forgets every app name of this portal and account, in every directory (logout); how many there were. */
  async forgetAll(): Promise<number> {
    try {
      const entries = await this.entries();
      const keys = Object.keys(entries).filter((key) => key === this.base || (key.startsWith(`${this.base}@`) && !key.endsWith(':tenant')));
      const count = keys.reduce((sum, key) => sum + Object.keys(entries[key] ?? {}).length, 0);
      if (keys.length === 0) return 0;
      for (const key of keys) delete entries[key];
      await writePrivateFileAtomically(this.file, `${JSON.stringify(entries)}\n`, true);
      return count;
    } catch {
      return 0;
    }
  }

  private async entries(): Promise<Entries> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as Entries;
    } catch {
      return {};
    }
  }

  /** A memory that cannot be written only costs the list search next time. */
  private change(edit: (names: Record<string, string>) => void): Promise<void> {
    return this.changeEntry(this.key, edit);
  }

  private async changeEntry(key: string, edit: (names: Record<string, string>) => void): Promise<void> {
    try {
      const entries = await this.entries();
      const names = (entries[key] ??= {});
      edit(names);
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      await writePrivateFileAtomically(this.file, `${JSON.stringify(entries)}\n`, true);
    } catch {
      // not fatal
    }
  }
}
