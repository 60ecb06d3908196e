// Runs the floor as its own process, as the CLI runs: the account from PORTAL_URL,
// PORTAL_USERNAME, PORTAL_PASSWORD, PORTAL_TOTP_SECRET; `--app-id ID --description TEXT
// --expires WORDS`. Each phase on stderr as the CLI prints its steps ("→ title", "✓ title (N ms)");
// one JSON line on stdout at the end: the phase timings and the value's length.
import { parseArgs } from 'node:util';
import { runFloor } from './floor.ts';

const { values } = parseArgs({
  options: { 'app-id': { type: 'string' }, description: { type: 'string' }, expires: { type: 'string' } },
  strict: true,
});

function need(value: string | undefined, name: string): string {
  if (!value) throw new Error(`floor: ${name} is required`);
  return value;
}

const result = await runFloor({
  portalUrl: need(process.env.PORTAL_URL, 'PORTAL_URL'),
  username: need(process.env.PORTAL_USERNAME, 'PORTAL_USERNAME'),
  password: need(process.env.PORTAL_PASSWORD, 'PORTAL_PASSWORD'),
  totpSecret: need(process.env.PORTAL_TOTP_SECRET, 'PORTAL_TOTP_SECRET'),
  appId: need(values['app-id'], '--app-id'),
  description: need(values.description, '--description'),
  expires: need(values.expires, '--expires'),
}, (mark, title, ms) => process.stderr.write(`${mark} ${title}${ms === undefined ? '' : ` (${Math.round(ms)} ms)`}\n`));
process.stdout.write(`${JSON.stringify(result)}\n`);
