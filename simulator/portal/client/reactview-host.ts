// --iframe: the shell frames the Certificates & secrets body from the React-view sandbox origin
// (like sandbox-1.reactblade.portal.azure.net). The frame says "ready", the shell answers with
// the token and what to show; the frame's toasts and 401s come back to the shell by postMessage.
// With --pane-frame the body's "Add a client secret" container is the shell's (FramedPane):
// the body tells the shell when its pane opens, and the form's Add / Cancel go back to the body.
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { ref } from 'lit-html/directives/ref.js';
import type { FrameMessage, PortalConfig } from '../shared.ts';
import { accessToken, bounceToSignIn } from './auth.ts';
import { FramedPane, receiveFormFrameMessage } from './pane-frame-host.ts';
import { notify } from './toasts.ts';

let counter = 0;
/** The blade body frame on screen now: messages from any other (an earlier blade's) are ignored. */
const onScreen: { frame?: ReactViewFrame } = {};
let frameSrc = '';

export class ReactViewFrame {
  /** Each blade gets its own frame: a new blade never inherits an earlier one's document. */
  private readonly id = ++counter;
  private frame: HTMLIFrameElement | undefined;
  private readonly pane: FramedPane | undefined;

  constructor(
    private readonly appId: string,
    private readonly appDisplayName: () => string,
    config: PortalConfig,
  ) {
    onScreen.frame = this;
    if (config.paneFrame) {
      this.pane = new FramedPane({
        add: (request, forgetEarlierValues) => this.post({ type: 'pane-add', request, forgetEarlierValues }),
        cancel: () => this.post({ type: 'pane-cancel' }),
      });
    }
  }

  template(): TemplateResult {
    const frame = html`<iframe class="fxs-reactview-frame" src=${frameSrc} allow="clipboard-read; clipboard-write"
      ${ref((element) => (this.frame = element as HTMLIFrameElement | undefined))}></iframe>`;
    return html`${keyed(this.id, frame)}${this.pane?.template() ?? nothing}`;
  }

  owns(source: MessageEventSource | null): boolean {
    return !!source && source === this.frame?.contentWindow;
  }

  post(message: FrameMessage): void {
    this.frame?.contentWindow?.postMessage(message, new URL(frameSrc).origin);
  }

  receive(message: FrameMessage, config: PortalConfig): void {
    if (message.type === 'ready') {
      this.post({ type: 'init', view: 'credentials', token: accessToken() ?? '', appId: this.appId, appDisplayName: this.appDisplayName(), config });
    } else if (message.type === 'pane-state') {
      this.pane?.update(message);
    }
  }
}

export function startReactViewBridge(config: PortalConfig): void {
  frameSrc = `${config.origins.sandbox}/ReactView/Index?trustedAuthority=${encodeURIComponent(config.origins.portal)}&l=en.en-us`;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== config.origins.sandbox) return;
    if (receiveFormFrameMessage(event)) return;
    const message = event.data as FrameMessage;
    // Toasts and 401s are the shell's whoever asks; everything else only from the body on screen.
    if (message.type === 'toast') notify(message.toast);
    else if (message.type === 'unauthorized') bounceToSignIn(config);
    else if (onScreen.frame?.owns(event.source)) onScreen.frame.receive(message, config);
  });
}
