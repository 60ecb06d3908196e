// "Enter password" (portal.md §2.2). `#idBtn_Back` comes before `#idSIButton9` in DOM order.
import { PASSWORD_RESET_URL } from '../strings.ts';
import { identityBanner, primaryButton, view } from './parts.ts';

export function passwordView(): string {
  return view(
    'password',
    `${identityBanner(true)}
<input type="email" name="loginfmt" class="moveOffScreen" tabindex="-1" autocomplete="username" data-upn-value>
<div id="loginHeader" class="row title ext-title"><div role="heading" aria-level="1">Enter password</div></div>
<div class="row form-group">
  <div role="alert" aria-live="assertive"><div id="passwordError" class="error ext-error alert-error" data-error="password"></div></div>
  <div class="placeholderContainer">
    <input name="passwd" type="password" id="i0118" autocomplete="current-password" aria-required="true"
      class="form-control input ext-input text-box ext-text-box" aria-describedby="loginHeader passwordError"
      placeholder="Password" aria-label="Enter the password for" data-field="password" data-upn-label="Enter the password for ">
  </div>
</div>
<div class="links">
  <div><a id="idA_PWD_ForgotPassword" href="${PASSWORD_RESET_URL}">Forgot my password</a></div>
</div>
<div class="button-row">${primaryButton('idSIButton9', 'Sign in')}</div>`,
  );
}
