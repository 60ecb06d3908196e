// --iframe: the shell frames the Certificates & secrets body from the React-view sandbox origin
// (like sandbox-1.reactblade.portal.azure.net); --list-frame frames the App registrations list
// the same way. The frame says "ready", the shell answers with the token and what to show; the
// frame's toasts, 401s and clicked links come back to the shell by postMessage.
// With --pane-frame the body's "Add a client secret" container is the shell's (FramedPane):
// the body tells the shell when its pane opens, and the form's Add / Cancel go back to the body.
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { ref } from 'lit-html/directives/ref.js';
import type { FrameMessage, PortalConfig } from '../shared.ts';
import { setAppParent } from './app-list.ts';
import { accessToken, bounceToSignIn } from './auth.ts';
import type { Crumb } from './blade.ts';
import { navigate } from './nav.ts';
import { FramedPane, receiveFormFrameMessage } from './pane-frame-host.ts';
import { notify } from './toasts.ts';

let counter = 0;
/** The blade body frame on screen now: messages from any other (an earlier blade's) are ignored. */
const onScreen: { frame?: ReactViewFrame } = {};
let frameSrc = '';

/** What a frame draws: an app's Certificates & secrets body, or the App registrations list. */
export type FramedView = { view: 'credentials'; appId: string; appDisplayName: () => string } | { view: 'app-list'; parent: Crumb };

export class ReactViewFrame {
  /** Each blade gets its own frame: a new blade never inherits an earlier one's document. */
  private readonly id = ++counter;
  private frame: HTMLIFrameElement | undefined;
  private readonly pane: FramedPane | undefined;

  constructor(
    private readonly shows: FramedView,
    config: PortalConfig,
  ) {
    onScreen.frame = this;
    if (config.paneFrame && shows.view === 'credentials') {
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
      const token = accessToken() ?? '';
      const { shows } = this;
      if (shows.view === 'credentials') this.post({ type: 'init', view: 'credentials', token, appId: shows.appId, appDisplayName: shows.appDisplayName(), config });
      else this.post({ type: 'init', view: 'app-list', token, parent: shows.parent, config });
      prewarmNextFrame(config.markup.prewarm);
    } else if (message.type === 'pane-state') {
      this.pane?.update(message);
    } else if (message.type === 'navigate') {
      if (message.parent) setAppParent(message.parent);
      navigate(message.hash);
    }
  }
}

/**
 * After a React view loads, the shell readies a fresh frame for the next one (§3.3): the sandbox
 * document, never told what to show, so it says "Loading..." for as long as it lives. One at a time.
 */
function prewarmNextFrame(how: PortalConfig['markup']['prewarm']): void {
  if (how === 'none') return;
  document.querySelector('iframe.fxs-reactview-prewarm')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'fxs-reactview-prewarm';
  frame.src = frameSrc;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = how === 'hidden' ? 'display: none' : 'position: absolute; left: -10000px; top: 0; width: 1024px; height: 768px; border: 0';
  document.body.append(frame);
}

export function startReactViewBridge(config: PortalConfig): void {
  frameSrc = `${config.origins.sandbox}/ReactView/Index?trustedAuthority=${encodeURIComponent(config.origins.portal)}&l=en.en-us${config.markup.viewFrames === 'nested' ? '&nest=1' : ''}`;
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
