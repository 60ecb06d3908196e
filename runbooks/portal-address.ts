// Where the page is, told from its address: the portal's own page and route, or elsewhere (the
// sign-in origin, the hand-over pages on the portal's origin). For the interruption guard.

export function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/** The portal's own page (any route, or none), not the sign-in origin nor its hand-over pages. */
export function onPortalPage(url: string, base: string): boolean {
  try {
    const [a, b] = [new URL(url), new URL(base)];
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** The portal's own page showing a route (its hash), the place a step is at. */
export function onPortalRoute(url: string, base: string): boolean {
  try {
    const [a, b] = [new URL(url), new URL(base)];
    return a.origin === b.origin && a.pathname === b.pathname && a.hash.length > 1;
  } catch {
    return false;
  }
}

/** The portal route of an address: its hash, decoded. */
export function routeOf(url: string): string {
  return decodeURIComponent(new URL(url).hash.replace(/^#/, ''));
}
