// A React view one frame deeper (portal.md §3.3: "blades can nest iframes", and a frame's URL does
// not name the blade). With --markup viewFrames=nested the shell's frame draws nothing itself: it
// frames the same sandbox document once more and passes every message through, both ways.
export const INNER_FRAME_PARAM = 'inner';

/** Whether this document is the inner one of a nested pair (its parent is the sandbox origin). */
export function isInnerFrame(): boolean {
  return new URLSearchParams(location.search).get(INNER_FRAME_PARAM) === '1';
}

/** Whether the shell asked this frame to nest the view in a frame of its own. */
export function nestsView(): boolean {
  return new URLSearchParams(location.search).get('nest') === '1';
}

/** Turns this document into the outer frame: the view is drawn in an inner frame, messages relayed. */
export function relayToInnerFrame(shellOrigin: string): void {
  const url = new URL(location.href);
  url.searchParams.delete('nest');
  url.searchParams.set(INNER_FRAME_PARAM, '1');
  const inner = document.createElement('iframe');
  inner.className = 'fxs-reactview-inner';
  inner.src = url.href;
  inner.style.cssText = 'display: block; width: 100%; height: 100vh; border: 0';
  document.body.style.margin = '0';
  document.getElementById('reactview-root')!.replaceChildren(inner);
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source === window.parent && event.origin === shellOrigin) inner.contentWindow?.postMessage(event.data, location.origin);
    else if (event.source === inner.contentWindow && event.origin === location.origin) window.parent.postMessage(event.data, shellOrigin);
  });
}
