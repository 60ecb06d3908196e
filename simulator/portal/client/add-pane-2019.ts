// "Add a client secret" as the 2019 guide shows it: Description and three Expires radio
// buttons, "In 1 year" (default), "In 2 years", "Never" (stored as 12/31/2299, as then).
import { html, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { paneButtons, type PaneActions, type PaneForm } from './context-pane.ts';
import { addYears } from './format.ts';

const CHOICES = ['In 1 year', 'In 2 years', 'Never'] as const;
type Choice = (typeof CHOICES)[number];

export class AddSecretPane2019 implements PaneForm {
  private description = '';
  private choice: Choice = 'In 1 year';
  private focused = false;

  constructor(private readonly actions: PaneActions) {}

  private add(): void {
    const now = new Date();
    const end = this.choice === 'In 1 year' ? addYears(now, 1) : this.choice === 'In 2 years' ? addYears(now, 2) : new Date(2299, 11, 31);
    // 2019: another operation hides values shown earlier in the visit.
    void this.actions.add({ displayName: this.description, startDateTime: now.toISOString(), endDateTime: end.toISOString() }, true);
  }

  footer(): TemplateResult {
    return paneButtons(() => this.add(), () => this.actions.closePane(), false, this.actions.adding);
  }

  content(): TemplateResult {
    return html`
      <div class="fxc-field">
        <label for="fxs-secret-description" class="fxc-field-label">Description</label>
        <input id="fxs-secret-description" type="text" class="azc-input" .value=${this.description}
          ${ref((element) => { if (element && !this.focused) { this.focused = true; queueMicrotask(() => (element as HTMLInputElement).focus()); } })}
          @input=${(event: InputEvent) => { this.description = (event.target as HTMLInputElement).value; }}>
      </div>
      <div class="fxc-field">
        <span id="fxs-expires-label" class="fxc-field-label">Expires</span>
        <div role="radiogroup" aria-labelledby="fxs-expires-label" class="azc-radio-group">
          ${CHOICES.map((choice) => html`<label class="azc-radio"><input type="radio" name="fxs-expires" .checked=${this.choice === choice}
            @change=${() => { this.choice = choice; }}><span>${choice}</span></label>`)}
        </div>
      </div>`;
  }
}
