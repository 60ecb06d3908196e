// Checks a code from an account's authenticator app: TOTP (SHA1, 6 digits, 30 s, ±1 period), each
// code good once for that account (a code already accepted is refused, as ESTS does).
import { Secret, TOTP } from 'otpauth';
import type { SimulatorContext } from '../context.ts';
import type { DemoAccount } from '../state.ts';

export type CodeCheck = 'accepted' | 'wrong-code' | 'reused-code';

export function checkTotpCode(context: SimulatorContext, account: DemoAccount, code: string): CodeCheck {
  if (!/^\d{6}$/.test(code)) return 'wrong-code';
  const totp = new TOTP({
    secret: Secret.fromBase32(account.totpSecret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  const delta = totp.validate({ token: code, window: 1 });
  if (delta === null) return 'wrong-code';
  const key = `${account.username.toLowerCase()}:${totp.counter() + delta}:${code}`;
  if (context.usedTotpCodes.has(key)) return 'reused-code';
  context.usedTotpCodes.add(key);
  return 'accepted';
}
