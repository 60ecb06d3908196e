// What `portal-runbook logout` does once its flags are read (loaded only when it runs).
import { readSavedState } from '../../runbooks/saved-state.ts';
import { runPortalCommand } from '../portal-command.ts';
import type { LogoutFlags as Flags } from './logout.ts';

export async function runLogout(flags: Flags): Promise<void> {
  await runPortalCommand(flags, {
    input: () => undefined,
    needs: { neverSignsIn: true },
    onInterrupt: 'closing the browser',
    work: async (run, _input, { stateFile }) => {
      if (flags['dry-run']) {
        const saved = stateFile ? await readSavedState(stateFile, run.account.portalUrl) : undefined;
        const portal = saved ? `sign out of ${run.account.portalUrl} through the account menu and delete ${stateFile}` : 'sign nothing out (there is no saved sign-in)';
        process.stderr.write(`Dry run: nothing was changed. logout would ${portal}, and forget the authenticator periods and app IDs remembered for ${run.account.username}.\n`);
        return 'ok';
      }
      const { logout } = await import('../../runbooks/operations/logout.ts');
      const result = await logout(run);
      const { account } = run;
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
      return 'ok';
    },
  });
}
