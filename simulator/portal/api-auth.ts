// Authentication of the data API: a bearer token of a live portal session, or 401 (the shell
// then bounces to sign-in). Also where sessions end on purpose: session-expire-once (before a
// load) and session-end-after / sign-out-after (right after a named load was answered).
import type { NextFunction, Request, Response } from 'express';
import type { SimulatorContext } from '../context.ts';
import type { DataLoad } from '../options.ts';

const unauthorized = (res: Response, message: string) => res.status(401).json({ error: { code: 'InvalidAuthenticationToken', message } });

/** Which kind of load a data request is, in the names the session-end faults use. */
export function loadOf(req: Request): DataLoad | undefined {
  const { method, path } = req;
  if (method === 'GET' && path === '/me') return 'me';
  if (method === 'GET' && path === '/apps') return 'apps';
  if (method === 'GET' && /^\/apps\/[^/]+$/.test(path)) return 'app';
  if (method === 'POST' && /^\/apps\/[^/]+\/secrets$/.test(path)) return 'add';
  if (method === 'DELETE' && /^\/apps\/[^/]+\/secrets\/[^/]+$/.test(path)) return 'delete';
  return undefined;
}

export function authenticate(context: SimulatorContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (context.options.faults.sessionExpireOnce) {
      context.options.faults.sessionExpireOnce = false;
      context.expireAllSessions();
      context.record('session-expired', { path: req.path });
      unauthorized(res, 'Lifetime validation failed, the token is expired.');
      return;
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const session = token ? context.portalSessions.get(token) : undefined;
    if (!session) {
      unauthorized(res, 'Access token is empty or invalid.');
      return;
    }
    res.locals.username = session.username;
    // The directory the session is in: every app read and change answers for it alone.
    res.locals.directory = context.directoryOf(session.tenantId);
    const load = loadOf(req);
    const ending = load ? context.takeSessionEnd(load) : undefined;
    if (ending && load) {
      // This load is answered in full; the session ends once the answer has gone out, so the
      // next request (whatever it is) finds no session, as after a portal idle timeout.
      res.once('close', () => {
        if (ending.signOut) context.expireAllSessions();
        else context.endPortalSessions();
        context.record('session-ended', { after: ending.after, load, path: req.path, signOut: ending.signOut });
      });
    }
    next();
  };
}
