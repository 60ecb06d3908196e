// Proves a new client secret works (issue 22, --verify): asks the sign-in service's token endpoint
// for a client-credentials token with it, as the app itself would, and keeps asking while the
// answer is the one a new credential gets until it has propagated. Neither the value nor the
// token ever appears in a message, a note or an error; the token is dropped unread.
import { RunbookError } from './errors.ts';
import { Redactor } from './redact.ts';

/** The public cloud's sign-in service; the runbook uses it unless it saw the browser sent elsewhere. */
export const DEFAULT_SIGN_IN_ORIGIN = 'https://login.microsoftonline.com';
/** Microsoft Graph: every app can ask for a token to it with client credentials (with no permissions, it grants none). */
export const VERIFY_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * The answers a new secret (or a new app) gets while Entra is still propagating it: "Invalid
 * client secret provided" (AADSTS7000215) and "Application … was not found" (AADSTS700016). A
 * wrong or deleted secret gets 7000215 too: only time tells them apart.
 */
const PROPAGATION_CODES = new Set([7000215, 700016]);

/** One attempt should not outlive the limit by much; a request that hangs is cut here. */
const ATTEMPT_TIMEOUT_MS = 30_000;

export interface VerifySecretOptions {
  /** The token endpoint itself; default `<signInOrigin>/<tenantId>/oauth2/v2.0/token`. */
  tokenEndpoint?: string;
  /** The sign-in service's origin (`session.signInOrigin`); default https://login.microsoftonline.com. */
  signInOrigin?: string;
  /** Directory (tenant) ID (a GUID) or the tenant's domain. */
  tenantId: string;
  /** Application (client) ID. */
  clientId: string;
  /** The secret's value. Never in a message. */
  secret: string;
  /** How long after the secret was added the propagation answers are waited out (default 90 s). */
  limitMs?: number;
  /**
   * When the secret was added (default: now). The limit counts from it, so a secret added long
   * ago that is refused is refused at once: it is wrong or was deleted, not propagating.
   */
  addedAt?: Date | number;
  /** Progress lines for a person (never the value or the token). */
  note?: (message: string) => void;
  /** Ctrl+C: stops the wait and the request. */
  signal?: AbortSignal;
  /** The pause between attempts; `protocolPause` unless replaced. */
  pause?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface SecretVerified {
  /** Milliseconds from the first request to the answer with a token. */
  afterMs: number;
  /** Requests made, the successful one included. */
  attempts: number;
}

/** What the token endpoint said, in Entra's terms, scrubbed of the value. */
interface Refusal {
  status: number;
  /** The AADSTS number, when Entra's JSON error named one. */
  code?: number;
  /** e.g. "AADSTS7000215: Invalid client secret provided. …" (trace details moved to `traceId`). */
  text: string;
  traceId?: string;
}

/** `https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`. */
export function tokenEndpointOf(signInOrigin: string, tenantId: string): string {
  return `${new URL(signInOrigin).origin}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
}

/** The wait before the next attempt after `attempt` refusals: 1 s, 2 s, 4 s, then 8 s each. */
export function retryDelayMs(attempt: number): number {
  return Math.min(8000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * The protocol's pacing: time for Entra to propagate a new credential, between token requests.
 * Besides waiting for the authenticator's next 30-second period (the TOTP edge), this is the only
 * clock wait in the runbook: everything else waits for what the page shows. Kept here, alone, so
 * it can be replaced (the `pause` option).
 */
export function protocolPause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A span a person reads at a glance: seconds up to 90 s, then minutes, hours, days. */
function duration(ms: number): string {
  if (ms <= 90_000) return seconds(ms);
  if (ms < 90 * 60_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 48 * 3_600_000) return `${Math.round(ms / 3_600_000)} h`;
  return `${Math.round(ms / 86_400_000)} days`;
}

/** Entra's description without its "Trace ID: … Correlation ID: … Timestamp: …" tail. */
function plainDescription(description: string): string {
  return description.replace(/\s*Trace ID:[\s\S]*$/, '').trim();
}

async function readRefusal(response: Response, redactor: Redactor): Promise<Refusal> {
  const text = await response.text().catch(() => '');
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  const description = typeof body?.error_description === 'string' ? body.error_description : undefined;
  const codes = Array.isArray(body?.error_codes) ? (body.error_codes as unknown[]).filter((code): code is number => typeof code === 'number') : [];
  const code = codes[0] ?? (description ? Number(/AADSTS(\d+)/.exec(description)?.[1]) || undefined : undefined);
  const traceId = typeof body?.trace_id === 'string' ? body.trace_id : undefined;
  if (description) return { status: response.status, code, text: redactor.scrub(plainDescription(description)), traceId };
  const error = typeof body?.error === 'string' ? body.error : undefined;
  const kind = error ? `error "${redactor.scrub(error)}"` : `no Entra error (${response.headers.get('content-type') ?? 'no content type'})`;
  return { status: response.status, code, text: `HTTP ${response.status} with ${kind}` };
}

/** One request: a token (dropped) → undefined; a refusal → what it said. */
async function requestToken(endpoint: string, options: VerifySecretOptions, redactor: Redactor): Promise<Refusal | undefined> {
  const timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS);
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.secret, scope: VERIFY_SCOPE }),
    signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    redirect: 'manual',
  });
  if (response.ok) {
    const body = (await response.json().catch(() => undefined)) as { token_type?: unknown; access_token?: unknown } | undefined;
    if (typeof body?.access_token === 'string' && body.access_token.length > 0 && String(body.token_type).toLowerCase() === 'bearer') return undefined;
    return { status: response.status, text: `HTTP ${response.status} without a bearer token in the answer` };
  }
  return readRefusal(response, redactor);
}

function said(refusal: Refusal): string {
  const details = [`HTTP ${refusal.status}`, refusal.traceId ? `trace ID ${refusal.traceId}` : undefined].filter(Boolean).join(', ');
  return `"${refusal.text}" (${details})`;
}

/**
 * Asks for a client-credentials token with the secret until one is issued. Retries only the
 * propagation answers (AADSTS7000215, 700016), paced 1 s, 2 s, 4 s, then every 8 s, until
 * `limitMs` after `addedAt`; any other answer, or the limit, throws a RunbookError 'not-verified'
 * saying what the endpoint said and how long it tried.
 */
export async function verifySecret(options: VerifySecretOptions): Promise<SecretVerified> {
  const { limitMs = 90_000, note = () => undefined, pause = protocolPause, signal } = options;
  const endpoint = options.tokenEndpoint ?? tokenEndpointOf(options.signInOrigin ?? DEFAULT_SIGN_IN_ORIGIN, options.tenantId);
  const redactor = new Redactor();
  redactor.add(options.secret);
  const started = Date.now();
  const addedAt = options.addedAt === undefined ? started : new Date(options.addedAt).getTime();
  const deadline = addedAt + limitMs;
  const interrupted = (error: unknown) =>
    new RunbookError('interrupted', `Interrupted while asking ${endpoint} for a token with the new secret.`, { cause: redactor.scrubError(error) });

  for (let attempts = 1; ; attempts += 1) {
    let refusal: Refusal | undefined;
    try {
      refusal = await requestToken(endpoint, options, redactor);
    } catch (error) {
      if (signal?.aborted) throw interrupted(error);
      const reason = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
      throw new RunbookError('not-verified', redactor.scrub(`Could not check the secret: the token endpoint ${endpoint} could not be reached (${reason}), on attempt ${attempts} after ${seconds(Date.now() - started)}.`), { cause: redactor.scrubError(error) });
    }
    const elapsed = Date.now() - started;
    if (!refusal) {
      note(`the token endpoint issued a token for the new secret after ${seconds(elapsed)} (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`);
      return { afterMs: elapsed, attempts };
    }
    const propagating = refusal.code !== undefined && PROPAGATION_CODES.has(refusal.code);
    if (!propagating) {
      throw new RunbookError('not-verified', `The secret does not work: the token endpoint ${endpoint} answered ${said(refusal)}, on attempt ${attempts} after ${seconds(elapsed)}.`);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      const since = attempts === 1 && addedAt < started
        ? `It was added ${duration(started - addedAt)} ago, longer than the ${duration(limitMs)} a new secret may take to work: it is wrong, or it was deleted.`
        : `A new secret usually works within seconds to a minute; this one was still refused ${duration(Date.now() - addedAt)} after it was added (the limit is ${duration(limitMs)}): it may never work, or may yet.`;
      throw new RunbookError('not-verified', `The secret was not accepted: after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} in ${seconds(elapsed)}, the token endpoint ${endpoint} still answered ${said(refusal)}. ${since}`);
    }
    const wait = Math.min(retryDelayMs(attempts), remaining);
    note(`the token endpoint does not take the new secret yet (AADSTS${refusal.code}, as while a new secret propagates): asking again in ${seconds(wait)}`);
    try {
      await pause(wait, signal);
    } catch (error) {
      throw interrupted(error);
    }
  }
}
