// The local run record: one JSON line per change this tool made to an app's secrets (added,
// deleted, retired, rolled back), so a later run (list-secrets) can tell its own secrets apart
// and a person can see what happened where. Never a value: an entry holding one is refused.
// The file is private (0600, its folder 0700 when created here), appended one write per line so
// two runs at once never interleave their lines.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { stateHomeFile } from '../lib/state-home.ts';
import type { CreatedSecret } from './created-secret.ts';
import type { SecretDestination } from './delivery/destination.ts';
import { badInput } from './errors.ts';
import { Redactor } from './redact.ts';

export const RECORD_FILE_NAME = 'record.jsonl';
export const RECORD_FILE_VARIABLE = 'PORTAL_RECORD_FILE';
export const RECORD_OPERATIONS = ['add', 'delete', 'retire', 'rollback'] as const;
export type RecordOperation = (typeof RECORD_OPERATIONS)[number];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

const entryShape = {
  /** When the change was made (ISO 8601, UTC). */
  at: z.iso.datetime(),
  /** The account that made it (UPN). */
  account: z.string(),
  /** The tenant's ID; null where the run did not learn it. */
  tenantId: z.string().nullable(),
  appName: z.string(),
  /** Application (client) ID. */
  appId: z.string(),
  operation: z.enum(RECORD_OPERATIONS),
  /** Secret ID (Graph keyId); null where the portal shows none. */
  secretId: z.string().nullable(),
  /** The first three characters of the value, as the portal shows them. */
  hint: z.string().max(3),
  description: z.string(),
  /** The secret's end date (ISO: YYYY-MM-DD, or a date-time). */
  endDate: z.string().regex(ISO_DAY),
  /** The kinds of place the value went (e.g. "file", "env-file,command"): never where exactly. */
  destination: z.string().optional(),
  /** Seconds from Add until the value was read back from every destination. */
  verifiedAfterSeconds: z.number().nonnegative().optional(),
};

/** What is written: nothing else (a `value` field is refused as unknown). */
const writtenEntry = z.strictObject(entryShape);
/** What is read: later versions may add fields. */
const readEntry = z.object(entryShape);

export type RecordEntry = z.infer<typeof writtenEntry>;
export type NewRecordEntry = Omit<RecordEntry, 'at'> & { at?: string };

/** The record's path: --record FILE, else PORTAL_RECORD_FILE, else under XDG_STATE_HOME. */
export function recordFilePath(options: { flag?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const env = options.env ?? process.env;
  if (options.flag !== undefined) {
    if (!options.flag.trim()) throw badInput('--record: name a file.');
    return resolve(options.flag);
  }
  if (env[RECORD_FILE_VARIABLE] !== undefined) {
    if (!env[RECORD_FILE_VARIABLE]!.trim()) throw badInput(`${RECORD_FILE_VARIABLE} is set but empty: name a file, or unset it.`);
    return resolve(env[RECORD_FILE_VARIABLE]!.trim());
  }
  return stateHomeFile(RECORD_FILE_NAME, env);
}

/** The kinds of the destinations a value went to, for `destination` (the log mask is not one). */
export function destinationKinds(destinations: Pick<SecretDestination, 'kind'>[]): string {
  return [...new Set(destinations.map((destination) => destination.kind).filter((kind) => kind && kind !== 'github-actions-mask'))].join(',');
}

/** An entry for a secret the run handled: the fields of a CreatedSecret that may be kept. */
export function entryFor(
  secret: Pick<CreatedSecret, 'appName' | 'appId' | 'secretId' | 'hint' | 'description' | 'expires'>,
  details: { account: string; tenantId?: string | null; operation: RecordOperation; destinations?: Pick<SecretDestination, 'kind'>[]; verifiedAfterSeconds?: number },
): NewRecordEntry {
  return {
    account: details.account,
    tenantId: details.tenantId ?? null,
    appName: secret.appName,
    appId: secret.appId,
    operation: details.operation,
    secretId: secret.secretId,
    hint: secret.hint.slice(0, 3),
    description: secret.description,
    endDate: secret.expires,
    ...(details.destinations ? { destination: destinationKinds(details.destinations) } : {}),
    ...(details.verifiedAfterSeconds !== undefined ? { verifiedAfterSeconds: details.verifiedAfterSeconds } : {}),
  };
}

export class RunRecord {
  readonly file: string;
  private readonly redactor: Redactor;

  /**
   * `redactor`: the run's, so every value it was told about is refused; without one, anything
   * shaped like a client secret value still is.
   */
  constructor(options: { file?: string; flag?: string; env?: NodeJS.ProcessEnv; redactor?: Redactor } = {}) {
    this.file = options.file ? resolve(options.file) : recordFilePath({ flag: options.flag, env: options.env });
    this.redactor = options.redactor ?? new Redactor();
  }

  /** Checks the entry: the schema's fields only, and no field holding a secret value (the field named, never the value). */
  check(entry: NewRecordEntry): RecordEntry {
    for (const [field, text] of Object.entries(entry)) {
      if (this.redactor.holds(typeof text === 'string' ? text : JSON.stringify(text) ?? '')) {
        throw new Error(`Run record: refused an entry whose "${field}" holds a secret value (nothing was written).`);
      }
    }
    const parsed = writtenEntry.safeParse({ at: new Date().toISOString(), ...entry });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`Run record: refused an entry: ${issue.path.join('.') || 'entry'}: ${issue.message} (nothing was written).`);
    }
    return parsed.data;
  }

  /** Appends the entry as one line, in one write (mode 0600; the folder made 0700 if missing). */
  async append(entry: NewRecordEntry): Promise<RecordEntry> {
    const checked = this.check(entry);
    const line = Buffer.from(`${JSON.stringify(checked)}\n`, 'utf8');
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const handle = await open(this.file, 'a', 0o600);
    try {
      // A file made by hand (or by a wider umask's tool) is narrowed: it names apps and accounts.
      if (((await handle.stat()).mode & 0o777) !== 0o600) await handle.chmod(0o600);
      const { bytesWritten } = await handle.write(line);
      if (bytesWritten !== line.length) throw new Error(`Run record ${this.file}: only ${bytesWritten} of ${line.length} bytes were written.`);
    } finally {
      await handle.close();
    }
    return checked;
  }
}

/** The entries in the record, oldest first; none when there is no file. Lines that do not parse (cut short by a crash, edited) are skipped. */
export async function readRecord(file: string): Promise<RecordEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: RecordEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = readEntry.safeParse(json);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

/** True when this tool added the secret with this Secret ID (for list-secrets to mark it). */
export function createdByThisTool(entries: RecordEntry[], secretId: string | null | undefined): boolean {
  if (!secretId) return false;
  const id = secretId.toLowerCase();
  return entries.some((entry) => entry.operation === 'add' && entry.secretId?.toLowerCase() === id);
}
