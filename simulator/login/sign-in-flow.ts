// One sign-in attempt (one authorize visit): what the user has proven so far, and which view
// comes next. The order follows the simulator's options, read when the attempt starts.
import { randomBytes } from 'node:crypto';
import type { SimulatorContext } from '../context.ts';
import type { MfaVariant } from '../options.ts';
import type { AuthMethodId, NextStep } from './protocol.ts';

export interface SignInFlow {
  token: string;
  redirectUri: string;
  state: string;
  mfa: MfaVariant;
  kmsiFirst: boolean;
  interrupt: boolean;
  username?: string;
  passwordOk: boolean;
  mfaOk: boolean;
  /** undefined until "Stay signed in?" is answered. */
  staySignedIn?: boolean;
  interruptDone: boolean;
  /** The MFA method in progress (BeginAuth). */
  authMethod?: AuthMethodId;
  /** The directory the authorize address named (`/{tenant}/…`); undefined for `common`/`organizations`. */
  tenantId?: string;
}

export function nextStep(flow: SignInFlow): NextStep {
  if (!flow.username) return 'username';
  if (!flow.passwordOk) return 'password';
  if (flow.kmsiFirst && flow.staySignedIn === undefined) return 'staySignedIn';
  if (!flow.mfaOk) return flow.mfa === 'push-first' ? 'approveRequest' : 'enterCode';
  if (flow.interrupt && !flow.interruptDone) return 'actionRequired';
  if (flow.staySignedIn === undefined) return 'staySignedIn';
  return 'done';
}

/** Whether a step belongs to MFA (so BeginAuth/ProcessAuth are allowed now). */
export function awaitingMfa(flow: SignInFlow): boolean {
  const step = nextStep(flow);
  return step === 'enterCode' || step === 'approveRequest';
}

const MAX_FLOWS = 200;

/** Attempts in progress, keyed by the page's hidden `flowToken`. */
export class SignInFlows {
  private readonly flows = new Map<string, SignInFlow>();

  start(context: SimulatorContext, redirectUri: string, state: string): SignInFlow {
    const { mfa, kmsiFirst, interrupt } = context.options;
    const flow: SignInFlow = {
      token: randomBytes(18).toString('base64url'),
      redirectUri,
      state,
      mfa,
      kmsiFirst,
      interrupt,
      passwordOk: false,
      mfaOk: false,
      interruptDone: false,
    };
    this.flows.set(flow.token, flow);
    if (this.flows.size > MAX_FLOWS) this.flows.delete(this.flows.keys().next().value as string);
    return flow;
  }

  get(token: unknown): SignInFlow | undefined {
    return typeof token === 'string' ? this.flows.get(token) : undefined;
  }

  end(flow: SignInFlow): void {
    this.flows.delete(flow.token);
  }
}
