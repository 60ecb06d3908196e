// In-portal navigation: the shell pushes its own history entries (marked) and routes on them;
// back/forward between those entries routes too. Hash changes the shell did not make are ignored.
type Listener = () => void;
let listener: Listener | undefined;

const MARK = { portal: true } as const;

export function startNavigation(onRoute: Listener): void {
  listener = onRoute;
  history.replaceState(MARK, '', location.href);
  window.addEventListener('popstate', (event) => {
    if ((event.state as typeof MARK | null)?.portal) listener?.();
  });
}

/** In a React-view frame: in-portal links are the shell's to follow (postMessage). */
let handOver: ((hash: string) => void) | undefined;

export function navigateInShell(post: (hash: string) => void): void {
  handOver = post;
}

export function navigate(hash: string): void {
  if (handOver) {
    handOver(hash);
    return;
  }
  if (location.hash === hash) return;
  history.pushState(MARK, '', hash);
  listener?.();
}

/** Click handler for an <a href="#..."> the portal renders: route in-app. */
export function linkTo(hash: string) {
  return (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(hash);
  };
}
