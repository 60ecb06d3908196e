// Entry of the sandbox origin's document (the React-view frames). The shell's init message says
// what this frame shows: the Certificates & secrets body (--iframe) or the App registrations list
// (--list-frame), rendered against the portal's data API (CORS), or the "Add a client secret"
// form (--pane-frame), which has no data access and only relays Add / Cancel to the shell.
import { html } from 'lit-html';
import type { FrameMessage, PortalConfig } from '../shared.ts';
import { Api } from './api.ts';
import { AppListContent } from './app-list.ts';
import { CredentialsContent } from './credentials.ts';
import { navigateInShell } from './nav.ts';
import { setEnv } from './env.ts';
import { startPaneForm } from './pane-frame-form.ts';
import { mount } from './render-loop.ts';
import { isInnerFrame, nestsView, relayToInnerFrame } from './nested-view-frame.ts';
import { calloutTemplate, scheduleCallout } from './teaching-callout.ts';

const shellOrigin = (window as unknown as { __sandboxParentOrigin: string }).__sandboxParentOrigin;
/** The shell, or the outer sandbox frame when this one is nested in it. */
const parentOrigin = isInnerFrame() ? location.origin : shellOrigin;
let content: CredentialsContent | undefined;
let started = false;

function post(message: FrameMessage): void {
  window.parent.postMessage(message, parentOrigin);
}

/** Blade code in this frame reads the portal's API with the shell's token; toasts and 401s go to the shell. */
function useShellData(token: string, config: PortalConfig): void {
  setEnv({
    config,
    api: new Api(config.origins.portal, () => token, () => post({ type: 'unauthorized' })),
    notify: (toast) => post({ type: 'toast', toast }),
  });
}

function startCredentials(message: Extract<FrameMessage, { type: 'init'; view: 'credentials' }>): void {
  const { token, config, appId } = message;
  useShellData(token, config);
  const body = new CredentialsContent(appId, true);
  if (config.paneFrame) body.model.onPaneChange = (state) => post({ type: 'pane-state', ...state });
  content = body;
  mount(document.getElementById('reactview-root')!, () => html`${body.template()}${calloutTemplate()}`);
  scheduleCallout(config.calloutDelay, 'credentials');
}

/** The list's links (an app's blade) are the shell's to follow: this frame goes with the list. */
function startAppList(message: Extract<FrameMessage, { type: 'init'; view: 'app-list' }>): void {
  const { token, config, parent } = message;
  useShellData(token, config);
  navigateInShell((hash) => post({ type: 'navigate', hash, parent }));
  const list = new AppListContent(parent);
  mount(document.getElementById('reactview-root')!, () => html`${list.template()}${calloutTemplate()}`);
  scheduleCallout(config.calloutDelay, 'app-list');
}

function startView(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== parentOrigin || event.source !== window.parent) return;
    const message = event.data as FrameMessage;
    if (message.type === 'init' && !started) {
      started = true;
      if (message.view === 'credentials') startCredentials(message);
      else if (message.view === 'app-list') startAppList(message);
      else startPaneForm(message, post);
    } else if (message.type === 'pane-add') {
      void content?.model.add(message.request, message.forgetEarlierValues);
    } else if (message.type === 'pane-cancel') {
      content?.model.closePane();
    }
  });
  post({ type: 'ready' });
}

if (nestsView()) relayToInnerFrame(shellOrigin);
else startView();
