// Runs `npx playwright …` as a CI job would: a child process of its own, from the project root,
// with the environment the test names and every output folder where the test says (never the
// outer run's test-results/, which a nested run would otherwise empty).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './cli.ts';

const PLAYWRIGHT_CLI = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

export interface PlaywrightResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment a nested run must not inherit from the outer test's worker. */
export function withoutOuterWorker(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = { ...env };
  delete own.TEST_WORKER_INDEX;
  delete own.TEST_PARALLEL_INDEX;
  return own;
}

export function runPlaywright(args: string[], env: NodeJS.ProcessEnv): Promise<PlaywrightResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [PLAYWRIGHT_CLI, ...args], { cwd: PROJECT_ROOT, env: withoutOuterWorker(env), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
