// Reaches an app's "Certificates & secrets": by deep link when its Application (client) ID is
// known (a display name is resolved through App registrations first), or by the guide's clicks
// (Home → Microsoft Entra ID → App registrations → the app → Certificates & secrets). Each part
// runs under the session's interruption guard: an overlay or a sign-in at any moment is answered
// and the part resumes.
import { AppRegistrationsBlade, APP_REGISTRATIONS_ROUTE, appRegistrationsContent, type AppMatch } from '../pages/app-registrations-blade.ts';
import { ApplicationBlade } from '../pages/application-blade.ts';
import { CertificatesSecretsBlade, credentialsRoute } from '../pages/certificates-secrets-blade.ts';
import { EntraIdBlade } from '../pages/entra-id-blade.ts';
import { findSurface } from '../pages/surface.ts';
import type { AppSelector } from './create-secret-request.ts';
import type { PortalSession } from './portal-session.ts';
import type { Steps } from './steps.ts';

const BLADE_TIMEOUT = 60_000;

export interface ReachedBlade {
  app: AppMatch;
  blade: CertificatesSecretsBlade;
}

type Landing = { kind: 'target'; blade: CertificatesSecretsBlade } | { kind: 'home' };

export class CredentialsNavigator {
  constructor(
    private readonly session: PortalSession,
    private readonly steps: Steps,
  ) {}

  async reach(selector: AppSelector, navigate: boolean): Promise<ReachedBlade> {
    const { guard } = this.session;
    if (navigate) {
      const title = 'Open Certificates & secrets by the menus';
      return this.steps.run(title, () => guard.protect(title, () => this.byClicks(selector)));
    }
    let app: AppMatch | undefined;
    if (selector.kind === 'name') {
      const title = `Find "${selector.displayName}" in App registrations`;
      app = await this.steps.run(title, () => guard.protect(title, () => this.resolveName(selector)));
    }
    const appId = app?.appId ?? (selector.kind === 'id' ? selector.appId : '');
    const title = 'Open Certificates & secrets by deep link';
    return this.steps.run(title, () => guard.protect(title, () => this.byDeepLink(appId, app)));
  }

  /** The blade again, by deep link (after an interruption reloaded the portal). */
  async reopen(app: AppMatch): Promise<CertificatesSecretsBlade> {
    return (await this.byDeepLink(app.appId, app)).blade;
  }

  private async byDeepLink(appId: string, app: AppMatch | undefined): Promise<ReachedBlade> {
    const landing = await this.openCredentials(appId);
    if (landing.kind === 'home') {
      // A cold deep link sometimes lands on Home (§1): take the guide's clicks from there.
      this.steps.note('the deep link landed on Home: continuing by clicks');
      return this.fromHome(app ? { kind: 'name', displayName: app.displayName } : { kind: 'id', appId });
    }
    return { app: app ?? { appId, displayName: await landing.blade.appName() }, blade: landing.blade };
  }

  /** Deep link to App registrations, filter, exact match. */
  private async resolveName(selector: AppSelector): Promise<AppMatch> {
    const { shell } = this.session;
    await shell.open(APP_REGISTRATIONS_ROUTE);
    const page = this.session.page;
    const landing = await Promise.any([
      findSurface(page, appRegistrationsContent, { what: 'The App registrations list', timeout: BLADE_TIMEOUT }).then(() => 'target' as const),
      shell.showing({ home: shell.homeServices }, BLADE_TIMEOUT),
    ]).catch(() => {
      throw new Error(`App registrations did not open within ${BLADE_TIMEOUT / 1000} s`);
    });
    if (landing === 'home' && !shell.routeStillOpen('ApplicationsListBlade')) {
      await new EntraIdBlade(page).openAppRegistrations();
    }
    return (await AppRegistrationsBlade.find(page)).findApp(selector);
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
    const list = await AppRegistrationsBlade.find(page);
    const app = await list.findApp(selector);
    await list.openApp(app);
    await new ApplicationBlade(page).openCertificatesSecrets();
    return { app, blade: await CertificatesSecretsBlade.find(page, BLADE_TIMEOUT) };
  }

  /** Opens the credentials route and says where it landed: the blade (in any frame) or Home. */
  private async openCredentials(appId: string): Promise<Landing> {
    const { page, shell } = this.session;
    await shell.open(credentialsRoute(appId));
    const blade = CertificatesSecretsBlade.find(page, BLADE_TIMEOUT).then((found): Landing => ({ kind: 'target', blade: found }));
    blade.catch(() => undefined);
    const home = shell.showing({ home: shell.homeServices }, BLADE_TIMEOUT).then((): Landing => ({ kind: 'home' }));
    const landing = await Promise.any([blade, home]).catch(() => {
      throw new Error(`Certificates & secrets did not open within ${BLADE_TIMEOUT / 1000} s`);
    });
    // Home drawn behind a blade that is still loading is not a landing on Home.
    if (landing.kind === 'home' && shell.routeStillOpen('ApplicationMenuBlade')) return blade;
    return landing;
  }
}
