// The portal's data API (what the real shell gets from Microsoft Graph and the portal's own
// back ends). Every call carries `Authorization: Bearer <token>` from the portal session;
// the React-view sandbox calls it cross-origin, so CORS admits that one origin.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { SimulatorContext } from '../context.ts';
import { authenticate } from './api-auth.ts';
import { newSecret, type AppRegistration, type Tenant } from '../state.ts';
import {
  ADD_ERRORS,
  type AddSecretRequest,
  type AddSecretResponse,
  type AppDetail,
  type AppSummary,
  type CredentialStatus,
  type DirectorySummary,
  type Me,
} from './shared.ts';

const DAY = 86_400_000;
const LIST_TABS = ['all', 'owned', 'deleted'];

function credentialStatus(app: AppRegistration, now = Date.now()): CredentialStatus {
  const ends = [...app.secrets.map((s) => s.endDateTime), ...app.certificates.map((c) => c.expires)].map((d) => Date.parse(d));
  if (ends.length === 0) return '';
  if (ends.every((end) => end < now)) return 'Expired';
  if (ends.some((end) => end >= now && end - now < 30 * DAY)) return 'Expiring soon';
  return 'Current';
}

function summary(app: AppRegistration): AppSummary {
  return {
    appId: app.appId,
    objectId: app.objectId,
    displayName: app.displayName,
    createdOn: app.createdOn,
    certificateCount: app.certificates.length,
    secretCount: app.secrets.length,
    credentialStatus: credentialStatus(app),
  };
}

function detail(directory: Tenant, app: AppRegistration): AppDetail {
  return {
    ...summary(app),
    tenantId: directory.tenantId,
    signInAudience: app.signInAudience,
    // Never the value: the portal only has it in the answer to Add.
    secrets: app.secrets.map(({ keyId, displayName, hint, startDateTime, endDateTime }) => ({ keyId, displayName, hint, startDateTime, endDateTime })),
    certificates: app.certificates.map(({ thumbprint, description, startDate, expires, keyId }) => ({ thumbprint, description, startDate, expires, keyId })),
  };
}

export function createDataApi(context: SimulatorContext): Router {
  const router = express.Router();

  router.use((req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && origin === context.origins.sandbox) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });

  router.use(authenticate(context));
  router.use(express.json());

  /** The directory the request's portal session is in (set by `authenticate`). */
  const directoryOf = (res: Response): Tenant => res.locals.directory as Tenant;

  const findApp = (req: Request, res: Response): AppRegistration | undefined => {
    const app = directoryOf(res).apps.find((candidate) => candidate.appId.toLowerCase() === String(req.params.appId).toLowerCase());
    if (!app) {
      res.status(404).json({ error: { code: 'Request_ResourceNotFound', message: `Resource '${String(req.params.appId)}' does not exist or one of its queried reference-property objects are not present.` } });
    }
    return app;
  };

  // The signed-in user (the session's), as Graph's /me answers.
  // The account menu's "Sign out": this portal session ends (the token the request carries).
  router.post('/signout', (req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (token) context.endPortalSession(token);
    context.record('portal-signed-out', { username: res.locals.username as string });
    res.status(204).end();
  });

  router.get('/me', async (_req, res) => {
    await context.simulateLatency('data');
    const { tenantId, displayName, domain } = directoryOf(res);
    const account = context.accountNamed(String(res.locals.username)) ?? context.account;
    const body: Me = { username: account.username, displayName: account.displayName, tenant: { tenantId, displayName, domain } };
    res.json(body);
  });

  // The directories the user is a member or guest of (Portal settings → Directories + subscriptions).
  router.get('/directories', async (_req, res) => {
    await context.simulateLatency('blade');
    const directories: DirectorySummary[] = context.directoriesOf(String(res.locals.username)).map(({ tenantId, displayName, domain }) => ({ tenantId, displayName, domain }));
    res.json(directories);
  });

  // The App registrations list. With ?filter= the server matches (display-name substring or
  // client-ID prefix, case-insensitive); ?tab=owned|deleted are empty for the demo user.
  router.get('/apps', async (req, res) => {
    const filter = typeof req.query.filter === 'string' ? req.query.filter.trim().toLowerCase() : '';
    const tab = typeof req.query.tab === 'string' ? req.query.tab : 'all';
    if (!LIST_TABS.includes(tab)) {
      res.status(400).json({ error: { code: 'BadRequest', message: `Unknown tab '${tab}'.` } });
      return;
    }
    await context.simulateLatency('blade', { mayReorder: true });
    const matches = (app: AppRegistration) => !filter || app.displayName.toLowerCase().includes(filter) || app.appId.toLowerCase().startsWith(filter);
    res.json(tab === 'all' ? directoryOf(res).apps.filter(matches).map(summary) : []);
  });

  router.get('/apps/:appId', async (req, res) => {
    await context.simulateLatency('blade', { mayReorder: true });
    const app = findApp(req, res);
    if (app) res.json(detail(directoryOf(res), app));
  });

  router.post('/apps/:appId/secrets', async (req, res) => {
    // Recorded on arrival, before the server's latency: tests interrupt a run while Add is in flight.
    context.record('secret-add-requested', { appId: req.params.appId });
    await context.simulateLatency('data');
    const app = findApp(req, res);
    if (!app) return;
    const body = (req.body ?? {}) as Partial<AddSecretRequest>;
    const start = body.startDateTime ? new Date(body.startDateTime) : new Date();
    const end = body.endDateTime ? new Date(body.endDateTime) : new Date(start.getTime() + 730 * DAY);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
      res.status(400).json({ error: { code: 'InvalidKeyEndDate', message: 'Key credential end date is invalid.' } });
      return;
    }
    const { faults } = context.options;
    const limit = app.maxSecrets !== undefined && app.secrets.length >= app.maxSecrets;
    let refusal: { code: string; message: string } | undefined;
    let reason = '';
    const failsHere = faults.addFailFor.indexOf(app.appId.toLowerCase());
    if (faults.addFailOnce) {
      faults.addFailOnce = false;
      [refusal, reason] = [ADD_ERRORS.generic, 'add-fail-once'];
    } else if (failsHere >= 0) {
      faults.addFailFor.splice(failsHere, 1);
      [refusal, reason] = [ADD_ERRORS.generic, 'add-fail-for'];
    } else if (faults.blockSecrets || faults.blockSecretsFor.includes(app.appId.toLowerCase())) {
      [refusal, reason] = [ADD_ERRORS.blocked, faults.blockSecrets ? 'block-secrets' : 'block-secrets-for'];
    } else if (faults.policyMaxDays !== undefined && end.getTime() - start.getTime() > faults.policyMaxDays * DAY) {
      [refusal, reason] = [ADD_ERRORS.lifetime, 'policy-max-days'];
    } else if (faults.secretLimit || limit) {
      [refusal, reason] = [ADD_ERRORS.limit, faults.secretLimit ? 'secret-limit' : 'max-secrets'];
    }
    if (refusal) {
      context.record('secret-add-failed', { appId: app.appId, reason, message: refusal.message });
      res.status(400).json({ error: refusal });
      return;
    }
    const secret = newSecret(String(body.displayName ?? '').trim(), start, end);
    app.secrets.push(secret);
    context.issuedValues.push(secret.value);
    context.record('secret-added', { appId: app.appId, keyId: secret.keyId, displayName: secret.displayName, endDateTime: secret.endDateTime });
    const { keyId, displayName, hint, startDateTime, endDateTime, value } = secret;
    const answer: AddSecretResponse = { secret: { keyId, displayName, hint, startDateTime, endDateTime, value }, feedbackBar: faults.feedbackBar };
    res.status(201).json(answer);
  });

  router.delete('/apps/:appId/secrets/:keyId', async (req, res) => {
    await context.simulateLatency('data');
    const app = findApp(req, res);
    if (!app) return;
    const index = app.secrets.findIndex((secret) => secret.keyId === req.params.keyId);
    if (index < 0) {
      res.status(404).json({ error: { code: 'Request_ResourceNotFound', message: 'No password credential with this key id exists.' } });
      return;
    }
    const { faults } = context.options;
    if (faults.deleteFailAfter !== undefined) {
      if (faults.deleteFailAfter === 0) {
        // delete-fail / delete-fail-after=N: the portal's error toast, and the secret stays.
        const refusal = ADD_ERRORS.generic;
        context.record('secret-delete-failed', { appId: app.appId, keyId: req.params.keyId, reason: 'delete-fail', message: refusal.message });
        res.status(500).json({ error: refusal });
        return;
      }
      faults.deleteFailAfter -= 1;
    }
    const [removed] = app.secrets.splice(index, 1);
    context.record('secret-deleted', { appId: app.appId, keyId: removed?.keyId, displayName: removed?.displayName });
    res.status(204).end();
  });

  return router;
}
