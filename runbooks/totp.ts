// Authenticator codes for the sign-in's "Enter code" view. A code is never used twice (the
// portal refuses a replayed code), and a code about to expire is not typed.
import { Secret, TOTP } from 'otpauth';

export const PERIOD_MS = 30_000;
/** Automations that work wait for a fresh period when fewer than about 8 s remain (portal.md §2.3). */
export const MIN_REMAINING_MS = 8_000;

export interface TotpPlan {
  /** The period (counter) whose code to type. */
  counter: number;
  /** How long to wait before typing it (0: now). */
  waitMs: number;
}

/** Which period's code to use at `nowMs`, given the last period already used (pure: unit-tested). */
export function planCode(nowMs: number, lastUsed: number | undefined, minRemainingMs = MIN_REMAINING_MS): TotpPlan {
  const counter = Math.floor(nowMs / PERIOD_MS);
  const remaining = (counter + 1) * PERIOD_MS - nowMs;
  const used = lastUsed !== undefined && lastUsed >= counter;
  if (!used && remaining >= minRemainingMs) return { counter, waitMs: 0 };
  const next = Math.max(counter + 1, (lastUsed ?? counter) + 1);
  return { counter: next, waitMs: next * PERIOD_MS - nowMs };
}

export interface TotpClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const systemClock: TotpClock = {
  now: () => Date.now(),
  // The one clock wait the runbook allows: a TOTP period edge has no page signal to wait on.
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Last period used per secret, for this process (a code is good once). */
const usedInProcess = new Map<string, number>();

export class TotpCodes {
  private readonly totp: TOTP;

  constructor(
    private readonly secret: string,
    private readonly options: { clock?: TotpClock; memory?: Map<string, number>; lastUsed?: number } = {},
  ) {
    this.totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: PERIOD_MS / 1000, algorithm: 'SHA1' });
    const memory = this.memory;
    if (options.lastUsed !== undefined && (memory.get(secret) ?? -1) < options.lastUsed) memory.set(secret, options.lastUsed);
  }

  private get memory(): Map<string, number> {
    return this.options.memory ?? usedInProcess;
  }

  /** The last period whose code was typed (to keep in the saved state). */
  get lastUsed(): number | undefined {
    return this.memory.get(this.secret);
  }

  /** A fresh code: waits for the next period when this one is used or nearly over. */
  async next(note: (message: string) => void = () => {}): Promise<string> {
    const clock = this.options.clock ?? systemClock;
    const plan = planCode(clock.now(), this.lastUsed);
    if (plan.waitMs > 0) {
      note(`waiting ${Math.ceil(plan.waitMs / 1000)} s for a fresh authenticator code`);
      await clock.sleep(plan.waitMs + 250);
    }
    this.memory.set(this.secret, plan.counter);
    return this.totp.generate({ timestamp: plan.counter * PERIOD_MS });
  }
}
