// Pieces the sign-in views share: the Microsoft logo, the identity banner, buttons, links.
import { escapeHtml } from '../html.ts';
import { VIEW_IDS, type ViewName } from '../protocol.ts';

/** The four-squares logo and wordmark, inline (no external image), named "Microsoft". */
export const MICROSOFT_LOGO = `<svg class="logo" role="img" aria-label="Microsoft" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 108 24">
<rect x="0" y="1" width="10.5" height="10.5" fill="#f25022"/><rect x="11.5" y="1" width="10.5" height="10.5" fill="#7fba00"/>
<rect x="0" y="12.5" width="10.5" height="10.5" fill="#00a4ef"/><rect x="11.5" y="12.5" width="10.5" height="10.5" fill="#ffb900"/>
<text x="28" y="18.5" font-family="Segoe UI, Segoe UI Web (West European), Roboto, Helvetica Neue, Arial, sans-serif" font-size="17.5" font-weight="600" fill="#737373">Microsoft</text>
</svg>`;

const BACK_ARROW = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M16 11.5H8.9l3.5-3.6-.7-.7L7 12l4.7 4.8.7-.7-3.5-3.6H16z" fill="#404040"/></svg>`;

/**
 * The UPN line on every view after the username; the script fills `[data-upn]` once the
 * username is known. Aria as in the 2025 snapshots (§2.2, §2.3): on the password view the UPN
 * reaches assistive tech through the off-screen username echo (a textbox), so the banner text
 * is hidden from it; on the other views it is plain text.
 */
export function identityBanner(withBack: boolean): string {
  const back = withBack
    ? `<button type="button" id="idBtn_Back" class="backButton" aria-label="Back" data-action="back">${BACK_ARROW}</button>`
    : '';
  const aria = withBack ? ' aria-hidden="true"' : '';
  return `<div class="identityBanner">${back}<div id="displayName" class="identity"${aria} data-upn></div></div>`;
}

export function primaryButton(id: string, value: string, extra = ''): string {
  return `<input type="submit" id="${id}" class="win-button button_primary high-contrast-overrides button ext-button primary ext-primary" data-report-event="Signin_Submit" data-report-value="Submit" value="${escapeHtml(value)}"${extra}>`;
}

export function secondaryButton(id: string, value: string, action: string): string {
  return `<input type="button" id="${id}" class="win-button button-secondary button ext-button secondary ext-secondary" value="${escapeHtml(value)}" data-action="${action}">`;
}

export function heading(text: string, id?: string): string {
  return `<div${id ? ` id="${id}"` : ''} class="row text-title title ext-title" role="heading" aria-level="1">${escapeHtml(text)}</div>`;
}

/** A view of the one page: hidden until the script shows it (Knockout's `visible`: display:none). */
export function view(name: ViewName, body: string, shown = false): string {
  const style = shown ? '' : ' style="display: none;"';
  return `<div data-viewid="${VIEW_IDS[name]}" data-view="${name}"${style}>${body}</div>`;
}
