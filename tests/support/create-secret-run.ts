// One create-secret run against the test's simulator, as a user with an account in .env would
// do it, with what the tests check afterwards: exit code, output, the simulator's record, leaks.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { test } from '@playwright/test';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { SecretRecord } from '../../simulator/state.ts';
import type { CreatedSecret } from '../../runbooks/created-secret.ts';
import { runCli, type CliResult } from './cli.ts';
import { accountEnv } from './account-env.ts';
import { filesContaining, newTempEntriesDuring } from './leak-scan.ts';
import type { SimulatorAdmin } from './simulator-admin.ts';
import { runFolder } from './run-folder.ts';
import { savedSignInFile } from './saved-sign-in.ts';

/** What --output wrote: the runbook's own document type. */
export type DeliveredDocument = CreatedSecret;

export interface CreateSecretRun extends CliResult {
  dir: string;
  output: string;
  /** The saved sign-in: one per test, so a test's later runs are warm as a user's are. */
  stateFile: string;
  before: SecretRecord[];
  after: SecretRecord[];
  /** Files of the run other than the output that hold the value (should be none). */
  leaks(value: string): Promise<string[]>;
  document(): Promise<DeliveredDocument>;
  outputMode(): Promise<number>;
}

export async function createSecretRun(
  simulator: RunningSimulator,
  admin: SimulatorAdmin,
  app: string,
  extraArgs: string[] = [],
  env: Record<string, string | undefined> = {},
  prepare?: (dir: string) => Promise<void>,
): Promise<CreateSecretRun> {
  const dir = await runFolder('create-secret');
  await prepare?.(dir);
  const output = join(dir, 'client-secret.json');
  const destination = extraArgs.some((arg) => ['--output', '--json', '--env-file', '--to-command'].includes(arg)) ? [] : ['--output', output];
  return recordedRun(simulator, admin, { app, dir, output, args: ['create-secret', '--app', app, ...destination, ...extraArgs], env });
}

/** The other apps of a many-apps run: the simulator's record of each, and the file its value went to. */
export interface OtherApp {
  name: string;
  before: SecretRecord[];
  after: SecretRecord[];
  output: string;
}

/**
 * create-secret --apps FILE: `app` first (to client-secret.json, as createSecretRun), then `moreApps`,
 * each to its own file; the command line's other flags are every row's defaults.
 */
export async function createSecretRunWithApps(
  simulator: RunningSimulator,
  admin: SimulatorAdmin,
  app: string,
  moreApps: readonly string[],
  extraArgs: string[] = [],
): Promise<CreateSecretRun & { others: OtherApp[] }> {
  const dir = await runFolder('create-secret');
  const output = join(dir, 'client-secret.json');
  const others = await Promise.all(moreApps.map(async (name, index) => ({ name, before: await admin.secrets(name), after: [] as SecretRecord[], output: join(dir, `other-${index + 1}.json`) })));
  const rows = [{ app, output }, ...others.map(({ name, output: file }) => ({ app: name, output: file }))];
  await writeFile(join(dir, 'apps.yaml'), rows.map((row) => `- app: ${row.app}\n  output: ${row.output}\n`).join(''));
  const run = await recordedRun(simulator, admin, { app, dir, output, args: ['create-secret', '--apps', 'apps.yaml', ...extraArgs], env: {} });
  for (const other of others) other.after = await admin.secrets(other.name);
  return { ...run, others };
}

async function recordedRun(
  simulator: RunningSimulator,
  admin: SimulatorAdmin,
  { app, dir, output, args, env }: { app: string; dir: string; output: string; args: string[]; env: Record<string, string | undefined> },
): Promise<CreateSecretRun> {
  const stateFile = savedSignInFile();
  const before = await admin.secrets(app);
  let result!: CliResult;
  const appeared = await newTempEntriesDuring(async () => {
    result = await runCli(args, { env: accountEnv(simulator, { PORTAL_STATE_FILE: stateFile, ...env }), cwd: dir });
  });
  const after = await admin.secrets(app);
  return {
    ...result,
    dir,
    output,
    stateFile,
    before,
    after,
    leaks: async (value) => {
      // The run's folder, the test's own (saved sign-in, remembered periods and IDs) and anything new in the temp folder.
      const hits = await filesContaining(value, [dir, test.info().outputPath(), ...appeared.filter((entry) => entry !== dir)]);
      const streams = [result.stdout.includes(value) ? '<stdout>' : '', result.stderr.includes(value) ? '<stderr>' : ''];
      return [...hits.filter((file) => file !== output), ...streams.filter(Boolean)];
    },
    document: async () => JSON.parse(await readFile(output, 'utf8')) as DeliveredDocument,
    outputMode: async () => (await stat(output)).mode & 0o777,
  };
}

export function isoDay(offsetDays: number, from = new Date()): string {
  return new Date(from.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
