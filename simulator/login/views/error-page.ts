// The sign-in error page (portal.md §2.6): heading "Sign in", "Sorry, but we’re having trouble
// signing you in.", the AADSTS text and "Troubleshooting details". Also the proof-up dead end.
import { escapeHtml } from '../html.ts';
import { MICROSOFT_LOGO } from './parts.ts';
import { pageShell } from './sign-in-page.ts';

function card(body: string): string {
  return `<div class="outer"><div class="middle"><div class="inner"><div>${MICROSOFT_LOGO}</div><div role="main">${body}</div></div></div></div>`;
}

export function errorPage(code: string, message: string): string {
  return pageShell(
    'Sign in to your account',
    'ConvergedError',
    card(`<div class="row title ext-title" role="heading" aria-level="1">Sign in</div>
<div class="row text-body"><p>Sorry, but we’re having trouble signing you in.</p><p>${escapeHtml(code)}: ${escapeHtml(message)}</p></div>
<div class="row"><div role="heading" aria-level="2">Troubleshooting details</div>
<p>If you contact your administrator, send this info to them.</p>
<button type="button" class="win-button">Copy info to clipboard</button></div>`),
  );
}

/** Where "Action Required" → Next leads: security-info setup, which the simulator does not offer. */
export function proofUpPage(): string {
  return pageShell(
    'Keep your account secure',
    'ProofUp',
    card(`<div class="row title ext-title" role="heading" aria-level="1">Keep your account secure</div>
<div class="row text-body">Your organization requires you to set up the following methods of proving who you are.</div>`),
  );
}

/** Where the portal's "Sign out" ends: the sign-in origin's logout, with the session gone. */
export function signedOutPage(): string {
  return pageShell(
    'Sign out',
    'SignOut',
    card(`<div class="row title ext-title" role="heading" aria-level="1">You signed out of your account</div>
<div class="row text-body">It’s a good idea to close all browser windows.</div>`),
  );
}
