// "Approve sign in request" (portal.md §2.4): number matching. Nobody approves it in the
// simulator (there is no phone); the only way on is the escape link to the method picker.
import { escapeHtml } from '../html.ts';
import { MORE_INFO_URL, type SignInStrings } from '../strings.ts';
import { heading, identityBanner, view } from './parts.ts';

export function approveRequestView(strings: SignInStrings): string {
  return view(
    'approveRequest',
    `${identityBanner(false)}
${heading('Approve sign in request', 'idDiv_SAOTCAS_Title')}
<div id="idDiv_SAOTCAS_Description" class="row text-body">Open your Authenticator app, and enter the number shown to sign in.</div>
<div id="idRichContext_DisplaySign" class="displaySign" tabindex="0" aria-labelledby="idDiv_SAOTCAS_Description idRichContext_DisplaySign" data-entropy></div>
<div class="row text-body">No numbers in your app? Make sure to upgrade to the latest version.</div>
<div class="checkbox">
  <label id="idLbl_SAOTCAS_TD_Cb"><input type="checkbox" name="rememberMFA" id="idChkBx_SAOTCAS_TD" value="true" aria-label="Don't ask again for 30 days">Don't ask again for 30 days</label>
</div>
<div class="links">
  <div><a id="signInAnotherWay" href="#" data-action="choose-method">${escapeHtml(strings.approveEscapeLink)}</a></div>
  <div><a id="moreInfoUrl" href="${MORE_INFO_URL}" target="_blank" rel="noopener" aria-label="More information about two step verification">More information</a></div>
</div>`,
  );
}
