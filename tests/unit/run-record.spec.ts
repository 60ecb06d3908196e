// The run record: one JSON line per change, private, never a value; two runs appending at once
// keep their lines whole.
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Redactor } from '../../runbooks/redact.ts';
import { createdByThisTool, destinationKinds, entryFor, readRecord, recordFilePath, RunRecord, type NewRecordEntry } from '../../runbooks/run-record.ts';

// Built, not written out: no secret-shaped literal in the tests.
const VALUE = `rec8Q~${'p'.repeat(20)}${'q'.repeat(14)}`;
const SECRET_ID = '33333333-3333-4333-8333-333333333333';

function entry(overrides: Partial<NewRecordEntry> = {}): NewRecordEntry {
  return {
    account: 'admin@contoso.example',
    tenantId: '44444444-4444-4444-8444-444444444444',
    appName: 'Demo app',
    appId: '11111111-1111-4111-8111-111111111111',
    operation: 'add',
    secretId: SECRET_ID,
    hint: VALUE.slice(0, 3),
    description: 'ci',
    endDate: '2027-06-05',
    destination: 'file',
    verifiedAfterSeconds: 1.5,
    ...overrides,
  };
}

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'run-record-'));
}

test('an entry is appended as one JSON line, the file 0600 in a new 0700 folder, and read back', async () => {
  const file = join(await folder(), 'state', 'azure-portal-runbook', 'record.jsonl');
  const record = new RunRecord({ file });
  const first = await record.append(entry());
  await record.append(entry({ operation: 'rollback', destination: undefined, verifiedAfterSeconds: undefined }));
  expect(first.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect((await stat(join(file, '..'))).mode & 0o777).toBe(0o700);
  const lines = (await readFile(file, 'utf8')).split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[2]).toBe('');
  expect(JSON.parse(lines[0]!)).toEqual(first);
  const entries = await readRecord(file);
  expect(entries.map((e) => e.operation)).toEqual(['add', 'rollback']);
  expect(entries[1]).not.toHaveProperty('destination');
});

test('a record made with a wider mode is narrowed to 0600', async () => {
  const file = join(await folder(), 'record.jsonl');
  await writeFile(file, '');
  await chmod(file, 0o644);
  await new RunRecord({ file }).append(entry());
  expect((await stat(file)).mode & 0o777).toBe(0o600);
});

test('an entry holding a secret value is refused, naming the field and not the value, and nothing is written', async () => {
  const file = join(await folder(), 'record.jsonl');
  const redactor = new Redactor();
  const registered = ['not', 'shaped', 'like', 'a', 'client', 'secret'].join('-');
  redactor.add(registered);
  const record = new RunRecord({ file, redactor });
  await expect(record.append(entry({ description: `made with ${registered}` }))).rejects.toThrow('Run record: refused an entry whose "description" holds a secret value (nothing was written).');
  // Anything shaped like a client secret value, registered or not.
  const error = await new RunRecord({ file }).append(entry({ appName: VALUE })).catch((caught: Error) => caught);
  expect(String(error)).toContain('"appName" holds a secret value');
  expect(String(error)).not.toContain(VALUE);
  // A CreatedSecret passed whole: its value field is not in the schema.
  const withValue = { ...entry(), value: 'plain' } as NewRecordEntry;
  await expect(record.append(withValue)).rejects.toThrow('Run record: refused an entry: entry: Unrecognized key: "value" (nothing was written).');
  expect(await readRecord(file)).toEqual([]);
});

test('entryFor keeps the fields a record may hold, and the kinds of destination only', () => {
  const made = entryFor(
    { appName: 'Demo app', appId: '11111111-1111-4111-8111-111111111111', secretId: SECRET_ID, hint: VALUE.slice(0, 3), description: 'ci', expires: '2027-06-05' },
    { account: 'admin@contoso.example', operation: 'add', destinations: [{ kind: 'github-actions-mask' }, { kind: 'file' }, { kind: 'command' }, { kind: 'json-stdout' }] },
  );
  expect(made).toEqual({
    account: 'admin@contoso.example', tenantId: null, appName: 'Demo app', appId: '11111111-1111-4111-8111-111111111111', operation: 'add',
    secretId: SECRET_ID, hint: 'rec', description: 'ci', endDate: '2027-06-05', destination: 'file,command,json-stdout',
  });
  expect(destinationKinds([])).toBe('');
});

test('createdByThisTool: a secret this tool added, by Secret ID', async () => {
  const file = join(await folder(), 'record.jsonl');
  await writeFile(file, 'half a line from a crash {"at":\n', { mode: 0o600 });
  const record = new RunRecord({ file });
  await record.append(entry());
  await record.append(entry({ operation: 'delete', secretId: '55555555-5555-4555-8555-555555555555' }));
  const entries = await readRecord(file);
  expect(entries).toHaveLength(2);
  expect(createdByThisTool(entries, SECRET_ID)).toBe(true);
  expect(createdByThisTool(entries, SECRET_ID.toUpperCase())).toBe(true);
  expect(createdByThisTool(entries, '55555555-5555-4555-8555-555555555555')).toBe(false);
  expect(createdByThisTool(entries, null)).toBe(false);
  expect(await readRecord(join(file, '..', 'none.jsonl'))).toEqual([]);
});

test('the record path: the flag, else PORTAL_RECORD_FILE, else under XDG_STATE_HOME', () => {
  expect(recordFilePath({ env: { XDG_STATE_HOME: '/state' } })).toBe('/state/azure-portal-runbook/record.jsonl');
  expect(recordFilePath({ env: { XDG_STATE_HOME: '/state', PORTAL_RECORD_FILE: '/elsewhere/r.jsonl' } })).toBe('/elsewhere/r.jsonl');
  expect(recordFilePath({ flag: '/flag/r.jsonl', env: { PORTAL_RECORD_FILE: '/elsewhere/r.jsonl' } })).toBe('/flag/r.jsonl');
  expect(() => recordFilePath({ flag: ' ' })).toThrow('--record: name a file.');
  expect(() => recordFilePath({ env: { PORTAL_RECORD_FILE: '' } })).toThrow(/^PORTAL_RECORD_FILE is set but empty/);
});

test('two processes appending at once never interleave their lines', async () => {
  const dir = await folder();
  const file = join(dir, 'record.jsonl');
  const script = join(dir, 'append.mjs');
  const moduleUrl = pathToFileURL(join(process.cwd(), 'runbooks', 'run-record.ts')).href;
  // Long lines (a 4 KB description) make a torn write show.
  await writeFile(script, `
import { RunRecord } from ${JSON.stringify(moduleUrl)};
const [file, who] = process.argv.slice(2);
const record = new RunRecord({ file });
const base = ${JSON.stringify(entry())};
for (let i = 0; i < 150; i += 1) await record.append({ ...base, description: who.repeat(4096) + ' ' + i });
`);
  const run = promisify(execFile);
  await Promise.all(['a', 'b'].map((who) => run(process.execPath, ['--import', 'tsx', script, file, who], { cwd: process.cwd() })));
  const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
  expect(lines).toHaveLength(300);
  const entries = lines.map((line) => JSON.parse(line) as { description: string });
  for (const who of ['a', 'b']) {
    const mine = entries.filter((e) => e.description.startsWith(who)).map((e) => e.description);
    expect(mine).toEqual(Array.from({ length: 150 }, (_, i) => `${who.repeat(4096)} ${i}`));
  }
  expect((await readRecord(file))).toHaveLength(300);
});
