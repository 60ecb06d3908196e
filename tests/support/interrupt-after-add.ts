// Ctrl+C once Add has happened, as a user presses it: the command runs in its own process against
// the test's simulator (in the test's process, so its record outlives the command), and SIGINT is
// sent as soon as the simulator's record shows Add's request arrive, while the portal is still
// answering it (the test's latency keeps Add in flight). What the test judges comes from that
// record: the secret Add created, and whether it is still there.
import { expect } from '@playwright/test';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { SimulatorEvent } from '../../simulator/context.ts';
import { accountEnv } from './account-env.ts';
import { startCli, type CliResult } from './cli.ts';
import type { SimulatorAdmin } from './simulator-admin.ts';

export interface InterruptedRun extends CliResult {
  /** The simulator's events for the secret Add created and its deletion (kinds secret-added, secret-deleted). */
  added: SimulatorEvent[];
  deleted: SimulatorEvent[];
  /** Every value Add handed out meanwhile (to check that none reached the command's output). */
  issuedValues: string[];
}

export async function interruptAfterAdd(
  simulator: RunningSimulator,
  admin: SimulatorAdmin,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<InterruptedRun> {
  const cli = startCli(args, { env: accountEnv(simulator, options.env ?? {}), cwd: options.cwd });
  const kinds = async () => (await admin.state()).events.map((event) => event.kind);
  await expect.poll(kinds, { timeout: 90_000, intervals: [50] }).toContain('secret-add-requested');
  cli.child.kill('SIGINT');
  const result = await cli.done;
  const { events, issuedValues } = await admin.state();
  return { ...result, added: events.filter((event) => event.kind === 'secret-added'), deleted: events.filter((event) => event.kind === 'secret-deleted'), issuedValues };
}

/** The one line every command prints when Ctrl+C came after Add and the secret was deleted. */
export function deletedAfterInterrupt(app: { displayName: string; appId: string }, description: string, secretId?: string): string {
  const named = `app "${app.displayName}" (${app.appId}), description "${description}"${secretId ? `, Secret ID ${secretId}` : ''}`;
  return `failed (interrupted): Interrupted (SIGINT) after Add. The secret this run added was deleted from the portal, so nothing was left behind (${named}).`;
}
