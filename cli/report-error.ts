// Printing a failure for a person: the kind, the message, and never anything secret-shaped.
import { SECRET_VALUE_SHAPE } from '../runbooks/created-secret.ts';
import { EXIT_CODES, RunbookError } from '../runbooks/errors.ts';

const SECRET_ANYWHERE = new RegExp(SECRET_VALUE_SHAPE.source.replace(/^\^|\$$/g, ''), 'g');

/** Last line of defence: the runbook already scrubs its errors; this catches anything shaped like a secret. */
export function scrubSecretShapes(text: string): string {
  return text.replace(SECRET_ANYWHERE, '[redacted secret]');
}

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
