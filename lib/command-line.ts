// A command the user names (a flag or a variable) is split into argv and run without a shell:
// quotes and $VARIABLES work as in a shell, pipes, redirections and `;` do not. Its program is
// found on PATH before anything starts, so a typo fails as bad input with nothing changed.
import { spawn, spawnSync } from 'node:child_process';
import { constants, accessSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'shell-quote';
import { badInput } from '../runbooks/errors.ts';

/** The most of a stream kept from a command (the rest is counted, not stored). */
const KEEP_BYTES = 64 * 1024;

/** Splits `text` into argv like a POSIX shell would, without running one; `name` is the flag or variable. */
export function splitCommandLine(text: string, name: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const unset: string[] = [];
  const entries = parse(text, (key: string) => {
    const value = env[key];
    if (value === undefined) unset.push(key);
    return value ?? '';
  });
  if (unset.length > 0) throw badInput(`${name}: $${unset[0]} is not set (the command line is read without a shell).`);
  const argv: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') argv.push(entry);
    else if ('op' in entry && entry.op === 'glob') argv.push(entry.pattern); // no shell expands it: passed as written
    else if ('op' in entry) throw badInput(`${name}: "${entry.op}" needs a shell, and the command runs without one; name one program and its arguments (wrap a pipeline in a script).`);
    else throw badInput(`${name}: a "#" comment needs a shell; quote the "#" or drop it.`);
  }
  if (argv.length === 0 || !argv[0]) throw badInput(`${name}: name a program to run.`);
  return argv;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The program's absolute path: as given when it has a slash, else the first match on PATH. */
export function findProgram(program: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (program.includes('/')) {
    const path = isAbsolute(program) ? program : resolve(program);
    return isExecutableFile(path) ? path : undefined;
  }
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    const candidate = join(folder, program);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/** argv with its program resolved to an absolute path; bad input naming `name` when there is none. */
export function resolveCommand(text: string, name: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const [program, ...args] = splitCommandLine(text, name, env);
  const path = findProgram(program!, env);
  if (!path) {
    throw badInput(program!.includes('/')
      ? `${name}: ${program} is not an executable file.`
      : `${name}: no program "${program}" on PATH (${(env.PATH ?? '').split(delimiter).filter(Boolean).length} folders searched).`);
  }
  return [path, ...args];
}

export interface CommandResult {
  /** The exit code; null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to stdin as given (no newline added), then stdin is closed. */
  input?: string;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
}

function collector(): { add(chunk: Buffer): void; text(): string } {
  const chunks: Buffer[] = [];
  let kept = 0;
  return {
    add(chunk) {
      if (kept >= KEEP_BYTES) return;
      chunks.push(chunk.subarray(0, KEEP_BYTES - kept));
      kept += Math.min(chunk.length, KEEP_BYTES - kept);
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

/**
 * Runs argv (argv[0] an absolute path) without a shell. Past the timeout the program gets
 * SIGTERM, then SIGKILL, and the result says timedOut; it never throws for the program's sake.
 */
export function runCommand(argv: string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const [program, ...args] = argv;
    const child = spawn(program!, args, { env: options.env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    const out = collector();
    const err = collector();
    let timedOut = false;
    let settled = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      resolvePromise({ code, signal, timedOut, stdout: out.text(), stderr: err.text() });
    };
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      // A program that ignores SIGTERM, or a grandchild holding the pipes open, does not hold the run.
      killTimer = setTimeout(() => {
        child.kill('SIGKILL');
        child.stdout.destroy();
        child.stderr.destroy();
        finish(child.exitCode, child.signalCode ?? 'SIGKILL');
      }, 2_000);
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.add(chunk));
    // A program that exits without reading stdin closes the pipe: that is its exit code's business.
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      reject(error);
    });
    child.on('close', (code, signal) => finish(code, signal));
    child.stdin.end(options.input ?? '');
  });
}

/** The same, synchronously (for reading the account before anything starts); stdin is the terminal's. */
export function runCommandSync(argv: string[], options: Omit<RunOptions, 'input'>): CommandResult & { error?: Error } {
  const [program, ...args] = argv;
  const result = spawnSync(program!, args, {
    env: options.env,
    stdio: ['inherit', 'pipe', 'pipe'],
    shell: false,
    timeout: options.timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: KEEP_BYTES,
    encoding: 'utf8',
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return {
    code: result.status,
    signal: result.signal,
    timedOut,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ...(result.error && !timedOut ? { error: result.error } : {}),
  };
}

/** How the command ended, in words (for an error): "exited with code 3", "timed out after 60 s". */
export function howItEnded(result: CommandResult, timeoutMs: number): string {
  if (result.timedOut) return `did not finish within ${Number((timeoutMs / 1000).toFixed(1))} s and was stopped`;
  if (result.code !== null) return `exited with code ${result.code}`;
  return `was killed by ${result.signal ?? 'a signal'}`;
}
