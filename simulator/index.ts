// Starts the portal simulator: the portal, the sign-in service and the React-view sandbox,
// each on its own origin, as portal.azure.com, login.microsoftonline.com and
// sandbox-1.reactblade.portal.azure.net are.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import { SimulatorContext } from './context.ts';
import { createAdminRouter } from './admin.ts';
import { createLoginApp } from './login/app.ts';
import { createPortalApp } from './portal/app.ts';
import { createSandboxApp } from './portal/sandbox-app.ts';
import { DEFAULT_SIMULATOR_OPTIONS, type SimulatorOptions } from './options.ts';
import type { DemoAccount } from './state.ts';

export interface RunningSimulator {
  /** The portal's address, e.g. http://localhost:7100/ — what PORTAL_URL would be. */
  portalUrl: string;
  loginUrl: string;
  sandboxUrl: string;
  /** The admin API (tests only; the real portal has none). */
  adminUrl: string;
  /** The first demo account (alex.admin). */
  account: DemoAccount;
  /** Every demo account, `account` first: each with its own password and authenticator secret. */
  accounts: readonly DemoAccount[];
  context: SimulatorContext;
  close(): Promise<void>;
}

function listen(app: Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startSimulator(overrides: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
  const options: SimulatorOptions = { ...DEFAULT_SIMULATOR_OPTIONS, ...overrides };
  const context = new SimulatorContext(options);

  const portalApp = createPortalApp(context);
  portalApp.use('/__admin', createAdminRouter(context));
  const portal = await listen(portalApp, '127.0.0.1', options.port);
  const base = portOf(portal);
  const next = (offset: number) => (options.port === 0 ? 0 : base + offset);
  const login = await listen(createLoginApp(context), '127.0.0.1', next(1));
  const sandbox = await listen(createSandboxApp(context), '127.0.0.2', next(2));

  context.origins = {
    portal: `http://localhost:${base}`,
    login: `http://127.0.0.1:${portOf(login)}`,
    sandbox: `http://127.0.0.2:${portOf(sandbox)}`,
  };
  return {
    portalUrl: `${context.origins.portal}/`,
    loginUrl: `${context.origins.login}/`,
    sandboxUrl: `${context.origins.sandbox}/`,
    adminUrl: `${context.origins.portal}/__admin`,
    account: context.account,
    accounts: context.accounts,
    context,
    close: async () => {
      await Promise.all([close(portal), close(login), close(sandbox)]);
    },
  };
}

export type { SimulatorOptions } from './options.ts';
