// --iframe: the shell frames the Certificates & secrets body from the React-view sandbox origin
// (like sandbox-1.reactblade.portal.azure.net). The frame says "ready", the shell answers with
// the token and what to show; the frame's toasts and 401s come back to the shell by postMessage.
import { html, type TemplateResult } from 'lit-html';
import type { FrameMessage, PortalConfig } from '../shared.ts';
import { accessToken, bounceToSignIn } from './auth.ts';
import { notify } from './toasts.ts';

let current: { appId: string; appDisplayName: () => string } | undefined;

export class ReactViewFrame {
  constructor(appId: string, appDisplayName: () => string) {
    current = { appId, appDisplayName };
  }

  template(): TemplateResult {
    return html`<iframe class="fxs-reactview-frame" src=${frameUrl()} allow="clipboard-read; clipboard-write"></iframe>`;
  }
}

let frameSrc = '';
function frameUrl(): string {
  return frameSrc;
}

export function startReactViewBridge(config: PortalConfig): void {
  frameSrc = `${config.origins.sandbox}/ReactView/Index?trustedAuthority=${encodeURIComponent(config.origins.portal)}&l=en.en-us`;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== config.origins.sandbox) return;
    const message = event.data as FrameMessage;
    if (message.type === 'ready' && current && event.source) {
      const init: FrameMessage = { type: 'init', token: accessToken() ?? '', appId: current.appId, appDisplayName: current.appDisplayName(), config };
      (event.source as Window).postMessage(init, config.origins.sandbox);
    } else if (message.type === 'toast') {
      notify(message.toast);
    } else if (message.type === 'unauthorized') {
      bounceToSignIn(config);
    }
  });
}
