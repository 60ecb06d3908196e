// Runs one command as a child process and watches it from outside: wall time from spawn to exit,
// each stderr line stamped with when it arrived (so step timings have millisecond precision
// whatever the CLI rounds them to), stdout kept in memory (it may hold a secret: never printed),
// and the peak memory of the process and of the browser it starts.
import { spawn } from 'node:child_process';
import { TreeMemorySampler, type MemoryPeaks } from './proc-memory.ts';

export interface StampedLine {
  /** Milliseconds since spawn. */
  atMs: number;
  /** Wall clock at arrival (epoch ms): TOTP periods are counted on it. */
  epochMs: number;
  text: string;
  /** The caller's probe read at arrival (the simulator's latency sum so far). */
  probe: number;
}

export interface ChildRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  stdout: string;
  stderr: StampedLine[];
  memory: MemoryPeaks;
}

export interface ChildRunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Killed (SIGKILL; its browser exits when the pipe to it closes) after this long. */
  timeoutMs: number;
  sampleMs?: number;
  /** Read as each stderr line arrives. */
  probe?: () => number;
}

export async function runChild(command: string, args: string[], options: ChildRunOptions): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = new TreeMemorySampler(child.pid!, options.sampleMs).start();
  const stderr: StampedLine[] = [];
  let pending = '';
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    const atMs = performance.now() - started;
    const epochMs = Date.now();
    const probe = options.probe?.() ?? 0;
    const parts = (pending + chunk).split('\n');
    pending = parts.pop()!;
    for (const text of parts) stderr.push({ atMs, epochMs, text, probe });
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  let wallMs = 0;
  child.once('exit', () => (wallMs = performance.now() - started));
  // 'close' also waits for the output to be read to its end.
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, sig) => resolve([code, sig]));
  });
  clearTimeout(timer);
  if (pending) stderr.push({ atMs: wallMs, epochMs: Date.now(), text: pending, probe: options.probe?.() ?? 0 });
  return { exitCode, signal, wallMs, stdout, stderr, memory: await sampler.stop() };
}
