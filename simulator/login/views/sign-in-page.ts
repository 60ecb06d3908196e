// The one sign-in page (portal.md §2.0): `<title>Sign in to your account</title>`, meta PageID
// ConvergedSignIn, ONE `form#i0281[name=f1]` holding every view in `div.pagination-view`,
// the shared aria skeleton (img "Microsoft", main, footer contentinfo) and the page script.
import { escapeHtml } from '../html.ts';
import { ENDPOINTS } from '../protocol.ts';
import { SIGN_IN_CSS } from '../styles.ts';
import type { SignInStrings } from '../strings.ts';
import type { MarkupVariants } from '../../options.ts';
import { MICROSOFT_LOGO } from './parts.ts';
import { usernameView } from './username-view.ts';
import { passwordView } from './password-view.ts';
import { enterCodeView } from './enter-code-view.ts';
import { approveRequestView, passwordlessView } from './approve-request-view.ts';
import { verifyIdentityView } from './verify-identity-view.ts';
import { staySignedInView } from './stay-signed-in-view.ts';
import { actionRequiredView } from './action-required-view.ts';

export interface SignInPageInput {
  strings: SignInStrings;
  flowToken: string;
  loginHint: string;
  /** The bundled page script (simulator/login/client). */
  script: string;
  /** The MFA-registration nag's wording (`--markup interrupt=…`). */
  interrupt: MarkupVariants['interrupt'];
  /** The account has a phone only (`--mfa sms-only`): the method picker offers the text message alone. */
  phoneOnly: boolean;
}

const KEY_ICON = `<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><circle cx="8" cy="12" r="4" fill="none" stroke="#404040" stroke-width="1.5"/><path d="M12 12h9v3M18 12v2" fill="none" stroke="#404040" stroke-width="1.5"/></svg>`;

export function pageShell(title: string, pageId: string, body: string, script = ''): string {
  return `<!DOCTYPE html>
<html dir="ltr" lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=2.0, user-scalable=yes">
<meta name="PageID" content="${pageId}">
<meta name="SiteID" content="">
<meta name="robots" content="none">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${SIGN_IN_CSS}</style>
</head>
<body class="cb">
${body}
<div id="footer" role="contentinfo" class="footer ext-footer">
  <a id="ftrTerms" href="https://www.microsoft.com/en-US/servicesagreement/">Terms of use</a>
  <a id="ftrPrivacy" href="https://privacy.microsoft.com/en-US/privacystatement">Privacy &amp; cookies</a>
  <a id="moreOptions" href="#" role="button" aria-label="Click here for troubleshooting information" aria-expanded="false">...</a>
</div>
${script ? `<script>${script}</script>` : ''}
</body>
</html>`;
}

export function signInPage({ strings, flowToken, loginHint, script, interrupt, phoneOnly }: SignInPageInput): string {
  const body = `<form name="f1" id="i0281" novalidate spellcheck="false" method="post" target="_top" autocomplete="off" action="${ENDPOINTS.finish}">
<input type="hidden" name="flowToken" value="${escapeHtml(flowToken)}">
<div class="outer"><div class="middle">
<div class="inner fade-in-lightbox">
  <div class="progress" role="progressbar" aria-label="Please wait" style="display: none;" data-progress><div></div><div></div><div></div><div></div><div></div></div>
  <div>${MICROSOFT_LOGO}</div>
  <div role="main">
    <div class="pagination-view animate slide-in-next">
${usernameView(strings, loginHint)}
${passwordView()}
${enterCodeView()}
${approveRequestView(strings)}
${passwordlessView()}
${verifyIdentityView(strings, phoneOnly)}
${staySignedInView()}
${actionRequiredView(interrupt)}
    </div>
  </div>
</div>
<div class="promoted-fed-cred-box" data-shown-with="username">
  <div role="button" tabindex="0" class="promoted-fed-cred-content" data-action="noop">${KEY_ICON}<div>Sign-in options</div></div>
</div>
</div></div>
</form>`;
  return pageShell('Sign in to your account', 'ConvergedSignIn', body, script);
}
