// "Enter code" (portal.md §2.3): the SAOTCC view. Verify is `#idSubmit_SAOTCC_Continue`,
// not `#idSIButton9`; Enter in the field submits too.
import { APP_CODE_DESCRIPTION, MORE_INFO_URL } from '../strings.ts';
import { heading, identityBanner, primaryButton, view } from './parts.ts';

export function enterCodeView(): string {
  return view(
    'enterCode',
    `${identityBanner(false)}
${heading('Enter code', 'idDiv_SAOTCC_Title')}
<div id="idDiv_SAOTCC_Description" class="row text-body" data-code-description>${APP_CODE_DESCRIPTION}</div>
<div class="row form-group">
  <div role="alert" aria-live="assertive"><span id="idSpan_SAOTCC_Error_OTC" class="error alert-error" data-error="code"></span></div>
  <input name="otc" type="tel" id="idTxtBx_SAOTCC_OTC" maxlength="6" autocomplete="off" aria-required="true"
    class="form-control input ext-input text-box ext-text-box" aria-labelledby="idDiv_SAOTCC_Title" aria-label="Code"
    placeholder="Code" aria-describedby="idDiv_SAOTCS_Title idDiv_SAOTCC_Description idSpan_SAOTCC_Error_OTC"
    data-field="code">
</div>
<div id="idDiv_SAOTCC_TD_Cb" class="checkbox" style="display: none;">
  <label id="idLbl_SAOTCC_TD_Cb"><input type="checkbox" name="rememberMFA" id="idChkBx_SAOTCC_TD" value="true">Don't ask again for 30 days</label>
</div>
<div class="links">
  <div id="idDiv_SAOTCS_HavingTrouble">Having trouble? <a id="signInAnotherWay" href="#" data-action="choose-method">Sign in another way</a></div>
  <div><a id="moreInfoUrl" href="${MORE_INFO_URL}" target="_blank" rel="noopener" aria-label="More information about two step verification">More information</a></div>
</div>
<div class="button-row">${primaryButton('idSubmit_SAOTCC_Continue', 'Verify')}</div>`,
  );
}
