// Where a command drives: the built-in simulator with its demo account (--simulator), or the
// portal and account in the environment / .env. One place for every command that opens a browser.
import { accountFromEnv, loadEnvFile, missingSignInSecrets, type PortalAccount } from '../lib/account.ts';
import { debugPortArgs, resolveBrowser } from '../lib/browser.ts';
import { badInput } from '../runbooks/errors.ts';
import { readSavedState } from '../runbooks/saved-state.ts';
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
    debugPortArgs(process.env);
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

/** The saved sign-in file: PORTAL_STATE_FILE, else .auth/portal-state.json. */
export function stateFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.PORTAL_STATE_FILE?.trim() || DEFAULT_STATE_FILE;
}

function names(list: string[]): string {
  return list.length === 1 ? `${list[0]} is` : `${list.slice(0, -1).join(', ')} and ${list.at(-1)} are`;
}

export interface TargetNeeds {
  /**
   * The person signs in in the window (`login --interactive`): no password or TOTP secret, and
   * PORTAL_USERNAME is optional. Otherwise the password and TOTP secret may be missing only while
   * a saved sign-in for this portal exists; the sign-in says so if it is needed after all.
   */
  interactive?: boolean;
  /** The command never signs in (`logout`): only the username is needed. */
  neverSignsIn?: boolean;
}

/**
 * The portal and account in the environment / .env, with the saved sign-in (PORTAL_STATE_FILE):
 * what every command drives without --simulator, and the Playwright project `fleet` always.
 */
export async function portalFromEnv(needs: TargetNeeds = {}): Promise<PortalTarget> {
  loadEnvFile();
  const stateFile = stateFileFromEnv();
  const account = accountFromEnv(process.env, { username: false, signInSecrets: false });
  const saved = await readSavedState(stateFile, account.portalUrl);
  // After `login --interactive` without PORTAL_USERNAME, the saved sign-in says who signed in.
  if (!account.username && !needs.interactive) {
    if (!saved?.username) throw badInput(`PORTAL_USERNAME is not set, and no saved sign-in (${stateFile}) says who signed in: put it in the environment or in .env (see .env.example), or sign in with \`portal-runbook login --interactive\`.`);
    account.username = saved.username;
  }
  const missing = missingSignInSecrets(account);
  if (!needs.interactive && !needs.neverSignsIn && missing.length > 0 && !saved) {
    throw badInput(
      `${names(missing)} not set, and there is no saved sign-in (${stateFile}) to use instead: put ${missing.length === 1 ? 'it' : 'them'} in the environment or in .env (see .env.example), ` +
        'or sign in once in a browser window with `portal-runbook login --interactive`.',
    );
  }
  return { account, stateFile, simulator: undefined };
}

/** The account and place to drive; simulator flags without --simulator are refused first. */
export async function portalTarget(flags: SimulatorFlags & { simulator: boolean }, needs: TargetNeeds = {}): Promise<PortalTarget> {
  refuseSimulatorFlagsAlone(flags);
  if (!flags.simulator) return portalFromEnv(needs);
  const simulator = await startSimulatorLazily(simulatorOptionsFrom(flags));
  const { username, password, totpSecret } = simulator.account;
  process.stderr.write(`Portal simulator at ${simulator.portalUrl} (demo account ${username})\n`);
  return { account: { portalUrl: simulator.portalUrl, username, password, totpSecret }, stateFile: undefined, simulator };
}
