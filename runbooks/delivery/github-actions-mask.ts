// Under GitHub Actions, `::add-mask::` must reach the runner before the value appears anywhere
// else, so that the runner blanks it in every later log line. It goes first among destinations.
import type { Writable } from 'node:stream';
import type { CreatedSecret } from '../created-secret.ts';
import type { SecretDestination } from './destination.ts';

export class GithubActionsMask implements SecretDestination {
  readonly kind = 'github-actions-mask';
  readonly label = 'GitHub Actions log mask';

  constructor(private readonly stdout: Writable = process.stdout) {}

  static applies(env: NodeJS.ProcessEnv = process.env): boolean {
    return env.GITHUB_ACTIONS === 'true';
  }

  async preflight(): Promise<void> {}

  deliver(secret: CreatedSecret): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stdout.write(`::add-mask::${secret.value}\n`, (error) => (error ? reject(error) : resolve()));
    });
  }

  async confirm(): Promise<void> {}
}
