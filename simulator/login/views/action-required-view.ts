// The MFA-registration interrupt (portal.md §2.6): "Action Required" with "Ask later"
// (`#btnAskLater`) and Next (`#idSubmit_ProofUp_Redirect`, to security-info setup).
// The exact layout was not found ([I]); see simulator/README.md.
import { heading, identityBanner, primaryButton, secondaryButton, view } from './parts.ts';

export const PROOF_UP_DAYS_LEFT = 14;

export function actionRequiredView(): string {
  return view(
    'actionRequired',
    `${identityBanner(false)}
${heading('Action Required', 'idDiv_ProofUp_Title')}
<div id="idDiv_ProofUp_Description" class="row text-body">Your organization requires additional security information to keep your account secure.</div>
<div class="row text-body">You have ${PROOF_UP_DAYS_LEFT} days until this is required.</div>
<div class="links">
  <div><a id="iLearnMore" href="https://aka.ms/MFASetupGuide" target="_blank" rel="noopener">Learn more</a></div>
</div>
<div class="button-row">
  ${secondaryButton('btnAskLater', 'Ask later', 'ask-later')}
  ${primaryButton('idSubmit_ProofUp_Redirect', 'Next')}
</div>`,
  );
}
