// `npm run --silent totp-code`: the current authenticator code for PORTAL_TOTP_SECRET (or the
// simulator's demo account), for a person walking the simulator in a browser.
import { TOTP } from 'otpauth';
import { DEMO_ACCOUNT } from '../simulator/state.ts';

const secret = process.env.PORTAL_TOTP_SECRET?.trim() || DEMO_ACCOUNT.totpSecret;
const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
const left = 30 - (Math.floor(Date.now() / 1000) % 30);
process.stdout.write(`${totp.generate()}\n`);
process.stderr.write(`(valid for ${left} more seconds)\n`);
