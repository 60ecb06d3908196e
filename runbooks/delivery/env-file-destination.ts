// --env-file FILE [--env-key NAME]: sets KEY=value in a dotenv file, keeping every other line,
// written atomically with mode 0600.
import { readFile } from 'node:fs/promises';
import { parse } from 'dotenv';
import type { CreatedSecret } from '../created-secret.ts';
import { badInput } from '../errors.ts';
import type { SecretDestination } from './destination.ts';
import { assertPrivateMode, preflightPath, writePrivateFileAtomically } from './atomic-file.ts';

export const DEFAULT_ENV_KEY = 'AZURE_CLIENT_SECRET';
const ENV_KEY_SHAPE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Replaces every `KEY=` (or `export KEY=`) line, or appends one; other lines stay as they were. */
export function setEnvLine(original: string, key: string, value: string): string {
  const line = `${key}=${value}`;
  const pattern = new RegExp(`^\\s*(export\\s+)?${key}\\s*=`);
  const lines = original === '' ? [] : original.replace(/\n$/, '').split('\n');
  let found = false;
  const updated = lines.map((existing) => {
    if (!pattern.test(existing)) return existing;
    found = true;
    return /^\s*export\s/.test(existing) ? `export ${line}` : line;
  });
  if (!found) updated.push(line);
  return `${updated.join('\n')}\n`;
}

export class EnvFileDestination implements SecretDestination {
  readonly kind = 'env-file';
  readonly label: string;
  private target?: string;
  private original?: string;

  constructor(
    private readonly path: string,
    private readonly key: string = DEFAULT_ENV_KEY,
  ) {
    if (!ENV_KEY_SHAPE.test(key)) throw badInput(`--env-key ${key}: use letters, digits and _ (not starting with a digit).`);
    this.label = `${key} in ${path}`;
  }

  async preflight(): Promise<void> {
    this.target = await preflightPath('--env-file', this.path, { mayExist: true });
    await readFile(this.target, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw badInput(`--env-file ${this.path}: cannot read it (${error.code}).`);
    });
  }

  async deliver(secret: CreatedSecret): Promise<void> {
    if (!this.target) await this.preflight();
    this.original = await readFile(this.target!, 'utf8').catch(() => '');
    await writePrivateFileAtomically(this.target!, setEnvLine(this.original, this.key, secret.value), true);
  }

  async confirm(secret: CreatedSecret): Promise<void> {
    const saved = parse(await readFile(this.target!, 'utf8'));
    if (saved[this.key] !== secret.value) {
      throw new Error(`--env-file ${this.path}: reading ${this.key} back did not give the secret just written.`);
    }
    await assertPrivateMode('--env-file', this.target!);
  }

  async withdraw(): Promise<void> {
    if (this.target && this.original !== undefined) {
      await writePrivateFileAtomically(this.target, this.original, true);
    }
  }
}
