// The sign-in card's look: a 440px white card centred on a light background, Segoe-like
// system fonts, the blue primary button, the marching-dots progress bar. No external resources.
export const SIGN_IN_CSS = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body {
  font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 15px; line-height: 20px; color: #1b1b1b; background: #f2f2f2;
  background-image: linear-gradient(135deg, #e8eef5 0%, #f3f2f1 45%, #e6ecf2 100%);
}
form#i0281 { height: 100%; }
.outer { display: table; width: 100%; height: 100%; }
.middle { display: table-cell; vertical-align: middle; padding-bottom: 48px; }
.inner {
  position: relative; max-width: 440px; width: calc(100% - 40px); min-width: 320px; min-height: 338px;
  margin: 0 auto 28px; padding: 44px; background: #fff; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); overflow: hidden;
}
.logo { display: block; height: 24px; width: 108px; }
.row { margin: 0; }
.title, .text-title { font-size: 1.5rem; font-weight: 600; line-height: 1.75rem; margin: 16px 0 12px; padding: 0; }
.text-body { margin-bottom: 16px; }
.identityBanner { display: flex; align-items: center; margin-top: 16px; height: 24px; }
.identity { font-size: 15px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.backButton { border: 0; background: none; padding: 0 4px 0 0; margin: 0 4px 0 -4px; cursor: pointer; height: 24px; width: 24px; }
.backButton svg { width: 24px; height: 24px; }
.form-group { margin-bottom: 16px; }
.input.text-box {
  display: block; width: 100%; height: 36px; padding: 6px 10px 6px 0; font: inherit; color: #1b1b1b;
  border: 0; border-bottom: 1px solid rgba(0, 0, 0, 0.6); background: transparent; outline: none; border-radius: 0;
}
.input.text-box:hover { border-bottom-color: #323232; }
.input.text-box:focus { border-bottom: 2px solid #0067b8; }
.input.text-box.has-error { border-bottom-color: #e81123; }
.moveOffScreen { position: fixed; bottom: 0; right: 0; height: 0 !important; width: 0 !important; overflow: hidden;
  opacity: 0; border: 0; padding: 0; margin: 0; left: -10000px; }
.error { color: #e81123; }
.alert-error:empty { display: none; }
.alert-error { margin: 0 0 8px; }
a { color: #0067b8; text-decoration: none; }
a:hover { text-decoration: underline; color: #666; }
.links { font-size: 13px; margin: 16px 0 0; }
.links > div { margin-bottom: 16px; }
.button-row { display: flex; justify-content: flex-end; gap: 4px; margin-top: 28px; }
.win-button {
  min-width: 108px; min-height: 32px; padding: 4px 12px; font: inherit; border: 1px solid transparent;
  cursor: pointer; background: rgba(0, 0, 0, 0.2); color: #000;
}
.win-button.button_primary { background: #0067b8; color: #fff; border-color: #0067b8; }
.win-button.button_primary:hover { background: #005da6; }
.win-button:disabled { opacity: 0.6; cursor: default; }
.checkbox { margin: 8px 0 16px; font-size: 15px; }
.checkbox input { margin: 0 8px 0 0; vertical-align: -2px; }
.displaySign { font-size: 2.5rem; font-weight: 600; line-height: 3rem; margin: 24px 0; text-align: center; }
.tiles { margin: 0 -44px; }
.tile { display: flex; align-items: center; gap: 12px; padding: 12px 44px; cursor: pointer; }
.tile:hover, .tile:focus { background: rgba(0, 0, 0, 0.1); outline: none; }
.tile svg { flex: none; width: 32px; height: 32px; }
.progress { position: absolute; top: 0; left: 0; width: 100%; height: 4px; overflow: hidden; }
.progress > div { position: absolute; top: 0; width: 4px; height: 4px; border-radius: 50%; background: #0067b8;
  animation: marching 2s infinite cubic-bezier(0.3, 0.6, 0.7, 0.4); left: -5%; }
.progress > div:nth-child(2) { animation-delay: 0.15s; }
.progress > div:nth-child(3) { animation-delay: 0.3s; }
.progress > div:nth-child(4) { animation-delay: 0.45s; }
.progress > div:nth-child(5) { animation-delay: 0.6s; }
@keyframes marching { 0% { left: -5%; } 100% { left: 105%; } }
.promoted-fed-cred-box { max-width: 440px; width: calc(100% - 40px); min-width: 320px; margin: 0 auto; background: #fff;
  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); }
.promoted-fed-cred-box [role=button] { display: flex; align-items: center; gap: 12px; padding: 12px 44px; cursor: pointer; }
.promoted-fed-cred-box [role=button]:hover { background: rgba(0, 0, 0, 0.1); }
#footer { position: fixed; bottom: 0; right: 0; left: 0; display: flex; justify-content: flex-end; align-items: center;
  height: 28px; font-size: 12px; background: rgba(255, 255, 255, 0.6); }
#footer a { color: #000; margin-right: 16px; }
`;
