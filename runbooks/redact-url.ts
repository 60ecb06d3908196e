// A URL fit for a report: the page and the blade route stay, every query value (codes, state,
// nonces, tokens) and any token in the fragment goes.
const TOKEN_IN_FRAGMENT = /((?:access_token|id_token|code|state|session_state|client_info)=)[^&]*/g;

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\?.*$/, '');
  }
  for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, '…');
  parsed.username = '';
  parsed.password = '';
  return parsed.toString().replace(/%E2%80%A6/g, '…').replace(TOKEN_IN_FRAGMENT, '$1…');
}
