// --pane-frame, top document: the "Add a client secret" container (role per markup.pane, its
// heading and Close X) stays here while its form renders in a sandbox iframe, as React-view
// parts of a blade do (portal.md §3.3). The form frame posts Add / Cancel here; they go to the
// blade body's model (in this document, or in the React-view frame). The form frame only ever
// learns whether Add is in flight: the new value goes to the blade body alone.
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { AddSecretRequest, FrameMessage } from '../shared.ts';
import { ADD_PANE_TITLE, contextPane } from './context-pane.ts';
import { env } from './env.ts';
import { invalidate } from './render-loop.ts';

/** Where the form's buttons act: the model, or the React-view frame that holds it. */
export interface PaneController {
  add(request: AddSecretRequest, forgetEarlierValues: boolean): void;
  cancel(): void;
}

/** The pane whose form frame may be talking to the shell now (one at a time). */
const shown: { pane?: FramedPane } = {};

export class FramedPane {
  private open = false;
  private adding = false;
  private frame: HTMLIFrameElement | undefined;
  private src = '';

  constructor(private readonly controller: PaneController) {}

  /** Follows the model's pane: opened, closed, Add in flight. */
  update(state: { open: boolean; adding: boolean }): void {
    if (state.open && !this.open) this.src = formFrameUrl();
    this.open = state.open;
    this.adding = state.adding;
    if (state.open) shown.pane = this;
    else if (shown.pane === this) shown.pane = undefined;
    this.post({ type: 'pane-state', open: state.open, adding: state.adding });
    invalidate();
  }

  template(): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const frame = html`<iframe class="fxs-contextpane-frame" src=${this.src} ${ref((element) => (this.frame = element as HTMLIFrameElement | undefined))}></iframe>`;
    return contextPane(env().config.markup.pane, ADD_PANE_TITLE, frame, () => this.controller.cancel());
  }

  private owns(source: MessageEventSource | null): boolean {
    return !!source && source === this.frame?.contentWindow;
  }

  private post(message: FrameMessage): void {
    this.frame?.contentWindow?.postMessage(message, env().config.origins.sandbox);
  }

  /** A message from this pane's form frame; false when it came from elsewhere. */
  receive(event: MessageEvent): boolean {
    if (!this.owns(event.source)) return false;
    const message = event.data as FrameMessage;
    if (message.type === 'ready') this.post({ type: 'init', view: 'add-pane', config: env().config, adding: this.adding });
    else if (message.type === 'pane-add') this.controller.add(message.request, message.forgetEarlierValues);
    else if (message.type === 'pane-cancel') this.controller.cancel();
    return true;
  }
}

/** Hands a sandbox message to the open form frame's pane; false when it is not that frame's. */
export function receiveFormFrameMessage(event: MessageEvent): boolean {
  return shown.pane?.receive(event) ?? false;
}

/** The sandbox document, as the blade body's frame loads it, with a query that names nothing. */
function formFrameUrl(): string {
  const { origins } = env().config;
  const session = crypto.randomUUID().replace(/-/g, '');
  return `${origins.sandbox}/ReactView/Index?trustedAuthority=${encodeURIComponent(origins.portal)}&l=en.en-us&sessionId=${session}`;
}
