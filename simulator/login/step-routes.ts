// The JSON steps the sign-in page posts (portal.md §2.4 names): GetCredentialType, login,
// SAS/BeginAuth, SAS/ProcessAuth, kmsi and the interrupt's "Ask later". Each waits the
// simulated latency, checks the step is the one due, and answers the next view.
import { randomInt } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { SimulatorContext } from '../context.ts';
import { ENDPOINTS, type AuthMethodId, type StepAnswer } from './protocol.ts';
import { awaitingMfa, nextStep, type SignInFlow, type SignInFlows } from './sign-in-flow.ts';
import { checkTotpCode } from './totp-check.ts';

type Body = Record<string, unknown>;

/** The next view, starting the MFA method it needs (the number for a push, the app code otherwise). */
export function advance(flow: SignInFlow, method?: AuthMethodId): StepAnswer {
  const next = nextStep(flow);
  if (next === 'approveRequest' || (method === 'PhoneAppNotification' && awaitingMfa(flow))) {
    flow.authMethod = 'PhoneAppNotification';
    return { next: 'approveRequest', entropy: randomInt(10, 100) };
  }
  if (next === 'enterCode') {
    // A text message first when that is the account's default (or its only way), until another method is chosen.
    flow.authMethod = method ?? (flow.mfa === 'sms-first' || flow.mfa === 'sms-only' ? 'OneWaySMS' : 'PhoneAppOTP');
    return { next, authMethodId: flow.authMethod };
  }
  return { next };
}

export function createStepRouter(context: SimulatorContext, flows: SignInFlows): Router {
  const router = express.Router();
  router.use(express.json());

  /** Runs a step when the flow exists and `due` holds for it; answers `flow-expired` otherwise. */
  const step = (path: string, due: (flow: SignInFlow) => boolean, handle: (flow: SignInFlow, body: Body) => StepAnswer) =>
    router.post(path, async (req: Request, res: Response) => {
      await context.simulateLatency();
      const body = (req.body ?? {}) as Body;
      const flow = flows.get(body.flowToken);
      res.set('cache-control', 'no-store');
      res.json(flow && due(flow) ? handle(flow, body) : ({ error: 'flow-expired' } satisfies StepAnswer));
    });

  step(ENDPOINTS.getCredentialType, (flow) => !flow.passwordOk, (flow, body) => {
    const username = String(body.username ?? '').trim();
    if (!context.accountNamed(username)) {
      context.record('sign-in-failed', { reason: 'unknown-username', username });
      return { error: 'unknown-username', IfExistsResult: 1 };
    }
    flow.username = username;
    // A passwordless-first account is asked to approve in its app; "Use your password instead" shows the password view.
    if (context.options.passwordless) return { next: 'passwordless', entropy: randomInt(10, 100), IfExistsResult: 0 };
    return { next: 'password', IfExistsResult: 0 };
  });

  step(ENDPOINTS.login, (flow) => nextStep(flow) === 'password', (flow, body) => {
    const password = String(body.passwd ?? '');
    if (!password) return { error: 'empty-password' };
    if (password !== context.accountNamed(flow.username)?.password) {
      context.record('sign-in-failed', { reason: 'wrong-password', username: flow.username });
      return { error: 'wrong-password' };
    }
    flow.passwordOk = true;
    return advance(flow);
  });

  step(ENDPOINTS.beginAuth, awaitingMfa, (flow, body) => {
    const method = String(body.AuthMethodId) as AuthMethodId;
    if (!['PhoneAppNotification', 'PhoneAppOTP', 'OneWaySMS'].includes(method)) return { error: 'flow-expired' };
    // An account with a phone only has no app to ask (its picker shows no such tile).
    if (flow.mfa === 'sms-only' && method !== 'OneWaySMS') return { error: 'flow-expired' };
    if (method === 'PhoneAppNotification') return advance(flow, method);
    flow.authMethod = method;
    return { next: 'enterCode', authMethodId: method };
  });

  step(ENDPOINTS.processAuth, (flow) => awaitingMfa(flow) && flow.authMethod !== 'PhoneAppNotification', (flow, body) => {
    // A text message never arrives (the simulator has no phone), so no SMS code is right.
    const account = context.accountNamed(flow.username);
    const code = String(body.AdditionalAuthData ?? '');
    const verdict = flow.authMethod === 'OneWaySMS' ? 'sms-code' : account ? checkTotpCode(context, account, code) : 'wrong-code';
    if (verdict !== 'accepted') {
      context.record('sign-in-failed', { reason: verdict, username: flow.username });
      return { error: 'wrong-code' };
    }
    flow.mfaOk = true;
    return advance(flow);
  });

  step(ENDPOINTS.kmsi, (flow) => nextStep(flow) === 'staySignedIn', (flow, body) => {
    flow.staySignedIn = Number(body.LoginOptions) === 1;
    return advance(flow);
  });

  step(ENDPOINTS.askLater, (flow) => nextStep(flow) === 'actionRequired', (flow) => {
    flow.interruptDone = true;
    context.record('sign-in-interrupt', { choice: 'ask-later', username: flow.username });
    return advance(flow);
  });

  return router;
}
