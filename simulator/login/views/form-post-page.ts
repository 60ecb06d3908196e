// The response_mode=form_post hand-over, as ESTS renders it: a hidden form that posts the
// authorization code and state to the redirect_uri, submitted by a one-line script.
import { escapeHtml } from '../html.ts';

export function formPostPage(redirectUri: string, code: string, state: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Working...</title></head>
<body>
<form method="POST" name="hiddenform" action="${escapeHtml(redirectUri)}">
<input type="hidden" name="code" value="${escapeHtml(code)}">
<input type="hidden" name="state" value="${escapeHtml(state)}">
<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript>
</form>
<script>document.forms[0].submit();</script>
</body></html>`;
}
