// The ESTS session cookie (`ESTSAUTH`, httpOnly, on the sign-in origin). A live one lets the
// next authorize visit sign in silently. "Stay signed in?" Yes makes it persistent (90 days);
// No leaves a browser-session cookie. context.expireAllSessions() ends them all.
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { SimulatorContext } from '../context.ts';

export const ESTS_COOKIE = 'ESTSAUTH';
const PERSISTENT_MS = 90 * 24 * 3600 * 1000;

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export class EstsSessions {
  /** Session id → the signed-in user; alive only while context.signInSessions holds the id. */
  private readonly users = new Map<string, string>();

  constructor(private readonly context: SimulatorContext) {}

  /** The user of the request's live ESTS session, if any. */
  liveUser(req: Request): string | undefined {
    const id = cookieValue(req, ESTS_COOKIE);
    if (!id || !this.context.signInSessions.has(id)) return undefined;
    return this.users.get(id);
  }

  /** Ends the request's ESTS session (sign-out) and clears its cookie; returns its user, if any. */
  end(req: Request, res: Response): string | undefined {
    const id = cookieValue(req, ESTS_COOKIE);
    const user = id ? this.users.get(id) : undefined;
    if (id) {
      this.context.signInSessions.delete(id);
      this.users.delete(id);
    }
    res.clearCookie(ESTS_COOKIE, { path: '/' });
    return user;
  }

  start(res: Response, username: string, persistent: boolean): void {
    const id = randomBytes(24).toString('base64url');
    this.context.signInSessions.add(id);
    this.users.set(id, username);
    res.cookie(ESTS_COOKIE, id, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      ...(persistent ? { maxAge: PERSISTENT_MS } : {}),
    });
  }
}
