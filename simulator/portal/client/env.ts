// What blade code needs from the document it runs in (the shell, or the React-view iframe):
// the configuration, the data API, and the shell's notifications.
import type { Api } from './api.ts';
import type { PortalConfig, ToastInput } from '../shared.ts';

export interface Env {
  config: PortalConfig;
  api: Api;
  notify(toast: ToastInput): void;
}

let current: Env | undefined;

export function setEnv(env: Env): void {
  current = env;
}

export function env(): Env {
  if (!current) throw new Error('portal: environment not set');
  return current;
}
