// --json: the secret document on stdout, and nothing else goes to stdout.
import type { Writable } from 'node:stream';
import type { CreatedSecret } from '../created-secret.ts';
import type { SecretDestination } from './destination.ts';
import { secretDocument } from './json-file-destination.ts';

export class JsonStdoutDestination implements SecretDestination {
  readonly kind = 'json-stdout';
  readonly label = 'JSON on stdout';
  private written = false;

  constructor(
    private readonly stdout: Writable = process.stdout,
    /** Fields before the secret's in the document (ensure's "outcome": "created"). */
    private readonly first: Record<string, unknown> = {},
  ) {}

  async preflight(): Promise<void> {}

  deliver(secret: CreatedSecret): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stdout.write(secretDocument(secret, this.first), (error) => {
        if (error) reject(new Error(`--json: stdout could not take the document (${(error as NodeJS.ErrnoException).code ?? 'error'}).`));
        else {
          this.written = true;
          resolve();
        }
      });
    });
  }

  /** What was written to a pipe cannot be read back; the write callback without error is the receipt. */
  async confirm(): Promise<void> {
    if (!this.written) throw new Error('--json: the document was not written.');
  }
}
