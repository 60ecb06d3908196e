// "Add a client secret" (current portal, portal.md §8): Description (focused on open), the
// Expires dropdown with today's options, Custom Start/End with validation, Add and Cancel.
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { AddSecretRequest } from '../shared.ts';
import { paneButtons, type PaneActions, type PaneForm } from './context-pane.ts';
import { validateCustomDates, defaultCustomDates } from './custom-dates.ts';
import { env } from './env.ts';
import { Dropdown } from './expires-dropdown.ts';
import { addDays, addMonths, portalDate, startOfToday } from './format.ts';
import { invalidate } from './render-loop.ts';

/** The presets, recommended first: months of the 2021–22 portal, and the days today's shows with them. */
const PRESETS = [
  { months: 6, days: 180 },
  { months: 3, days: 90 },
  { months: 12, days: 365 },
  { months: 18, days: 545 },
  { months: 24, days: 730 },
] as const;

type EndOf = (now: Date) => Date;

/**
 * The Expires presets as the portal words them, each with the end it sets: today's
 * ("Recommended: 180 days (6 months)", since 2023 at the latest), or the 2021–22 portal's
 * ("Recommended: 6 months"; its full list is [NF], portal.md §12 and §13.5: these are the plausible ones).
 */
function presets(): Record<string, EndOf> {
  const inMonths = env().config.markup.expiresWording === 'months';
  return Object.fromEntries(
    PRESETS.map(({ months, days }, index): [string, EndOf] => {
      const words = inMonths ? `${months} months` : `${days} days (${months} months)`;
      return [`${index === 0 ? 'Recommended: ' : ''}${words}`, inMonths ? (now) => addMonths(now, months) : (now) => addDays(now, days)];
    }),
  );
}

export class AddSecretPane implements PaneForm {
  private description = '';
  private startText: string;
  private endText: string;
  private touched = false;
  private focused = false;
  private readonly presets = presets();
  private readonly expires = new Dropdown('Expires', [...Object.keys(this.presets), 'Custom'], Object.keys(this.presets)[0]!, () => invalidate());

  constructor(private readonly actions: PaneActions) {
    const { start, end } = defaultCustomDates();
    this.startText = portalDate(start);
    this.endText = portalDate(end);
  }

  private request(): AddSecretRequest | undefined {
    const now = new Date();
    const preset = this.presets[this.expires.selected];
    if (preset) return { displayName: this.description, startDateTime: now.toISOString(), endDateTime: preset(now).toISOString() };
    const { start, end, startError, endError } = validateCustomDates(this.startText, this.endText, env().config.regionalFormat, now);
    if (!start || !end || startError || endError) return undefined;
    const startAt = start.getTime() <= startOfToday(now).getTime() ? now : start;
    return { displayName: this.description, startDateTime: startAt.toISOString(), endDateTime: end.toISOString() };
  }

  footer(): TemplateResult {
    const add = () => {
      const current = this.request();
      if (current) void this.actions.add(current);
    };
    return paneButtons(add, () => this.actions.closePane(), !this.request(), this.actions.adding);
  }

  content(): TemplateResult {
    const { markup } = env().config;
    const custom = this.expires.selected === 'Custom';
    const validation = custom ? validateCustomDates(this.startText, this.endText, env().config.regionalFormat) : {};
    const dateField = (id: string, label: string, value: string, error: string | undefined, set: (v: string) => void) => html`
      <div class="fxc-field">
        <label for=${id} class="fxc-field-label">${label}</label>
        <input id=${id} type="text" class="azc-input ${error ? 'azc-input-invalid' : ''}" .value=${value} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing} data-validatable-control-valid=${error ? 'false' : 'true'}
          @input=${(event: InputEvent) => { set((event.target as HTMLInputElement).value); this.touched = true; invalidate(); }}>
        ${error ? html`<div id=${`${id}-error`} class="fxc-validation-error" role="alert">${error}</div>` : nothing}
      </div>`;
    return html`
      <div class="fxc-field">
        <label for="fxs-secret-description" class="fxc-field-label">Description</label>
        <input id="fxs-secret-description" type="text" class="azc-input" data-validatable-control-valid="true" .value=${this.description}
          ${ref((element) => { if (element && !this.focused) { this.focused = true; queueMicrotask(() => (element as HTMLInputElement).focus()); } })}
          @input=${(event: InputEvent) => { this.description = (event.target as HTMLInputElement).value; this.touched = true; }}>
      </div>
      <div class="fxc-field">
        <span class="fxc-field-label" aria-hidden="true">Expires</span>
        ${this.expires.template(markup)}
      </div>
      ${custom
        ? html`${dateField('fxs-secret-start', 'Start', this.startText, validation.startError, (v) => (this.startText = v))}
          ${dateField('fxs-secret-end', 'End', this.endText, validation.endError, (v) => (this.endText = v))}`
        : nothing}`;
  }
}
