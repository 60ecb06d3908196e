// "Stay signed in?" (portal.md §2.5). No (`#idBtn_Back`, type=button) precedes Yes
// (`#idSIButton9`) in DOM order, as on the real page.
import { heading, identityBanner, primaryButton, secondaryButton, view } from './parts.ts';

export function staySignedInView(): string {
  return view(
    'staySignedIn',
    `${identityBanner(false)}
${heading('Stay signed in?')}
<div id="KmsiDescription" class="row text-body">Do this to reduce the number of times you are asked to sign in.</div>
<div class="checkbox">
  <label><input id="KmsiCheckboxField" name="DontShowAgain" type="checkbox" value="true" aria-label="Don't show this again"><span>Don't show this again</span></label>
</div>
<div class="button-row">
  ${secondaryButton('idBtn_Back', 'No', 'kmsi-no')}
  ${primaryButton('idSIButton9', 'Yes', ' aria-describedby="KmsiDescription"')}
</div>`,
  );
}
