// A teaching callout drawn by a blade's own React view, inside its frame (portal.md §3.2: surveys
// and teaching callouts "appear on no fixed schedule" and cover panels; dismissed with close /
// not now / got it). With --callout-delay it appears that long after each framed view loads
// (the App registrations list with --list-frame, Certificates & secrets with --iframe), over the
// top of the view (the tabs and the first rows), so clicks there land on it, until it is
// dismissed once in the tab (sessionStorage of the sandbox origin, shared by its frames).
// Modelled on Fluent UI's TeachingBubble: a non-modal dialog named by its headline, a primary
// "Got it" and a Close X. The real callouts' texts were not found; the role and words follow §3.2.
import { html, nothing } from 'lit-html';
import { CALLOUT_DISMISSED_KEY } from '../shared.ts';
import { icons } from './icons.ts';
import { UntilDismissedInTab } from './until-dismissed.ts';

/** What the callout teaches, by the view it is drawn in. */
export const CALLOUT_COPY = {
  'app-list': { headline: 'Try the new search', body: 'Filter by name or Application (client) ID, and find apps across all tabs faster.' },
  credentials: { headline: 'Consider a certificate or a federated credential', body: 'They are safer than client secrets: nothing to copy, nothing to leak.' },
} as const;

const callout = new UntilDismissedInTab(CALLOUT_DISMISSED_KEY);
let copy: (typeof CALLOUT_COPY)[keyof typeof CALLOUT_COPY] = CALLOUT_COPY['app-list'];

export function scheduleCallout(delayMs: number | null, view: keyof typeof CALLOUT_COPY): void {
  copy = CALLOUT_COPY[view];
  callout.schedule(delayMs);
}

const dismiss = () => callout.dismiss();

export function calloutTemplate() {
  if (!callout.open) return nothing;
  return html`<div class="ms-TeachingBubble ms-Callout" role="dialog" aria-labelledby="ms-teaching-headline" aria-describedby="ms-teaching-body">
    <button type="button" class="ms-TeachingBubble-closebutton" aria-label="Close" title="Close" @click=${dismiss}>${icons.close()}</button>
    <h3 id="ms-teaching-headline" class="ms-TeachingBubble-headline">${copy.headline}</h3>
    <p id="ms-teaching-body">${copy.body}</p>
    <div class="ms-TeachingBubble-footer">
      <button type="button" class="fxs-button fxs-button-primary" @click=${dismiss}><span>Got it</span></button>
    </div>
  </div>`;
}
