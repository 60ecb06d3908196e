// Runs the many-apps floor as its own process: the account from PORTAL_URL, PORTAL_USERNAME,
// PORTAL_PASSWORD, PORTAL_TOTP_SECRET; `--app-ids ID,ID,… --description-prefix TEXT --expires
// WORDS [--tabs N]`. As each app is done, a line on stderr (`3/200 <appId> ✓`, the CLI's shape)
// and a JSON line on stdout (its place, Application ID and the value's length).
import { parseArgs } from 'node:util';
import { runFloorApps } from './floor-apps.ts';

const { values } = parseArgs({
  options: { 'app-ids': { type: 'string' }, 'description-prefix': { type: 'string' }, expires: { type: 'string' }, tabs: { type: 'string', default: '1' } },
  strict: true,
});

function need(value: string | undefined, name: string): string {
  if (!value) throw new Error(`floor-apps: ${name} is required`);
  return value;
}

const appIds = need(values['app-ids'], '--app-ids').split(',');
const prefix = need(values['description-prefix'], '--description-prefix');
let done = 0;
await runFloorApps({
  portalUrl: need(process.env.PORTAL_URL, 'PORTAL_URL'),
  username: need(process.env.PORTAL_USERNAME, 'PORTAL_USERNAME'),
  password: need(process.env.PORTAL_PASSWORD, 'PORTAL_PASSWORD'),
  totpSecret: need(process.env.PORTAL_TOTP_SECRET, 'PORTAL_TOTP_SECRET'),
  appIds,
  description: (index) => `${prefix} ${index + 1}`,
  expires: need(values.expires, '--expires'),
  tabs: Math.max(1, Number(values.tabs)),
}, (result) => {
  done += 1;
  process.stderr.write(`${done}/${appIds.length} ${result.appId} ✓\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
