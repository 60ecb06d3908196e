// What `portal-runbook logout` does once its flags are read (loaded only when it runs).
import { EXIT_CODES } from '../../runbooks/errors.ts';
import { listenForInterrupt } from '../interrupt.ts';
import { portalTarget, refuseSimulatorFlagsAlone, requireBrowser } from '../portal-target.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import type { RunningSimulator } from '../simulator-lazily.ts';
import type { LogoutFlags as Flags } from './logout.ts';

export async function runLogout(flags: Flags): Promise<void> {
  let simulator: RunningSimulator | undefined;
  const interrupt = listenForInterrupt(process.stderr, 'closing the browser');
  try {
    refuseSimulatorFlagsAlone(flags);
    requireBrowser({ headed: flags.headed });
    const { logout } = await import('../../runbooks/logout-runbook.ts');
    const target = await portalTarget(flags, { neverSignsIn: true });
    simulator = target.simulator;
    const { account, stateFile } = target;
    const result = await logout({ account, stateFile, steps: new ProgressPrinter(), headed: flags.headed, signal: interrupt.signal });
    const forgotten = [
      result.forgotTotpPeriod ? 'the authenticator period last used' : '',
      result.forgotApps > 0 ? `${result.forgotApps} remembered app ID${result.forgotApps === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    const memory = forgotten.length > 0 ? `Forgot ${forgotten.join(' and ')} for ${account.username}.` : `Nothing else was remembered for ${account.username}.`;
    const portal = {
      'signed-out': `Signed out of the portal as ${account.username}; the saved sign-in (${stateFile}) is deleted.`,
      ended: `The saved sign-in (${stateFile}) no longer opened the portal, so there was nothing to sign out of; it is deleted.`,
      none: `Nothing was signed in: there is no saved sign-in${stateFile ? ` for ${account.portalUrl} at ${stateFile}` : ' with --simulator (a fresh simulator every command)'}.`,
    }[result.portal];
    process.stderr.write(`\n${portal} ${memory}\n`);
    process.exitCode = EXIT_CODES.ok;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    interrupt.release();
    await simulator?.close();
  }
}
