// "Approve sign in request" (portal.md §2.4): number matching. Nobody approves it in the
// simulator (there is no phone); the only way on is the escape link to the method picker. The
// same request as a passwordless-first account's first factor (§2.2), before any password.
import { escapeHtml } from '../html.ts';
import { MORE_INFO_URL, type SignInStrings } from '../strings.ts';
import { heading, identityBanner, view } from './parts.ts';

/** "Approve sign in request", its instruction and the number to match (ids differ by view). */
function numberMatching(ids: { title: string; description: string; number: string }): string {
  return `${heading('Approve sign in request', ids.title)}
<div id="${ids.description}" class="row text-body">Open your Authenticator app, and enter the number shown to sign in.</div>
<div id="${ids.number}" class="displaySign" tabindex="0" aria-labelledby="${ids.description} ${ids.number}" data-entropy></div>
<div class="row text-body">No numbers in your app? Make sure to upgrade to the latest version.</div>`;
}

export function approveRequestView(strings: SignInStrings): string {
  return view(
    'approveRequest',
    `${identityBanner(false)}
${numberMatching({ title: 'idDiv_SAOTCAS_Title', description: 'idDiv_SAOTCAS_Description', number: 'idRichContext_DisplaySign' })}
<div class="checkbox">
  <label id="idLbl_SAOTCAS_TD_Cb"><input type="checkbox" name="rememberMFA" id="idChkBx_SAOTCAS_TD" value="true" aria-label="Don't ask again for 30 days">Don't ask again for 30 days</label>
</div>
<div class="links">
  <div><a id="signInAnotherWay" href="#" data-action="choose-method">${escapeHtml(strings.approveEscapeLink)}</a></div>
  <div><a id="moreInfoUrl" href="${MORE_INFO_URL}" target="_blank" rel="noopener" aria-label="More information about two step verification">More information</a></div>
</div>`,
  );
}

/**
 * A passwordless-first account's sign-in (§2.2): the app is asked before any password. Ways on:
 * "Use your password instead" (`#idA_PWD_SwitchToPassword`) shows the password view; "Sign in
 * another way" (`#idA_PWD_SwitchToCredPicker`) leads, on the real page, to a credential picker the
 * simulator does not draw (the link does nothing here).
 */
export function passwordlessView(): string {
  return view(
    'passwordless',
    `${identityBanner(true)}
${numberMatching({ title: 'idDiv_RemoteNGC_Title', description: 'idDiv_RemoteNGC_PollingDescription', number: 'idRemoteNGC_DisplaySign' })}
<div class="links">
  <div><a id="idA_PWD_SwitchToPassword" href="#" data-action="use-password">Use your password instead</a></div>
  <div><a id="idA_PWD_SwitchToCredPicker" href="#" data-action="noop">Sign in another way</a></div>
</div>`,
  );
}
