// React-view sandbox origin (sandbox-1.reactblade.portal.azure.net): serves the document that
// the shell frames for the Certificates & secrets blade body under --iframe. The frame's URL
// does not name the blade, as the real one does not.
import express, { type Express } from 'express';
import type { SimulatorContext } from '../context.ts';
import { clientBundle } from './bundle.ts';
import { sandboxPage } from './pages.ts';

export function createSandboxApp(context: SimulatorContext): Express {
  const app = express();
  app.disable('x-powered-by');
  void clientBundle().catch(() => undefined);

  app.get('/ReactView/Index', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(sandboxPage(context.origins.portal));
  });

  app.get('/Content/portal.css', async (_req, res) => {
    res.type('css').send((await clientBundle()).css);
  });

  app.get('/Content/Dynamic/reactview.js', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('js').send((await clientBundle()).sandbox);
  });

  return app;
}
