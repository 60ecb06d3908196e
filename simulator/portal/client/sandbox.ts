// Entry of the React-view iframe (sandbox origin): waits for the shell's init message, then
// renders the Certificates & secrets body against the portal's data API (CORS).
import type { FrameMessage } from '../shared.ts';
import { Api } from './api.ts';
import { CredentialsContent } from './credentials.ts';
import { setEnv } from './env.ts';
import { mount } from './render-loop.ts';

const parentOrigin = (window as unknown as { __sandboxParentOrigin: string }).__sandboxParentOrigin;
let started = false;

function post(message: FrameMessage): void {
  window.parent.postMessage(message, parentOrigin);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== parentOrigin || event.source !== window.parent) return;
  const message = event.data as FrameMessage;
  if (message.type !== 'init' || started) return;
  started = true;
  const { token, config, appId } = message;
  setEnv({
    config,
    api: new Api(config.origins.portal, () => token, () => post({ type: 'unauthorized' })),
    notify: (toast) => post({ type: 'toast', toast }),
  });
  const content = new CredentialsContent(appId);
  mount(document.getElementById('reactview-root')!, () => content.template());
});

post({ type: 'ready' });
