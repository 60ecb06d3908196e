// Where a blade body's "Add a client secret" pane renders: in the body's own document, or
// (--pane-frame) as a container in the top document whose form lives in a sandbox frame. In the
// React-view frame the shell hosts that container, so the slot there renders nothing.
import { nothing, type TemplateResult } from 'lit-html';
import { AddSecretPane } from './add-pane.ts';
import { AddSecretPane2019 } from './add-pane-2019.ts';
import { ADD_PANE_TITLE, contextPane, type PaneActions, type PaneForm } from './context-pane.ts';
import type { CredentialsModel } from './credentials-model.ts';
import { env } from './env.ts';
import type { FramedPane } from './pane-frame-host.ts';

/** The form of the UI variant in use. */
export function newAddPaneForm(actions: PaneActions): PaneForm {
  return env().config.ui === '2019' ? new AddSecretPane2019(actions) : new AddSecretPane(actions);
}

export class AddPaneSlot {
  private form: PaneForm | undefined;

  /** `framed`: the top document's host of the form frame; undefined in the React-view frame. */
  constructor(
    private readonly model: CredentialsModel,
    private readonly framed: FramedPane | undefined,
  ) {}

  template(): TemplateResult | typeof nothing {
    const { model } = this;
    if (!model.paneOpen) {
      this.form = undefined;
      return nothing;
    }
    const { config } = env();
    if (config.paneFrame) return this.framed?.template() ?? nothing;
    this.form ??= newAddPaneForm(model);
    return contextPane(config.markup.pane, ADD_PANE_TITLE, this.form.content(), () => model.closePane(), this.form.footer());
  }
}
