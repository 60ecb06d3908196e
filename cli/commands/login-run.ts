// What `portal-runbook login` does once its flags are read (loaded only when it runs).
import { badInput } from '../../runbooks/errors.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { LoginFlags as Flags } from './login.ts';

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** `--timeout`: seconds (600, 90s) or minutes (10m); only with --interactive. */
export function loginTimeoutMs(flags: Pick<Flags, 'timeout' | 'interactive'>): number {
  if (flags.timeout === undefined) return DEFAULT_TIMEOUT_MS;
  if (!flags.interactive) throw badInput('--timeout is how long `login --interactive` waits for your sign-in: add --interactive, or drop it.');
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|min)?\s*$/.exec(flags.timeout);
  const ms = match ? Number(match[1]) * (match[2] ? (match[2] === 's' ? 1000 : 60_000) : 1000) : NaN;
  if (!(ms >= 1000)) throw badInput(`--timeout "${flags.timeout}": give seconds or minutes of at least 1 s, e.g. 600, 90s or 10m.`);
  return ms;
}

/** A window needs a display: said before a browser is started that could not show one. */
function requireDisplay(env: NodeJS.ProcessEnv = process.env): void {
  if (process.platform !== 'linux' || env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim()) return;
  throw badInput('login --interactive opens a browser window for you to sign in, and there is no display here (DISPLAY is not set): run it in a desktop session, or over `ssh -X`.');
}

export async function runLogin(flags: Flags): Promise<void> {
  await runPortalCommand(flags, {
    input: () => {
      const timeoutMs = loginTimeoutMs(flags);
      if (flags.interactive) requireDisplay();
      return { timeoutMs };
    },
    needs: { interactive: flags.interactive },
    headed: flags.interactive || flags.headed,
    onInterrupt: 'closing the browser, nothing is saved',
    work: async (run, { timeoutMs }, { stateFile }) => {
      const { login } = await import('../../runbooks/operations/login.ts');
      const result = await login(run, { interactive: flags.interactive, timeoutMs });
      const who = result.signedInAs ?? run.account.username;
      const whom = who ? ` as ${who}` : '';
      if (result.outcome === 'still-signed-in') {
        process.stderr.write(`\nThe saved sign-in still works: signed in${whom} (${stateFile}). Nothing was signed in again.\n`);
      } else if (stateFile) {
        process.stderr.write(
          `\nSigned in${whom}. The sign-in is saved in ${stateFile} (mode 0600): the other commands reuse it until it expires` +
            `${flags.interactive ? '; then run `portal-runbook login --interactive` again' : ''}.\n`,
        );
      } else {
        process.stderr.write(`\nSigned in${whom} to the simulator. Nothing was saved: its tenant ends with this command (run \`portal-runbook simulator\` and point PORTAL_URL at it to keep a sign-in).\n`);
      }
      return 'ok';
    },
  });
}
