// "Sign in" (portal.md §2.1): the email box, Next, and the off-screen password box that
// password managers fill (§2.0: it exists on the real page and shows in aria snapshots).
import { escapeHtml } from '../html.ts';
import type { SignInStrings } from '../strings.ts';
import { primaryButton, view } from './parts.ts';

export function usernameView(strings: SignInStrings, loginHint: string): string {
  return view(
    'username',
    `<div id="loginHeader" class="row title ext-title"><div role="heading" aria-level="1">Sign in</div></div>
<div class="row form-group">
  <div role="alert" aria-live="assertive"><div id="usernameError" class="error ext-error alert-error" data-error="username"></div></div>
  <div class="placeholderContainer">
    <input type="email" name="loginfmt" id="i0116" maxlength="113" lang="en"
      class="form-control ltr_override input ext-input text-box ext-text-box" aria-required="true"
      aria-describedby="loginHeader usernameError" aria-label="${escapeHtml(strings.emailAriaLabel)}"
      placeholder="${escapeHtml(strings.emailPlaceholder)}" autocomplete="username" value="${escapeHtml(loginHint)}"
      data-field="username">
  </div>
</div>
<input name="passwd" type="password" id="i0118" autocomplete="off" tabindex="-1" aria-hidden="true"
  class="form-control input ext-input text-box ext-text-box moveOffScreen"
  data-bind="moveOffScreen, textInput: passwordBrowserPrefill">
<div class="links">
  <div><a id="cantAccessAccount" href="#" data-action="noop">Can’t access your account?</a></div>
</div>
<div class="button-row">${primaryButton('idSIButton9', 'Next')}</div>`,
    true,
  );
}
