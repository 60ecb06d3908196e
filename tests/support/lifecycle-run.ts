// The secret lifecycle's command runs in a test, as a user's are: one saved sign-in (no run pays
// the sign-in pages), one folder, one run record, and the simulator's record of the app's secrets.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { SecretRecord } from '../../simulator/state.ts';
import { accountEnv } from './account-env.ts';
import { runCli, type CliResult } from './cli.ts';
import { runFolder } from './run-folder.ts';
import { saveSignIn } from './saved-sign-in.ts';
import type { SimulatorAdmin } from './simulator-admin.ts';

export interface Lifecycle {
  dir: string;
  run(args: string[], env?: Record<string, string>): Promise<CliResult>;
  /** The app's secrets as the simulator records them. */
  secrets(): Promise<SecretRecord[]>;
  /** The value a --output file in the run folder holds. */
  delivered(file: string): Promise<string>;
  /** The run record's entries. */
  record(): Promise<{ operation: string; secretId: string; verifiedAfterSeconds?: number; tenantId: string }[]>;
}

export async function lifecycle(simulator: RunningSimulator, admin: SimulatorAdmin, app: string): Promise<Lifecycle> {
  const dir = await runFolder('lifecycle');
  const stateFile = await saveSignIn(simulator);
  const recordFile = join(dir, 'record.jsonl');
  return {
    dir,
    run: (args, env = {}) => runCli(args, { env: accountEnv(simulator, { PORTAL_STATE_FILE: stateFile, PORTAL_RECORD_FILE: recordFile, ...env }), cwd: dir }),
    secrets: () => admin.secrets(app),
    delivered: async (file) => (JSON.parse(await readFile(join(dir, file), 'utf8')) as { value: string }).value,
    record: async () => (await readFile(recordFile, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Awaited<ReturnType<Lifecycle['record']>>[number]),
  };
}

export const ids = (secrets: SecretRecord[]): string[] => secrets.map((secret) => secret.keyId).sort();
export const newOnes = (after: SecretRecord[], before: SecretRecord[]): SecretRecord[] => after.filter((secret) => !before.some((old) => old.keyId === secret.keyId));
