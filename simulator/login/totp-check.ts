// Checks a code from the authenticator app: TOTP (SHA1, 6 digits, 30 s, ±1 period), each code
// good once (a code already accepted is refused, as ESTS does).
import { Secret, TOTP } from 'otpauth';
import type { SimulatorContext } from '../context.ts';

export type CodeCheck = 'accepted' | 'wrong-code' | 'reused-code';

export function checkTotpCode(context: SimulatorContext, code: string): CodeCheck {
  if (!/^\d{6}$/.test(code)) return 'wrong-code';
  const totp = new TOTP({
    secret: Secret.fromBase32(context.account.totpSecret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  const delta = totp.validate({ token: code, window: 1 });
  if (delta === null) return 'wrong-code';
  const key = `${totp.counter() + delta}:${code}`;
  if (context.usedTotpCodes.has(key)) return 'reused-code';
  context.usedTotpCodes.add(key);
  return 'accepted';
}
