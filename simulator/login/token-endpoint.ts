// The sign-in origin's token endpoint, client-credentials grant only:
// `POST /{tenant}/oauth2/v2.0/token` with a form body (grant_type=client_credentials, client_id,
// client_secret, scope=<resource>/.default), answered as Entra ID answers: a bearer token, or its
// JSON error with an AADSTS code. A new secret is refused (AADSTS7000215) until
// `tokenPropagation` ms after its creation, as Entra refuses a credential that has not propagated.
import { randomBytes, randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { SimulatorContext, TokenOutcome } from '../context.ts';
import type { AppRegistration, SecretRecord } from '../state.ts';

interface TokenError {
  status: 400 | 401;
  error: 'invalid_request' | 'invalid_client' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope';
  code: number;
  description: string;
  outcome: TokenOutcome;
}

/** Entra's timestamp in error descriptions: `2026-12-07 22:40:30Z`. */
function descriptionTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

function sendError(res: Response, failure: TokenError): void {
  const now = new Date();
  const traceId = randomUUID();
  const correlationId = randomUUID();
  res.status(failure.status).set('cache-control', 'no-store').json({
    error: failure.error,
    error_description: `AADSTS${failure.code}: ${failure.description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${descriptionTime(now)}`,
    error_codes: [failure.code],
    timestamp: descriptionTime(now),
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${failure.code}`,
  });
}

/** A JWT-shaped opaque token (header.payload.signature, base64url); nobody checks its signature. */
function accessToken(context: SimulatorContext, app: AppRegistration, resource: string, expiresIn: number): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const { tenantId } = context.appAnywhere(app.appId)?.directory ?? context.tenant;
  const header = { typ: 'JWT', alg: 'RS256', kid: 'simulator' };
  const payload = { aud: resource, iss: `https://sts.windows.net/${tenantId}/`, iat: now, nbf: now, exp: now + expiresIn, appid: app.appId, idtyp: 'app', oid: app.objectId, sub: app.objectId, tid: tenantId, ver: '1.0' };
  return `${part(header)}.${part(payload)}.${randomBytes(64).toString('base64url')}`;
}

const invalidSecret = (app: AppRegistration, outcome: TokenOutcome): TokenError => ({
  status: 401,
  error: 'invalid_client',
  code: 7000215,
  description: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`,
  outcome,
});

const missing = (parameter: string): TokenError => ({
  status: 400,
  error: 'invalid_request',
  code: 900144,
  description: `The request body must contain the following parameter: '${parameter}'.`,
  outcome: 'bad-request',
});

/** Which of the app's secrets has this value, and what Entra makes of it now. */
function checkSecret(context: SimulatorContext, app: AppRegistration, value: string): TokenError | undefined {
  const secret: SecretRecord | undefined = app.secrets.find((candidate) => candidate.value === value);
  // A wrong value and a deleted secret's look the same to the service: deleted secrets are gone.
  if (!secret) return invalidSecret(app, 'invalid-secret');
  const now = Date.now();
  const created = Date.parse(secret.createdAt);
  if (context.tokenNeverSince !== undefined && created >= context.tokenNeverSince) return invalidSecret(app, 'token-never');
  if (now < created + context.options.tokenPropagation) return invalidSecret(app, 'propagating');
  // A start date still ahead: the key is not valid yet, which Entra answers as an invalid secret [I].
  if (now < Date.parse(secret.startDateTime)) return invalidSecret(app, 'invalid-secret');
  if (now >= Date.parse(secret.endDateTime)) {
    return {
      status: 401,
      error: 'invalid_client',
      code: 7000222,
      description: `The provided client secret keys for app '${app.appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
      outcome: 'expired-secret',
    };
  }
  return undefined;
}

/** The request's problem in the order Entra reports them, or the app whose token to issue. */
function check(context: SimulatorContext, tenant: string, body: Record<string, unknown>): TokenError | { app: AppRegistration; resource: string } {
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const directory = context.directoryNamed(tenant);
  if (!directory) {
    return {
      status: 400,
      error: 'invalid_request',
      code: 90002,
      description: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
      outcome: 'unknown-tenant',
    };
  }
  const grantType = field('grant_type');
  if (!grantType) return missing('grant_type');
  if (grantType !== 'client_credentials') {
    // Other grants are not modelled here; their wording is Entra's for an unknown grant [I].
    return { status: 400, error: 'unsupported_grant_type', code: 70003, description: `The app requested an unsupported grant type '${grantType}'.`, outcome: 'bad-request' };
  }
  const scope = field('scope');
  if (!scope) return missing('scope');
  const clientId = field('client_id');
  if (!clientId) return missing('client_id');
  const resource = scope.split(' ').find((entry) => entry.endsWith('/.default'));
  if (!resource || scope.trim().split(/\s+/).length !== 1) {
    return {
      status: 400,
      error: 'invalid_scope',
      code: 1002012,
      description: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      outcome: 'bad-request',
    };
  }
  const { displayName } = directory;
  const app = directory.apps.find((candidate) => candidate.appId.toLowerCase() === clientId.toLowerCase());
  if (!app) {
    return {
      status: 400,
      error: 'unauthorized_client',
      code: 700016,
      description: `Application with identifier '${clientId}' was not found in the directory '${displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      outcome: 'unknown-client',
    };
  }
  const secret = field('client_secret');
  if (!secret) {
    return { status: 401, error: 'invalid_client', code: 7000218, description: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", outcome: 'bad-request' };
  }
  return checkSecret(context, app, secret) ?? { app, resource: resource.slice(0, -'/.default'.length) };
}

export function createTokenRouter(context: SimulatorContext): Router {
  const router = express.Router();
  router.post('/:tenant/oauth2/v2.0/token', express.urlencoded({ extended: false }), async (req: Request, res: Response) => {
    await context.simulateLatency();
    const body = req.is('application/x-www-form-urlencoded') ? ((req.body ?? {}) as Record<string, unknown>) : {};
    const answer = check(context, String(req.params.tenant), body);
    if ('error' in answer) {
      context.countTokenRequest(answer.outcome);
      sendError(res, answer);
      return;
    }
    context.countTokenRequest('issued');
    const expiresIn = 3599;
    res.status(200).set('cache-control', 'no-store').json({
      token_type: 'Bearer',
      expires_in: expiresIn,
      ext_expires_in: expiresIn,
      access_token: accessToken(context, answer.app, answer.resource, expiresIn),
    });
  });
  return router;
}
