// --apps FILE is checked whole before any browser starts: each refusal names the file, the line
// and the field, in the words the field's flag would get; no two apps deliver to one place.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appsInput } from '../../cli/apps/apps-input.ts';
import { ENSURE_COLUMNS, LIST_COLUMNS, NEW_SECRET_COLUMNS } from '../../cli/apps/app-summaries.ts';
import { newSecretInput } from '../../cli/new-secret-input.ts';
import type { CreateSecretFlags } from '../../cli/create-secret-input.ts';
import { minDaysFrom } from '../../cli/lifecycle/ensure-input.ts';
import { expiringWithinFrom } from '../../cli/lifecycle/list-input.ts';

const FLAGS: CreateSecretFlags = { app: '', expires: '180d', json: false, force: false, navigate: false, 'dry-run': false };
const newSecret = { columns: NEW_SECRET_COLUMNS, input: (flags: CreateSecretFlags) => newSecretInput(flags, new Date()) };

async function inFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'apps-file-'));
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(() => undefined, (caught: Error) => caught)) as Error & { kind?: string };
  expect(error?.kind).toBe('bad-input');
  return error.message;
}

test('YAML: defaults under each row, each row its own destination; a bare name is a row', async () => {
  const file = await inFile('apps.yaml', 'defaults:\n  expires: 90d\n  description: ci\napps:\n  - app: App one\n    output: one.json\n  - app: App two\n    env-file: two.env\n    env-key: TWO\n    expires: 365d\n');
  const apps = await appsInput(file, FLAGS, newSecret);
  expect(apps.map(({ row, label, input }) => [row.line, label, input.request.description, input.request.expires, input.destinations.map((d) => d.label)])).toEqual([
    [5, 'App one', 'ci', { kind: 'days', days: 90 }, [`file one.json`]],
    [7, 'App two', 'ci', { kind: 'days', days: 365 }, ['TWO in two.env']],
  ]);
  const names = await inFile('names.yaml', '- App one\n- app: App two\n');
  expect((await appsInput(names, {}, { columns: LIST_COLUMNS, input: () => 'listed' })).map(({ row, label }) => [row.line, label])).toEqual([[1, 'App one'], [2, 'App two']]);
});

test('CSV: a header row, # comments and quoted fields; the line of each row', async () => {
  const file = await inFile('apps.csv', 'app,description,to-command\n# the fleet\n"Contoso, HR",hr,"sh -c ""cat > hr.txt"""\n7918d84f-f990-4621-a818-73b0ee8e37a5,id,true\n');
  const apps = await appsInput(file, FLAGS, newSecret);
  expect(apps.map(({ row, label, input }) => [row.line, label, input.request.app])).toEqual([
    [3, 'Contoso, HR', { kind: 'name', displayName: 'Contoso, HR' }],
    [4, '7918d84f-f990-4621-a818-73b0ee8e37a5', { kind: 'id', appId: '7918d84f-f990-4621-a818-73b0ee8e37a5' }],
  ]);
});

test('every refusal names the file, the line and the field; all of them at once', async () => {
  const file = await inFile('apps.csv', 'app,expires,output\nGood,90d,good.json\nBad expiry,100d,bad.json\nNo destination,90d,\nSame place,90d,good.json\n');
  const message = await refusal(appsInput(file, FLAGS, newSecret));
  expect(message).toContain('3 of the 4 rows cannot be done as written; nothing was started');
  expect(message).toContain(`${file} line 3, field expires (100d): the portal offers 90d, 180d`);
  expect(message).toMatch(new RegExp(`${file} line 4: Name where the secret goes`));
  expect(message).toMatch(new RegExp(`${file} line 5: delivers to the same place as line 2 \\(file .*good.json\\)`));
});

test('a field the command does not take, YAML that does not parse, a row without its app, a missing file', async () => {
  expect(await refusal(appsInput(await inFile('a.yaml', '- app: A\n  colour: blue\n'), FLAGS, newSecret))).toMatch(/a\.yaml line 1, field colour: not a field of this command \(it takes app, description/);
  expect(await refusal(appsInput(await inFile('b.yaml', 'apps:\n  - app: A\n   output: [x\n'), FLAGS, newSecret))).toMatch(/b\.yaml line \d: not YAML this tool can read/);
  expect(await refusal(appsInput(await inFile('c.yaml', '- output: x.json\n'), FLAGS, newSecret))).toMatch(/c\.yaml line 1, field app: name the app/);
  expect(await refusal(appsInput(await inFile('d.yaml', 'apps: {}\n'), FLAGS, newSecret))).toMatch(/d\.yaml line 1: a list of apps/);
  expect(await refusal(appsInput('/nonexistent/apps.yaml', FLAGS, newSecret))).toMatch(/--apps: \/nonexistent\/apps\.yaml cannot be read \(no such file\)/);
});

test("each command's own fields: ensure's min-days, list-secrets' expiring-within", async () => {
  const ensure = await inFile('ensure.yaml', '- app: A\n  description: ci\n  min-days: soon\n  output: a.json\n');
  const ensureSpec = { columns: ENSURE_COLUMNS, input: (flags: CreateSecretFlags & { 'min-days'?: number }) => (minDaysFrom(flags['min-days']), newSecretInput(flags, new Date())) };
  expect(await refusal(appsInput(ensure, FLAGS, ensureSpec))).toContain('ensure.yaml line 1, field min-days: a whole number of days from 1 to 730');
  const list = await inFile('list.csv', 'app,expiring-within\nA,-4\n');
  const listSpec = { columns: LIST_COLUMNS, input: (flags: { 'expiring-within'?: number }) => expiringWithinFrom(flags['expiring-within']) };
  expect(await refusal(appsInput(list, {}, listSpec))).toContain('list.csv line 2, field expiring-within: a whole number of days from 0 to 3650');
  expect(await refusal(appsInput(list, {}, { ...listSpec, columns: ['app'] }))).toContain('list.csv line 2, field expiring-within: not a field of this command (it takes app)');
});
