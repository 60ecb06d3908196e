// --pane-frame, inside the form's sandbox frame: the "Add a client secret" fields and buttons
// without their container (the shell draws that). Add and Cancel are posted to the shell, which
// hands them to the blade body's model; the shell tells this frame when Add is in flight.
import { html } from 'lit-html';
import type { FrameMessage } from '../shared.ts';
import { newAddPaneForm } from './add-pane-slot.ts';
import { Api } from './api.ts';
import type { PaneActions } from './context-pane.ts';
import { setEnv } from './env.ts';
import { invalidate, mount } from './render-loop.ts';

type Init = Extract<FrameMessage, { type: 'init'; view: 'add-pane' }>;

export function startPaneForm(init: Init, post: (message: FrameMessage) => void): void {
  const { config } = init;
  let adding = init.adding;
  setEnv({
    config,
    // The form frame has no token and makes no data calls; the blade body does.
    api: new Api(config.origins.portal, () => null, () => undefined),
    notify: () => undefined,
  });
  const actions: PaneActions = {
    get adding() {
      return adding;
    },
    add(request, forgetEarlierValues = false) {
      adding = true; // the buttons disable at once; the shell's next state confirms or clears it
      invalidate();
      post({ type: 'pane-add', request, forgetEarlierValues });
    },
    closePane() {
      post({ type: 'pane-cancel' });
    },
  };
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const message = event.data as FrameMessage;
    if (message.type === 'pane-state') {
      adding = message.adding;
      invalidate();
    }
  });
  const form = newAddPaneForm(actions);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) actions.closePane();
  };
  mount(document.getElementById('reactview-root')!, () => html`<div class="fxs-paneform" @keydown=${onKey}>
    <div class="fxs-contextpane-content">${form.content()}</div>
    <footer class="fxs-contextpane-footer">${form.footer()}</footer>
  </div>`);
}
