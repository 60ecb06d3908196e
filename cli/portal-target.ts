// Where a command drives: the built-in simulator with its demo account (--simulator), or the
// portal and account in the environment / .env. One place for every command that opens a browser.
import { accountFromEnv, loadEnvFile, type PortalAccount } from '../lib/account.ts';
import { resolveBrowser } from '../lib/browser.ts';
import { badInput } from '../runbooks/errors.ts';
import type { SimulatorOptions } from '../simulator/options.ts';
import { SIMULATOR_DEFAULTS, simulatorOptionsFrom, type SimulatorFlags } from './simulator-flags.ts';
import { startSimulatorLazily, type RunningSimulator } from './simulator-lazily.ts';

/** Where the saved sign-in lives unless PORTAL_STATE_FILE says otherwise. */
export const DEFAULT_STATE_FILE = '.auth/portal-state.json';

export interface PortalTarget {
  account: PortalAccount;
  /** The saved sign-in for a real portal; none for the simulator (a fresh tenant every start). */
  stateFile: string | undefined;
  simulator: RunningSimulator | undefined;
}

/** A browser must exist before anything starts: bad input (exit 2) naming what to run otherwise. */
export function requireBrowser(needs: { headed: boolean }): void {
  try {
    resolveBrowser(process.env, needs);
  } catch (error) {
    throw badInput((error as Error).message);
  }
}

/** Simulator flags mean nothing against a real portal: say so rather than ignore them. */
export function refuseSimulatorFlagsAlone(flags: SimulatorFlags & { simulator: boolean }): void {
  if (flags.simulator) return;
  const given = simulatorOptionsFrom(flags);
  const named = (Object.keys(SIMULATOR_DEFAULTS) as (keyof SimulatorOptions)[]).filter((key) => JSON.stringify(given[key]) !== JSON.stringify(SIMULATOR_DEFAULTS[key]));
  const flag = named[0]?.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  if (flag) throw badInput(`--${flag} is a simulator option: add --simulator, or drop it.`);
}

/** The account and place to drive; simulator flags without --simulator are refused first. */
export async function portalTarget(flags: SimulatorFlags & { simulator: boolean }): Promise<PortalTarget> {
  refuseSimulatorFlagsAlone(flags);
  if (!flags.simulator) {
    loadEnvFile();
    return { account: accountFromEnv(), stateFile: process.env.PORTAL_STATE_FILE?.trim() || DEFAULT_STATE_FILE, simulator: undefined };
  }
  const simulator = await startSimulatorLazily(simulatorOptionsFrom(flags));
  const { username, password, totpSecret } = simulator.account;
  process.stderr.write(`Portal simulator at ${simulator.portalUrl} (demo account ${username})\n`);
  return { account: { portalUrl: simulator.portalUrl, username, password, totpSecret }, stateFile: undefined, simulator };
}
