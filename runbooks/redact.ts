// Keeps the one-time value out of every message that can leave the runbook: errors (Playwright's
// own included: a failed locator call can print the element's text), step notes and stacks.
import { SECRET_VALUE_SHAPE } from './created-secret.ts';

export const REDACTED = '[redacted]';

/** Anything shaped like a client secret value, even cut short (`abc8Q~` + 6 or more). */
const VALUE_LIKE = /[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{6,}/g;
/** A stretch of the value long enough to matter, e.g. a truncated preview. */
const WINDOW = 10;

export class Redactor {
  private readonly values = new Set<string>();

  /** Remembers a value to scrub from now on. */
  add(value: string): void {
    if (value) this.values.add(value);
  }

  scrub(text: string): string {
    let result = text.replace(VALUE_LIKE, REDACTED);
    for (const value of this.values) {
      result = result.split(value).join(REDACTED);
      result = result.replace(/[A-Za-z0-9_~.-]{10,}/g, (token) => (sharesWindow(token, value) ? REDACTED : token));
    }
    return result;
  }

  /** True when `text` holds a remembered value (or a long enough stretch of one) or anything shaped like one. */
  holds(text: string): boolean {
    return this.scrub(text) !== text;
  }

  /** The same error with the value scrubbed from its message, stack and causes. */
  scrubError<E>(error: E, depth = 0): E {
    if (!(error instanceof Error) || depth > 5) return typeof error === 'string' ? (this.scrub(error) as E) : error;
    error.message = this.scrub(error.message);
    if (error.stack) error.stack = this.scrub(error.stack);
    if (error.cause !== undefined) error.cause = this.scrubError(error.cause, depth + 1);
    if (error instanceof AggregateError) error.errors = error.errors.map((inner) => this.scrubError(inner, depth + 1));
    return error;
  }

  /** Runs `body`; whatever it throws is scrubbed before it travels on. */
  async guard<T>(body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw this.scrubError(error);
    }
  }
}

function sharesWindow(token: string, value: string): boolean {
  for (let start = 0; start + WINDOW <= value.length; start += 1) {
    if (token.includes(value.slice(start, start + WINDOW))) return true;
  }
  return false;
}

/** True when the text holds something shaped like a secret value (for tests and checks). */
export function looksLikeSecret(text: string): boolean {
  return SECRET_VALUE_SHAPE.test(text) || new RegExp(VALUE_LIKE.source).test(text);
}
