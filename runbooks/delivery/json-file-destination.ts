// --output FILE: the secret as a JSON document, mode 0600, written atomically.
import { readFile, unlink } from 'node:fs/promises';
import type { CreatedSecret } from '../created-secret.ts';
import type { SecretDestination } from './destination.ts';
import { assertPrivateMode, preflightPath, writePrivateFileAtomically } from './atomic-file.ts';

/** The document's fields, in this order. */
/** `first`: fields a command puts before the secret's (ensure's "outcome"). */
export function secretDocument(secret: CreatedSecret, first: Record<string, unknown> = {}): string {
  const { tenantId, appName, appId, description, secretId, hint, expires, value, createdAt, portalUrl } = secret;
  return `${JSON.stringify({ ...first, tenantId, appName, appId, description, secretId, hint, expires, value, createdAt, portalUrl }, null, 2)}\n`;
}

export class JsonFileDestination implements SecretDestination {
  readonly kind = 'file';
  readonly label: string;
  private target?: string;
  private delivered = false;

  constructor(
    private readonly path: string,
    private readonly force: boolean,
  ) {
    this.label = `file ${path}`;
  }

  async preflight(): Promise<void> {
    this.target = await preflightPath('--output', this.path, { mayExist: this.force });
  }

  async deliver(secret: CreatedSecret): Promise<void> {
    if (!this.target) await this.preflight();
    await writePrivateFileAtomically(this.target!, secretDocument(secret), this.force);
    this.delivered = true;
  }

  async confirm(secret: CreatedSecret): Promise<void> {
    const saved = JSON.parse(await readFile(this.target!, 'utf8')) as Partial<CreatedSecret>;
    if (saved.value !== secret.value || saved.secretId !== secret.secretId) {
      throw new Error(`--output ${this.path}: reading the file back did not give the secret just written.`);
    }
    await assertPrivateMode('--output', this.target!);
  }

  async withdraw(): Promise<void> {
    if (this.delivered && this.target) await unlink(this.target).catch(() => undefined);
  }
}
