// Printing a failure for a person: the kind, the message, and never anything secret-shaped.
import { EXIT_CODES, RunbookError } from '../runbooks/errors.ts';
import { withoutEscapes } from '../runbooks/plain-error.ts';
import { Redactor } from '../runbooks/redact.ts';

/** Last line of defence: the runbook already scrubs its errors; this catches anything shaped like a secret. */
const scrubSecretShapes = (text: string): string => new Redactor().scrub(text);

/** Prints the error on stderr and returns the exit code for it. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  const kind = error instanceof RunbookError ? error.kind : 'other';
  const message = error instanceof Error ? error.message : String(error);
  const prefix = kind === 'bad-input' ? 'error' : `failed (${kind})`;
  stderr.write(`${prefix}: ${scrubSecretShapes(withoutEscapes(message))}\n`);
  // The raw call log and stacks, for whoever debugs the runbook itself.
  if (process.env.PORTAL_RUNBOOK_DEBUG) {
    for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
      if (cause.stack) stderr.write(`${scrubSecretShapes(withoutEscapes(cause.stack))}\n`);
    }
  }
  return EXIT_CODES[kind];
}
