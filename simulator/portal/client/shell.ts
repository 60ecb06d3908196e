// Entry of the portal shell (top document): sign-in handshake, top bar, router, blades,
// notifications, and the overlays that come on their own time (welcome dialog, NPS survey).
import { html, nothing } from 'lit-html';
import { JUST_SIGNED_IN_KEY, type Me, type PortalConfig } from '../shared.ts';
import { Api } from './api.ts';
import { AppBlade } from './app-blade.ts';
import { AppListBlade } from './app-list.ts';
import { accessToken, bounceToSignIn, directoryInHash, enterDirectory, namesDirectory } from './auth.ts';
import type { Blade } from './blade-types.ts';
import { DirectoriesBlade } from './directories.ts';
import { EntraMenuBlade } from './entra-menu.ts';
import { env, setEnv } from './env.ts';
import { GenericBlade, NotFoundBlade } from './generic.ts';
import { HomeBlade } from './home.ts';
import { startNavigation } from './nav.ts';
import { startReactViewBridge } from './reactview-host.ts';
import { invalidate, mount } from './render-loop.ts';
import { parseRoute, type Route } from './router.ts';
import { notificationsPanelTemplate, notify, toastsTemplate } from './toasts.ts';
import { topBarTemplate } from './topbar.ts';
import { scheduleSurvey, surveyTemplate } from './survey.ts';
import { scheduleWelcome, welcomeTemplate } from './welcome.ts';

const config = (window as unknown as { __portalConfig: PortalConfig }).__portalConfig;
let me: Me | undefined;
let blade: Blade = new HomeBlade();
/** The deep-link-home fault: the route of this load is not drawn, Home is (the address keeps it). */
let homeInsteadOfRoute = false;
/** The fault fires once per tab. */
const LANDED_HOME_KEY = 'portal.deepLinkLandedHome';

function bladeFor(route: Route): Blade {
  switch (route.kind) {
    case 'home': return new HomeBlade();
    case 'entra': return new EntraMenuBlade(route);
    case 'app-list': return new AppListBlade();
    case 'app': return new AppBlade(route);
    case 'generic': return new GenericBlade(route.title);
    case 'directories': return new DirectoriesBlade();
    case 'not-found': return new NotFoundBlade();
  }
}

function applyRoute(): void {
  const route = homeInsteadOfRoute ? ({ kind: 'home' } as Route) : parseRoute(location.hash);
  homeInsteadOfRoute = false;
  if (!blade.accept?.(route)) blade = bladeFor(route);
  invalidate();
}

function shellTemplate() {
  if (!me) return html``;
  return html`${topBarTemplate(me)}
    <main id="fxs-main" class="fxs-main" tabindex="-1">${blade.template()}</main>
    ${notificationsPanelTemplate() ?? nothing}
    ${surveyTemplate()}
    ${toastsTemplate()}
    ${welcomeTemplate()}`;
}

/** A cold deep link that lands on Home (portal.md §1), with the address rewritten to #home or kept. */
function landOnHomeInstead(): void {
  const fault = config.deepLinkHome;
  if (!fault || sessionStorage.getItem(LANDED_HOME_KEY) || parseRoute(location.hash).kind === 'home') return;
  sessionStorage.setItem(LANDED_HOME_KEY, '1');
  if (fault === 'rewrite') history.replaceState(null, '', '#home');
  else homeInsteadOfRoute = true;
}

async function boot(): Promise<void> {
  setEnv({ config, api: new Api('', accessToken, () => bounceToSignIn(config)), notify });
  if (!accessToken()) {
    bounceToSignIn(config);
    return;
  }
  startReactViewBridge(config);
  me = await env().api.get<Me>('/me');
  // An address naming another directory (`#@<domain or ID>/…`): sign in to that one first.
  const named = directoryInHash(location.hash);
  if (named && !namesDirectory(named, me.tenant) && !config.directoryLinkIgnored) {
    enterDirectory(config, named);
    return;
  }
  const justSignedIn = sessionStorage.getItem(JUST_SIGNED_IN_KEY) === '1';
  if (!config.welcome) sessionStorage.removeItem(JUST_SIGNED_IN_KEY);
  if (justSignedIn) landOnHomeInstead();
  startNavigation(applyRoute);
  applyRoute();
  mount(document.getElementById('portal-root')!, shellTemplate);
  if (config.welcome && justSignedIn) scheduleWelcome(config.welcomeDelay);
  scheduleSurvey(config.surveyDelay);
}

void boot();
