// Sign-in origin (login.microsoftonline.com): the authorize endpoint with its one-page sign-in,
// the JSON steps, the form_post hand-over of the code to the portal's /signin-oidc, and the token
// endpoint's client-credentials grant (token-endpoint.ts).
import express, { type Express, type Request, type Response } from 'express';
import type { SimulatorContext } from '../context.ts';
import { signInPageScript } from './client-bundle.ts';
import { EstsSessions } from './ests-session.ts';
import { ENDPOINTS } from './protocol.ts';
import { nextStep, SignInFlows } from './sign-in-flow.ts';
import { createStepRouter } from './step-routes.ts';
import { createTokenRouter } from './token-endpoint.ts';
import { directoryRefusal, namedDirectory } from './directory-access.ts';
import { signInStrings } from './strings.ts';
import { errorPage, proofUpPage, signedOutPage } from './views/error-page.ts';
import { formPostPage } from './views/form-post-page.ts';
import { signInPage } from './views/sign-in-page.ts';

/** Only the portal's own addresses may receive codes (origins are read per request: set after listen). */
function isPortalRedirect(context: SimulatorContext, redirectUri: string): boolean {
  const portal = context.origins.portal;
  return !!portal && (redirectUri === portal || redirectUri.startsWith(`${portal}/`));
}

function sendPage(res: Response, html: string, status = 200): void {
  res.status(status).set('cache-control', 'no-store').type('html').send(html);
}

export function createLoginApp(context: SimulatorContext): Express {
  const app = express();
  const flows = new SignInFlows();
  const sessions = new EstsSessions(context);
  const script = signInPageScript();

  app.get('/:tenant/oauth2/v2.0/authorize', async (req: Request, res: Response) => {
    await context.simulateLatency();
    const query = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : '');
    const redirectUri = query('redirect_uri');
    if (!isPortalRedirect(context, redirectUri)) {
      const message = `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${query('client_id')}'.`;
      sendPage(res, errorPage('AADSTS50011', message), 400);
      return;
    }
    const named = namedDirectory(context, String(req.params.tenant));
    if (named.kind === 'unknown') {
      sendPage(res, errorPage(named.code, named.message), 400);
      return;
    }
    const silentUser = query('prompt') === 'login' ? undefined : sessions.liveUser(req);
    if (silentUser) {
      const refused = directoryRefusal(context, named.directory, silentUser);
      if (refused) {
        sendPage(res, errorPage(refused.code, refused.message), 400);
        return;
      }
      context.record('sign-in', { username: silentUser, silent: true });
      context.countSignIn(silentUser, false);
      sendPage(res, formPostPage(redirectUri, context.issueAuthCode(silentUser, named.directory?.tenantId), query('state')));
      return;
    }
    const flow = flows.start(context, redirectUri, query('state'));
    flow.tenantId = named.directory?.tenantId;
    const strings = signInStrings(context.options.ui);
    sendPage(res, signInPage({ strings, flowToken: flow.token, loginHint: query('login_hint'), script, interrupt: context.options.markup.interrupt, phoneOnly: context.options.mfa === 'sms-only' }));
  });

  app.use(createStepRouter(context, flows));
  app.use(createTokenRouter(context));

  app.post(ENDPOINTS.finish, express.urlencoded({ extended: false }), async (req: Request, res: Response) => {
    await context.simulateLatency();
    const flow = flows.get((req.body as Record<string, unknown> | undefined)?.flowToken);
    if (!flow || nextStep(flow) !== 'done' || !flow.username) {
      sendPage(res, errorPage('AADSTS50058', 'A silent sign-in request was sent but no user is signed in.'), 400);
      return;
    }
    flows.end(flow);
    const persistent = flow.staySignedIn === true;
    sessions.start(res, flow.username, persistent);
    context.record('sign-in', { username: flow.username, silent: false, persistent, mfa: flow.mfa });
    context.countSignIn(flow.username, true);
    // The account signed in, but the directory the address named may not take it (AADSTS50020).
    const refused = directoryRefusal(context, flow.tenantId === undefined ? undefined : context.directoryOf(flow.tenantId), flow.username);
    if (refused) {
      sendPage(res, errorPage(refused.code, refused.message), 400);
      return;
    }
    sendPage(res, formPostPage(flow.redirectUri, context.issueAuthCode(flow.username, flow.tenantId), flow.state));
  });

  // The portal's account menu → "Sign out" ends here: the ESTS session (and its cookie) is ended.
  app.get('/:tenant/oauth2/v2.0/logout', async (req: Request, res: Response) => {
    await context.simulateLatency();
    const username = sessions.end(req, res);
    context.record('signed-out', { username: username ?? null });
    sendPage(res, signedOutPage());
  });

  app.get('/common/ProofUp', (_req: Request, res: Response) => sendPage(res, proofUpPage()));

  return app;
}
