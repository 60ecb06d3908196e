// Reaches an app's "Certificates & secrets": by deep link when its Application (client) ID is
// known; a display name is found in App registrations first and opened from the list, as the
// guide's last two clicks do (the list → the app → Certificates & secrets: no reload of the
// portal); or all the guide's clicks (Home → Microsoft Entra ID → App registrations → the app →
// Certificates & secrets). A name whose
// Application ID an earlier run saw is tried by deep link first and confirmed by the blade's
// title; a renamed or deleted app falls back to the list. Each part
// runs under the session's interruption guard: an overlay or a sign-in at any moment is answered
// and the part resumes.
import type { Locator } from 'playwright';
import { AppRegistrationsBlade, APP_REGISTRATIONS_ROUTE, appRegistrationsContent, type AppMatch } from '../pages/app-registrations-blade.ts';
import { AppOverviewBlade } from '../pages/app-overview-blade.ts';
import { ApplicationBlade } from '../pages/application-blade.ts';
import { CertificatesSecretsBlade, certificatesSecretsContent, credentialsRoute } from '../pages/certificates-secrets-blade.ts';
import { EntraIdBlade } from '../pages/entra-id-blade.ts';
import { findSurface, type Scope } from '../pages/surface.ts';
import type { Settled } from '../pages/race.ts';
import type { AppSelector } from './create-secret-request.ts';
import { RunbookError } from './errors.ts';
import type { KnownApps } from './known-apps.ts';
import type { PortalSession } from './portal-session.ts';
import type { Steps } from './steps.ts';
import { STEP_TITLES } from './step-titles.ts';

const BLADE_TIMEOUT = 60_000;
/** A remembered ID is a shortcut: if its blade is not up by then, the list is searched instead. */
const REMEMBERED_TIMEOUT = 20_000;
/**
 * Home drawn while the address still names a blade: the blade loading over Home, or a cold deep link
 * that landed on Home and kept its address (§1). Home alone this long is taken for the landing.
 */
const HOME_GRACE = 15_000;
/** How long the Overview's Essentials are waited for on the way to Certificates & secrets (else read by deep link later). */
const OVERVIEW_ON_THE_WAY = 10_000;

export interface ReachedBlade {
  app: AppMatch;
  blade: CertificatesSecretsBlade;
}

type Landing = { kind: 'target'; blade: CertificatesSecretsBlade } | { kind: 'home' } | { kind: 'missing'; message: string };

/** The portal's error blade for an app it cannot find (wording not in the reference: any of these). */
const missingAppHeading = (scope: Parameters<typeof appRegistrationsContent>[0]) =>
  scope.getByRole('heading', { name: /not found|does not exist|was deleted|no access|not authorized/i });

export class CredentialsNavigator {
  constructor(
    private readonly session: PortalSession,
    private readonly steps: Steps,
    /** Name → Application ID from earlier runs (create-secret passes it; others search the list). */
    private readonly knownApps?: KnownApps,
    /** The run's want of the Directory (tenant) ID: read from the app's Overview when a click passes it. */
    private readonly tenant?: { wanted: () => boolean; seen: (tenantId: string) => Promise<void> },
  ) {}

  /**
   * The first page the run needs, to open (and come back to after signing in) instead of Home:
   * the app's Certificates & secrets when its ID is known, else App registrations; Home for clicks.
   */
  async startRoute(selector: AppSelector, navigate: boolean): Promise<string | undefined> {
    if (navigate) return undefined;
    if (selector.kind === 'id') return credentialsRoute(selector.appId);
    const remembered = await this.knownApps?.idFor(selector.displayName);
    return remembered ? credentialsRoute(remembered) : APP_REGISTRATIONS_ROUTE;
  }

  async reach(selector: AppSelector, navigate: boolean): Promise<ReachedBlade> {
    const { guard } = this.session;
    if (navigate) {
      const title = STEP_TITLES.openByMenus;
      return this.steps.run(title, () => guard.protect(title, () => this.byClicks(selector)));
    }
    if (selector.kind === 'id') {
      const title = STEP_TITLES.openByDeepLink;
      return this.steps.run(title, () => guard.protect(title, () => this.byDeepLink(selector.appId, undefined, { unlessThere: true })));
    }
    const remembered = await this.byRememberedId(selector.displayName);
    if (remembered) return remembered;
    const findTitle = STEP_TITLES.findInList(selector.displayName);
    const { list, app } = await this.steps.run(findTitle, () => guard.protect(findTitle, () => this.resolveName(selector)));
    // From the list the app is one click away; after an interruption (the portal reloaded, or
    // signed in again) the list is gone and the deep link is the way back.
    let listShowing = true;
    const title = STEP_TITLES.openFromList(app.displayName);
    const reached = await this.steps.run(title, () =>
      guard.protect(title, () => {
        if (!listShowing) return this.byDeepLink(app.appId, app);
        listShowing = false;
        return this.fromList(list, app);
      }),
    );
    await this.knownApps?.remember(reached.app);
    return reached;
  }

  /**
   * The blade by the Application ID an earlier run found for this name, if its title still
   * names the app; undefined (and the ID forgotten) when the app was renamed, deleted or slow.
   */
  private async byRememberedId(displayName: string): Promise<ReachedBlade | undefined> {
    const appId = await this.knownApps?.idFor(displayName);
    if (!appId) return undefined;
    const title = STEP_TITLES.openByRememberedId(displayName);
    const reached = await this.steps
      .run(title, () =>
        this.session.guard.protect(title, async () => {
          const landing = await this.openCredentials(appId, { timeout: REMEMBERED_TIMEOUT, unlessThere: true }).catch(() => undefined);
          if (landing?.kind !== 'target') return undefined;
          const shown = await landing.blade.appName();
          return shown === displayName ? { app: { appId, displayName }, blade: landing.blade } : undefined;
        }),
      )
      .catch(() => undefined);
    if (!reached) {
      this.steps.note(`the remembered Application ID no longer opens "${displayName}": searching App registrations`);
      await this.knownApps?.forget(displayName);
    }
    return reached;
  }

  /** The blade again, by deep link (after an interruption reloaded the portal). */
  async reopen(app: AppMatch): Promise<CertificatesSecretsBlade> {
    return (await this.byDeepLink(app.appId, app)).blade;
  }

  private async byDeepLink(appId: string, app: AppMatch | undefined, { unlessThere = false } = {}): Promise<ReachedBlade> {
    const landing = await this.openCredentials(appId, { unlessThere });
    if (landing.kind === 'missing') {
      throw new RunbookError('app-not-found', `The portal found no app registration with Application (client) ID ${appId}: "${landing.message}".`);
    }
    if (landing.kind === 'home') {
      // A cold deep link sometimes lands on Home (§1): take the guide's clicks from there.
      this.steps.note('the deep link landed on Home: continuing by clicks');
      return this.fromHome(app ? { kind: 'name', displayName: app.displayName } : { kind: 'id', appId });
    }
    return { app: app ?? { appId, displayName: await landing.blade.appName() }, blade: landing.blade };
  }

  /** Deep link to App registrations, filter, exact match. */
  private async resolveName(selector: AppSelector): Promise<{ list: AppRegistrationsBlade; app: AppMatch }> {
    const { shell } = this.session;
    await shell.open(APP_REGISTRATIONS_ROUTE, { unlessThere: true });
    const page = this.session.page;
    const landing = await Promise.any([
      findSurface(page, appRegistrationsContent, { what: 'The App registrations list', timeout: BLADE_TIMEOUT }).then(() => 'target' as const),
      shell.showing({ home: shell.homeServices }, BLADE_TIMEOUT),
    ]).catch(() => {
      throw new Error(`App registrations did not open within ${BLADE_TIMEOUT / 1000} s`);
    });
    if (landing === 'home' && !(await this.stillComing('ApplicationsListBlade', appRegistrationsContent))) {
      this.steps.note('the link to App registrations landed on Home: continuing by clicks');
      await new EntraIdBlade(page).openAppRegistrations();
    }
    const list = await AppRegistrationsBlade.find(page);
    return { list, app: await list.findApp(selector) };
  }

  private async byClicks(selector: AppSelector): Promise<ReachedBlade> {
    await this.session.shell.showing({ ready: this.session.shell.brandLink });
    await this.session.shell.goHome();
    return this.fromHome(selector);
  }

  /** Home → Microsoft Entra ID → App registrations → the app → Certificates & secrets. */
  private async fromHome(selector: AppSelector): Promise<ReachedBlade> {
    const page = this.session.page;
    await this.session.shell.openEntraId();
    await new EntraIdBlade(page).openAppRegistrations();
    const list = await this.arrival(AppRegistrationsBlade.find(page));
    return this.fromList(list, await list.findApp(selector));
  }

  /** The list → the app → Certificates & secrets. */
  private async fromList(list: AppRegistrationsBlade, app: AppMatch): Promise<ReachedBlade> {
    await list.openApp(app);
    // The app opens on its Overview: its Essentials name the directory, for free on the way.
    if (this.tenant?.wanted()) {
      const tenantId = await new AppOverviewBlade(this.session.page).directoryTenantId(OVERVIEW_ON_THE_WAY).catch(() => undefined);
      if (tenantId) await this.tenant.seen(tenantId);
    }
    await new ApplicationBlade(this.session.page).openCertificatesSecrets();
    return { app, blade: await this.arrival(CertificatesSecretsBlade.find(this.session.page, BLADE_TIMEOUT)) };
  }

  /**
   * Waiting for a blade a click opened, given up at once when the portal leaves for sign-in
   * meanwhile: it may come back elsewhere (Home, its address kept), where the blade would be waited
   * out to its timeout before the step started again. Only a wait: nothing of it runs on.
   */
  private arrival<T>(blade: Promise<T>): Promise<T> {
    return this.session.guard.watch(blade);
  }

  /** Opens the credentials route and says where it landed: the blade (in any frame), Home, or an error blade. */
  private async openCredentials(appId: string, { timeout = BLADE_TIMEOUT, unlessThere = false } = {}): Promise<Landing> {
    const { page, shell } = this.session;
    await shell.open(credentialsRoute(appId), { unlessThere });
    const blade = CertificatesSecretsBlade.find(page, timeout).then((found): Landing => ({ kind: 'target', blade: found }));
    blade.catch(() => undefined);
    // Home and the error blade stop looking once the landing is known: left to their timeout, each
    // app of a many-apps run added two waits polling the page for a minute, and the run slowed.
    const decided: Settled = { settled: false };
    const home = shell.showing({ home: shell.homeServices }, timeout, decided).then((): Landing => ({ kind: 'home' }));
    const missing = findSurface(page, missingAppHeading, { what: 'An error blade', timeout, until: decided }).then(
      async (scope): Promise<Landing> => ({ kind: 'missing', message: (await missingAppHeading(scope).first().innerText()).trim() }),
    );
    const landing = await Promise.any([blade, home, missing])
      .catch(() => {
        throw new Error(`Certificates & secrets did not open within ${timeout / 1000} s`);
      })
      .finally(() => {
        decided.settled = true;
      });
    // Home drawn behind a blade that is still loading is not a landing on Home.
    if (landing.kind === 'home' && (await this.stillComing('ApplicationMenuBlade', certificatesSecretsContent))) return blade;
    return landing;
  }

  /** Whether the blade the address names still comes, while Home is what shows (see HOME_GRACE). */
  private async stillComing(routeFragment: string, content: (scope: Scope) => Locator): Promise<boolean> {
    if (!this.session.shell.routeStillOpen(routeFragment)) return false;
    return findSurface(this.session.page, content, { what: 'The blade the address names', timeout: HOME_GRACE }).then(
      () => true,
      () => false,
    );
  }
}
