// One create-secret run against the test's simulator, as a user with an account in .env would
// do it, with what the tests check afterwards: exit code, output, the simulator's record, leaks.
import { readFile, stat } from 'node:fs/promises';
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
  const stateFile = savedSignInFile();
  const before = await admin.secrets(app);
  let result!: CliResult;
  const appeared = await newTempEntriesDuring(async () => {
    const destination = extraArgs.some((arg) => ['--output', '--json', '--env-file', '--to-command'].includes(arg)) ? [] : ['--output', output];
    result = await runCli(['create-secret', '--app', app, ...destination, ...extraArgs], {
      env: accountEnv(simulator, { PORTAL_STATE_FILE: stateFile, ...env }),
      cwd: dir,
    });
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
