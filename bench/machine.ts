// What the numbers were measured on: CPU, memory, OS, node, the browser, the commit, and the
// load average before and after (a busy machine skews every timing).
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { browserLaunchOptions } from '../lib/browser.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser: string;
  commit: string;
  loadAtStart: number[];
}

function quietly(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

export function describeMachine(): Machine {
  const { executablePath } = browserLaunchOptions();
  const commit = quietly('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = quietly('git', ['status', '--porcelain', '--untracked-files=no']);
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    browser: (executablePath && quietly(executablePath, ['--version'])) || executablePath || 'unknown',
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown',
    loadAtStart: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
