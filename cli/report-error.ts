// Printing a failure for a person: the kind, the message, and never anything secret-shaped.
import { EXIT_CODES, RunbookError } from '../runbooks/errors.ts';
import { Redactor } from '../runbooks/redact.ts';

/** Last line of defence: the runbook already scrubs its errors; this catches anything shaped like a secret. */
const scrubSecretShapes = (text: string): string => new Redactor().scrub(text);

/** Prints the error on stderr and returns the exit code for it. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  const kind = error instanceof RunbookError ? error.kind : 'other';
  const message = error instanceof Error ? error.message : String(error);
  const prefix = kind === 'bad-input' ? 'error' : `failed (${kind})`;
  stderr.write(`${prefix}: ${scrubSecretShapes(message)}\n`);
  if (kind === 'other' && error instanceof Error && process.env.PORTAL_RUNBOOK_DEBUG && error.stack) {
    stderr.write(`${scrubSecretShapes(error.stack)}\n`);
  }
  return EXIT_CODES[kind];
}
