// Reaches an app's "Certificates & secrets": by deep link when its Application (client) ID is
// known (a display name is resolved through App registrations first), or by the guide's clicks
// (Home → Microsoft Entra ID → App registrations → the app → Certificates & secrets).
import type { Frame, Locator } from 'playwright';
import { AppRegistrationsBlade, APP_REGISTRATIONS_ROUTE, type AppMatch } from '../pages/app-registrations-blade.ts';
import { ApplicationBlade } from '../pages/application-blade.ts';
import { frameShowing } from '../pages/blade-frame.ts';
import { CertificatesSecretsBlade, certificatesSecretsContent, credentialsRoute } from '../pages/certificates-secrets-blade.ts';
import { EntraIdBlade } from '../pages/entra-id-blade.ts';
import type { AppSelector } from './create-secret-request.ts';
import type { PortalSession } from './portal-session.ts';
import type { Steps } from './steps.ts';

const BLADE_TIMEOUT = 60_000;

export interface ReachedBlade {
  app: AppMatch;
  blade: CertificatesSecretsBlade;
}

type Landing = { kind: 'target'; frame: Frame } | { kind: 'home' } | { kind: 'signIn' };

export class CredentialsNavigator {
  constructor(
    private readonly session: PortalSession,
    private readonly steps: Steps,
  ) {}

  async reach(selector: AppSelector, navigate: boolean): Promise<ReachedBlade> {
    const reached = await this.reachBlade(selector, navigate);
    await this.session.shell.armOverlayHandlers();
    return reached;
  }

  private async reachBlade(selector: AppSelector, navigate: boolean): Promise<ReachedBlade> {
    if (navigate) return this.byClicks(selector);
    const app = selector.kind === 'id' ? undefined : await this.steps.run(`Find "${selector.displayName}" in App registrations`, () => this.resolveName(selector));
    const appId = app?.appId ?? (selector.kind === 'id' ? selector.appId : '');
    return this.steps.run('Open Certificates & secrets by deep link', async () => {
      const landing = await this.openRoute(credentialsRoute(appId), 'ApplicationMenuBlade');
      if (landing.kind === 'home') {
        // A cold deep link sometimes lands on Home (§1): take the guide's clicks from there.
        this.steps.note('the deep link landed on Home: continuing by clicks');
        return this.fromHome(app ? { kind: 'name', displayName: app.displayName } : selector);
      }
      const blade = new CertificatesSecretsBlade(landing.frame);
      return { app: app ?? { appId, displayName: await blade.appName() }, blade };
    });
  }

  /** Deep link to App registrations, filter, exact match. */
  private async resolveName(selector: AppSelector): Promise<AppMatch> {
    const list = new AppRegistrationsBlade(this.session.page);
    const landing = await this.openRouteUntil(APP_REGISTRATIONS_ROUTE, list.filterBox, 'ApplicationsListBlade');
    if (landing === 'home') {
      await new EntraIdBlade(this.session.page).openAppRegistrations();
      await list.waitUntilLoaded();
    }
    return list.findApp(selector);
  }

  private async byClicks(selector: AppSelector): Promise<ReachedBlade> {
    return this.steps.run('Open Certificates & secrets by the menus', async () => {
      await this.session.shell.showing({ ready: this.session.shell.brandLink });
      await this.session.shell.goHome();
      return this.fromHome(selector);
    });
  }

  /** Home → Microsoft Entra ID → App registrations → the app → Certificates & secrets. */
  private async fromHome(selector: AppSelector): Promise<ReachedBlade> {
    const page = this.session.page;
    await this.session.shell.openEntraId();
    await new EntraIdBlade(page).openAppRegistrations();
    const list = new AppRegistrationsBlade(page);
    await list.waitUntilLoaded();
    const app = await list.findApp(selector);
    await list.openApp(app);
    await new ApplicationBlade(page).openCertificatesSecrets();
    const frame = await frameShowing(page, certificatesSecretsContent, BLADE_TIMEOUT);
    return { app, blade: new CertificatesSecretsBlade(frame) };
  }

  /**
   * Opens a route and says where it landed. A bounce to sign-in (the session expired) is
   * answered once: sign in again, then open the route again.
   */
  private async openRoute(route: string, routeName: string): Promise<Exclude<Landing, { kind: 'signIn' }>> {
    await this.session.shell.open(route);
    let landing = await this.landing(routeName);
    if (landing.kind === 'signIn') {
      await this.signInAgain();
      await this.session.shell.open(route);
      landing = await this.landing(routeName);
    }
    if (landing.kind === 'signIn') throw new Error('The portal asked to sign in again right after signing in');
    return landing;
  }

  private async openRouteUntil(route: string, content: Locator, routeName: string): Promise<'target' | 'home'> {
    const { shell, signInPage } = this.session;
    const land = async () => {
      await shell.open(route);
      const shown = await shell.showing({ target: content, home: shell.homeServices, signIn: signInPage.anyView }, BLADE_TIMEOUT);
      if (shown !== 'home' || !shell.routeStillOpen(routeName)) return shown;
      // Home drawn behind a blade that is still loading is not a landing on Home.
      await content.first().waitFor({ state: 'visible', timeout: BLADE_TIMEOUT });
      return 'target';
    };
    let shown = await land();
    if (shown === 'signIn') {
      await this.signInAgain();
      shown = await land();
    }
    if (shown === 'signIn') throw new Error('The portal asked to sign in again right after signing in');
    return shown;
  }

  private async signInAgain(): Promise<void> {
    this.steps.note('the portal asked to sign in again (session expired)');
    await this.session.completeSignIn();
  }

  private async landing(routeName: string): Promise<Landing> {
    const { page, shell, signInPage } = this.session;
    const blade = frameShowing(page, certificatesSecretsContent, BLADE_TIMEOUT).then((frame): Landing => ({ kind: 'target', frame }));
    const other = shell.showing({ home: shell.homeServices, signIn: signInPage.anyView }, BLADE_TIMEOUT).then((kind): Landing => ({ kind }));
    const landing = await Promise.any([blade, other]).catch(() => {
      throw new Error(`Certificates & secrets did not open within ${BLADE_TIMEOUT / 1000} s`);
    });
    // Home drawn behind a blade that is still loading is not a landing on Home.
    if (landing.kind === 'home' && shell.routeStillOpen(routeName)) return blade;
    return landing;
  }
}
