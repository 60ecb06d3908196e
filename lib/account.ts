// The one module that reads the account from the environment (.env loaded once by dotenv).
// Values are validated and typed; a missing or malformed one fails fast naming the variable.
import { config as loadDotenv } from 'dotenv';
import { Secret } from 'otpauth';
import { RunbookError } from '../runbooks/errors.ts';
import { howItEnded, resolveCommand, runCommandSync } from './command-line.ts';

export interface PortalAccount {
  portalUrl: string;
  /** '' only for `login --interactive` without PORTAL_USERNAME (the person types it). */
  username: string;
  /** '' when not given: a saved sign-in stands in for it until a sign-in is needed. */
  password: string;
  /** Base32 TOTP secret of the account's authenticator method; '' when not given (as the password). */
  totpSecret: string;
}

/** The variables a sign-in through the pages needs that this account lacks (none: it can sign in). */
export function missingSignInSecrets(account: PortalAccount): string[] {
  return [
    ...(account.username ? [] : ['PORTAL_USERNAME']),
    ...(account.password ? [] : ['PORTAL_PASSWORD']),
    ...(account.totpSecret ? [] : ['PORTAL_TOTP_SECRET']),
  ];
}

export interface AccountNeeds {
  /** false: PORTAL_USERNAME may be missing (`login --interactive`). Default true. */
  username?: boolean;
  /** false: PORTAL_PASSWORD and PORTAL_TOTP_SECRET may be missing (checked when given). Default true. */
  signInSecrets?: boolean;
}

export const DEFAULT_PORTAL_URL = 'https://portal.azure.com';

let dotenvLoaded = false;

/** Loads `.env` (once) without overriding variables already set in the environment. */
export function loadEnvFile(path = '.env'): void {
  if (dotenvLoaded) return;
  loadDotenv({ path, quiet: true });
  dotenvLoaded = true;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new RunbookError('bad-input', `${name} is not set: put it in the environment or in .env (see .env.example).`);
  }
  return value;
}

/** Checks a base32 TOTP secret; returns it normalised (no spaces, upper case). */
export function parseTotpSecret(raw: string, name = 'PORTAL_TOTP_SECRET'): string {
  const normalised = raw.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
  if (!/^[A-Z2-7]+$/.test(normalised)) {
    throw new RunbookError('bad-input', `${name} is not a base32 secret (letters A–Z and digits 2–7).`);
  }
  if (Secret.fromBase32(normalised).bytes.length < 10) {
    throw new RunbookError('bad-input', `${name} is too short for an authenticator secret (at least 16 base32 characters).`);
  }
  return normalised;
}

export function parsePortalUrl(raw: string, name = 'PORTAL_URL'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RunbookError('bad-input', `${name} is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    throw new RunbookError('bad-input', `${name} must be https (got ${url.protocol}//${url.host}).`);
  }
  return `${url.origin}/`;
}

/** How long a PORTAL_*_COMMAND may take (an unlock prompt included). */
export const CREDENTIAL_COMMAND_TIMEOUT_MS = 30_000;

/**
 * Runs the command in `name` (argv split, no shell) and returns the first line of its stdout,
 * trimmed. A failure names the variable and how the command ended, never what it printed.
 */
export function credentialFromCommand(env: NodeJS.ProcessEnv, name: string, timeoutMs = CREDENTIAL_COMMAND_TIMEOUT_MS): string {
  const argv = resolveCommand(env[name]!, name, env);
  const result = runCommandSync(argv, { env, timeoutMs });
  const withheld = '(what it printed is not shown: it may hold the secret)';
  if (result.error) {
    throw new RunbookError('bad-input', `${name}: ${argv[0]} could not run (${(result.error as NodeJS.ErrnoException).code ?? 'error'}) ${withheld}.`);
  }
  if (result.code !== 0 || result.timedOut) {
    throw new RunbookError('bad-input', `${name}: ${argv[0]} ${howItEnded(result, timeoutMs)} ${withheld}.`);
  }
  const value = result.stdout.split(/\r?\n/)[0]?.trim() ?? '';
  if (!value) throw new RunbookError('bad-input', `${name}: ${argv[0]} printed nothing on its first line of stdout.`);
  return value;
}

/**
 * PORTAL_X, or the first line of what PORTAL_X_COMMAND prints (a password manager: `pass show
 * azure/portal`, `op read op://vault/item/password`); both set is refused, naming them.
 */
function credential(env: NodeJS.ProcessEnv, name: string, needed = true): string {
  const commandName = `${name}_COMMAND`;
  const plain = env[name] !== undefined && env[name]!.trim() !== '';
  const command = env[commandName] !== undefined && env[commandName]!.trim() !== '';
  if (plain && command) throw new RunbookError('bad-input', `${name} and ${commandName} are both set: keep one.`);
  if (command) return credentialFromCommand(env, commandName);
  if (!plain) {
    if (!needed) return '';
    throw new RunbookError('bad-input', `${name} is not set: put it (or ${commandName}, a command that prints it) in the environment or in .env (see .env.example).`);
  }
  return env[name]!;
}

function given(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  return value === undefined || value.trim() === '' ? '' : value;
}

/**
 * Reads PORTAL_URL, PORTAL_USERNAME, PORTAL_PASSWORD (or PORTAL_PASSWORD_COMMAND) and
 * PORTAL_TOTP_SECRET (or PORTAL_TOTP_SECRET_COMMAND); a command runs here, synchronously, once.
 * What `needs` lets be missing comes back as ''; a value that is given is checked all the same.
 */
export function accountFromEnv(env: NodeJS.ProcessEnv = process.env, needs: AccountNeeds = {}): PortalAccount {
  const { username = true, signInSecrets = true } = needs;
  const totpName = env.PORTAL_TOTP_SECRET_COMMAND?.trim() ? 'PORTAL_TOTP_SECRET_COMMAND' : 'PORTAL_TOTP_SECRET';
  const totp = credential(env, 'PORTAL_TOTP_SECRET', signInSecrets);
  return {
    portalUrl: parsePortalUrl(env.PORTAL_URL?.trim() || DEFAULT_PORTAL_URL),
    username: (username ? required(env, 'PORTAL_USERNAME') : given(env, 'PORTAL_USERNAME')).trim(),
    password: credential(env, 'PORTAL_PASSWORD', signInSecrets),
    totpSecret: totp ? parseTotpSecret(totp, totpName) : '',
  };
}

/** The account's own secrets, for a Redactor to scrub like a client secret value. */
export function accountSecrets(account: Pick<PortalAccount, 'password' | 'totpSecret'>): string[] {
  return [account.password, account.totpSecret].filter((secret) => secret.length >= 8);
}
