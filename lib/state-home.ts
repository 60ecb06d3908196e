// Where the runbook keeps what it remembers between runs (never a secret): the authenticator
// periods used and which Application ID an app's name had. $XDG_STATE_HOME, else ~/.local/state.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function stateHomeFile(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const stateHome = env.XDG_STATE_HOME?.trim() || join(homedir(), '.local', 'state');
  return join(stateHome, 'azure-portal-runbook', name);
}
