// Runs the `portal-runbook` command as a user would (a child process), capturing what it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/portal-runbook', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  child: ChildProcess;
  /** Resolves when stderr has printed a line matching `pattern`. */
  stderrLine(pattern: RegExp): Promise<string>;
  done: Promise<CliResult>;
}

/** Environment with no account of the developer's leaking in (the test names what it wants). */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('PORTAL_') && key !== 'GITHUB_ACTIONS') env[key] = value;
  }
  // keep the resolved browser, so the child finds what the tests use
  if (process.env.PORTAL_BROWSER) env.PORTAL_BROWSER = process.env.PORTAL_BROWSER;
  // and the call logs a failure prints when someone is debugging one
  if (process.env.PORTAL_RUNBOOK_DEBUG) env.PORTAL_RUNBOOK_DEBUG = process.env.PORTAL_RUNBOOK_DEBUG;
  return { ...env, ...extra };
}

export function startCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliRun {
  // The installed entry point, from a folder of the test's choosing: no .env of the project is read.
  const child = spawn(BIN, args, {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: options.env ?? cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of [...waiters]) {
      const line = stderr.split('\n').find((candidate) => waiter.pattern.test(candidate));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    done,
    stderrLine: (pattern) =>
      new Promise((resolve, reject) => {
        const existing = stderr.split('\n').find((line) => pattern.test(line));
        if (existing !== undefined) return resolve(existing);
        waiters.push({ pattern, resolve });
        void done.then(() => reject(new Error(`the command ended without printing ${pattern}\n${stderr}`)));
      }),
  };
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return startCli(args, options).done;
}
