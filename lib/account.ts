// The one module that reads the account from the environment (.env loaded once by dotenv).
// Values are validated and typed; a missing or malformed one fails fast naming the variable.
import { config as loadDotenv } from 'dotenv';
import { Secret } from 'otpauth';
import { RunbookError } from '../runbooks/errors.ts';

export interface PortalAccount {
  portalUrl: string;
  username: string;
  password: string;
  /** Base32 TOTP secret of the account's authenticator method. */
  totpSecret: string;
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

/** Reads PORTAL_URL, PORTAL_USERNAME, PORTAL_PASSWORD and PORTAL_TOTP_SECRET. */
export function accountFromEnv(env: NodeJS.ProcessEnv = process.env): PortalAccount {
  return {
    portalUrl: parsePortalUrl(env.PORTAL_URL?.trim() || DEFAULT_PORTAL_URL),
    username: required(env, 'PORTAL_USERNAME').trim(),
    password: required(env, 'PORTAL_PASSWORD'),
    totpSecret: parseTotpSecret(required(env, 'PORTAL_TOTP_SECRET')),
  };
}
