// "Welcome to Microsoft Azure" (portal.md §3.2): an alertdialog greeting the first load after
// sign-in, with "Maybe later" (or "Cancel": --markup welcomeDismiss=cancel); shown only when the simulator runs with --welcome, at once or
// --welcome-delay ms later (so it can land in the middle of someone's clicks). The sign-in's
// one-shot flag is spent when the dialog shows: a reload before then greets again.
import { html, nothing } from 'lit-html';
import { JUST_SIGNED_IN_KEY } from '../shared.ts';
import { env } from './env.ts';
import { afterRender, invalidate } from './render-loop.ts';

let open = false;

function showWelcome(): void {
  sessionStorage.removeItem(JUST_SIGNED_IN_KEY);
  open = true;
  afterRender(() => document.querySelector<HTMLButtonElement>('.fxs-welcome .fxs-button-primary')?.focus());
}

export function scheduleWelcome(delayMs: number): void {
  if (delayMs > 0) setTimeout(showWelcome, delayMs);
  else showWelcome();
}

function close(): void {
  open = false;
  invalidate();
}

export function welcomeTemplate() {
  if (!open) return nothing;
  return html`<div class="fxs-modal-backdrop">
    <div class="fxs-welcome" role="alertdialog" aria-modal="true" aria-labelledby="fxs-welcome-title" aria-describedby="fxs-welcome-text">
      <div class="fxs-welcome-art" aria-hidden="true"></div>
      <h2 id="fxs-welcome-title">Welcome to Microsoft Azure</h2>
      <p id="fxs-welcome-text">Get started with a quick tour of the Azure portal, or explore on your own. You can take the tour later from Help + support.</p>
      <div class="fxs-welcome-buttons">
        <button type="button" class="fxs-button fxs-button-primary" @click=${close}><span>Get started</span></button>
        <button type="button" class="fxs-button" @click=${close}><span>${env().config.markup.welcomeDismiss === 'cancel' ? 'Cancel' : 'Maybe later'}</span></button>
      </div>
    </div>
  </div>`;
}
