// "Verify your identity" (portal.md §2.4): the method picker. Tiles are `div[data-value]`
// with role=button, named by their text.
import { escapeHtml } from '../html.ts';
import { MASKED_PHONE, MORE_INFO_URL, type SignInStrings } from '../strings.ts';
import type { AuthMethodId } from '../protocol.ts';
import { heading, identityBanner, secondaryButton, view } from './parts.ts';

const ICONS: Record<AuthMethodId, string> = {
  PhoneAppNotification: '<rect x="9" y="3" width="14" height="26" rx="2" fill="none" stroke="#404040" stroke-width="1.5"/><path d="M12 16l3 3 6-7" fill="none" stroke="#0067b8" stroke-width="1.5"/>',
  PhoneAppOTP: '<rect x="9" y="3" width="14" height="26" rx="2" fill="none" stroke="#404040" stroke-width="1.5"/><path d="M12 14h2M15 14h2M18 14h2M12 18h2M15 18h2M18 18h2" stroke="#0067b8" stroke-width="2"/>',
  OneWaySMS: '<path d="M5 7h22v14H13l-6 5v-5H5z" fill="none" stroke="#404040" stroke-width="1.5"/>',
};

function tile(method: AuthMethodId, text: string): string {
  return `<div class="tile" role="button" tabindex="0" data-value="${method}" data-action="begin-auth"><svg viewBox="0 0 32 32" aria-hidden="true">${ICONS[method]}</svg><div class="text-left">${escapeHtml(text)}</div></div>`;
}

/** The picker's tiles: the account's registered methods (an account with a phone only has the text message alone). */
export function verifyIdentityView(strings: SignInStrings, phoneOnly: boolean): string {
  return view(
    'verifyIdentity',
    `${identityBanner(false)}
${heading('Verify your identity', 'idDiv_SAOTCS_Title')}
<div id="idDiv_SAOTCS_Proofs" class="tiles">
${phoneOnly ? '' : tile('PhoneAppNotification', 'Approve a request on my Microsoft Authenticator app')}
${phoneOnly ? '' : tile('PhoneAppOTP', strings.verificationCodeTile)}
${tile('OneWaySMS', `Text ${MASKED_PHONE}`)}
</div>
<div class="links">
  <div><a id="moreInfoUrl" href="${MORE_INFO_URL}" target="_blank" rel="noopener" aria-label="More information about two step verification">More information</a></div>
  <div>Are your verification methods current? Check at <a href="https://aka.ms/mfasetup" target="_blank" rel="noopener">https://aka.ms/mfasetup</a></div>
</div>
<div class="button-row">${secondaryButton('idBtn_SAOTCS_Cancel', 'Cancel', 'cancel-method')}</div>`,
  );
}
