// Portal origin (portal.azure.com): the shell page, the end of the sign-in handshake
// (/signin-oidc) and the data API. Everything else happens in the browser code.
import { randomBytes } from 'node:crypto';
import express, { type Express } from 'express';
import type { SimulatorContext } from '../context.ts';
import { createDataApi } from './api.ts';
import { clientBundle } from './bundle.ts';
import { errorPage, shellPage, signedInPage } from './pages.ts';
import type { PortalConfig } from './shared.ts';

export function portalConfig(context: SimulatorContext): PortalConfig {
  const { ui, iframe, welcome, welcomeDelay, surveyDelay, calloutDelay, paneFrame, listFrame, listFilter, regionalFormat, markup, uiEdits, faults } = context.options;
  return {
    origins: { ...context.origins },
    ui,
    iframe,
    welcome,
    welcomeDelay,
    surveyDelay: surveyDelay ?? null,
    calloutDelay: calloutDelay ?? null,
    paneFrame,
    listFrame,
    listFilter,
    regionalFormat,
    markup: { ...markup },
    uiEdits: [...uiEdits],
    deepLinkHome: faults.deepLinkHome ?? null,
    directoryLinkIgnored: faults.directoryLinkIgnored === true,
  };
}

export function createPortalApp(context: SimulatorContext): Express {
  const app = express();
  app.disable('x-powered-by');
  void clientBundle().catch(() => undefined); // start bundling now; requests await the same promise

  app.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(shellPage(portalConfig(context)));
  });

  app.get('/Content/portal.css', async (_req, res) => {
    res.type('css').send((await clientBundle()).css);
  });

  app.get('/Content/Dynamic/shell.js', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('js').send((await clientBundle()).shell);
  });

  // The sign-in origin ends with a form_post of { code, state } here.
  app.post('/signin-oidc', express.urlencoded({ extended: false }), (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const code = typeof body.code === 'string' ? body.code : '';
    const signedIn = code ? context.redeemPortalSignIn(code) : undefined;
    if (!signedIn) {
      res.status(400).type('html').send(errorPage('Sign-in failed', 'The authorization code is missing, expired or was already used. Sign in again.'));
      return;
    }
    const state = typeof body.state === 'string' ? body.state : '';
    const hash = state.startsWith('#') ? state : '';
    const accessToken = randomBytes(32).toString('base64url');
    const { username, tenantId } = signedIn;
    context.portalSessions.set(accessToken, { username, accessToken, tenantId });
    context.record('portal-signed-in', { username, tenantId });
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(signedInPage(accessToken, hash));
  });

  app.use('/api', createDataApi(context));

  return app;
}
