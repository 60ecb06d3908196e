// The MFA-registration interrupt (portal.md §2.6), in the wordings the reference lists: "Action
// Required" with "Ask later" (`#btnAskLater`), "More information required" with "Not now"
// (`#iCancel`), "Let's keep your account secure" with "Skip setup" (`#iShowSkip`), "Help us
// protect your account" with "Skip for now"; each beside Next (`#idSubmit_ProofUp_Redirect`).
// The exact layouts were not found ([I]); see simulator/README.md.
import type { MarkupVariants } from '../../options.ts';
import { heading, identityBanner, primaryButton, secondaryButton, view } from './parts.ts';

export const PROOF_UP_DAYS_LEFT = 14;

const WORDINGS: Record<MarkupVariants['interrupt'], { title: string; id: string; later: string }> = {
  'ask-later': { title: 'Action Required', id: 'btnAskLater', later: 'Ask later' },
  'not-now': { title: 'More information required', id: 'iCancel', later: 'Not now' },
  'skip-setup': { title: 'Let\u2019s keep your account secure', id: 'iShowSkip', later: 'Skip setup' },
  'skip-for-now': { title: 'Help us protect your account', id: 'btnSkipForNow', later: 'Skip for now' },
};

export function actionRequiredView(wording: MarkupVariants['interrupt']): string {
  const { title, id, later } = WORDINGS[wording];
  return view(
    'actionRequired',
    `${identityBanner(false)}
${heading(title, 'idDiv_ProofUp_Title')}
<div id="idDiv_ProofUp_Description" class="row text-body">Your organization requires additional security information to keep your account secure.</div>
<div class="row text-body">You have ${PROOF_UP_DAYS_LEFT} days until this is required.</div>
<div class="links">
  <div><a id="iLearnMore" href="https://aka.ms/MFASetupGuide" target="_blank" rel="noopener">Learn more</a></div>
</div>
<div class="button-row">
  ${secondaryButton(id, later, 'ask-later')}
  ${primaryButton('idSubmit_ProofUp_Redirect', 'Next')}
</div>`,
  );
}
