// The HTML documents the portal and sandbox origins answer with. The browser code does the rest.
import type { PortalConfig } from './shared.ts';

/** JSON safe to inline in a <script> element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function shellPage(config: PortalConfig): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Microsoft Azure</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/Content/portal.css">
<script>window.__portalConfig = ${inlineJson(config)};</script>
</head>
<body class="fxs-theme-light">
<div id="portal-root" class="fxs-portal"><div class="fxs-splash" role="progressbar" aria-label="Loading..."><div class="fxs-splash-logo">Microsoft Azure</div><div class="fxs-progress-dots"><span></span><span></span><span></span></div></div></div>
<script src="/Content/Dynamic/shell.js"></script>
</body>
</html>`;
}

/** The end of sign-in: keep the access token in this tab and go back to where the user was. */
export function signedInPage(accessToken: string, hash: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Signing in...</title></head>
<body>
<script>
sessionStorage.setItem('portal.accessToken', ${inlineJson(accessToken)});
sessionStorage.setItem('portal.justSignedIn', '1');
location.replace('/' + ${inlineJson(hash)});
</script>
</body></html>`;
}

export function errorPage(title: string, message: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI",sans-serif;margin:48px;color:#323130}h1{font-weight:600;font-size:20px}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to the Azure portal</a></p></body></html>`;
}

export function sandboxPage(portalOrigin: string): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>ReactView</title>
<link rel="stylesheet" href="/Content/portal.css">
<script>window.__sandboxParentOrigin = ${inlineJson(portalOrigin)};</script>
</head>
<body class="fxs-theme-light fxs-reactview">
<div id="reactview-root"><div class="fxs-blade-loading" role="progressbar" aria-label="Loading..."><span class="fxs-spinner"></span>Loading...</div></div>
<script src="/Content/Dynamic/reactview.js"></script>
</body>
</html>`;
}
