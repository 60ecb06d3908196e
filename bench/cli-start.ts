// How fast the CLI starts: `bin/portal-runbook --help` against a bare `node -e ""`, alternating,
// each spawned and waited for in full. The goal (the "Start fast") is at most 3×.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, p95 } from './stats.ts';

const CLI = fileURLToPath(new URL('../bin/portal-runbook', import.meta.url));

function timed(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

export interface CliStart {
  helpMs: number[];
  nodeMs: number[];
  helpMedian: number;
  nodeMedian: number;
  helpP95: number;
  nodeP95: number;
  ratio: number;
}

export async function measureCliStart(times: number): Promise<CliStart> {
  const helpMs: number[] = [];
  const nodeMs: number[] = [];
  // One of each first, unmeasured: the files are then in the page cache for both.
  await timed(process.execPath, ['-e', '']);
  await timed(CLI, ['--help']);
  for (let i = 0; i < times; i += 1) {
    nodeMs.push(await timed(process.execPath, ['-e', '']));
    helpMs.push(await timed(CLI, ['--help']));
  }
  const helpMedian = median(helpMs)!;
  const nodeMedian = median(nodeMs)!;
  return { helpMs, nodeMs, helpMedian, nodeMedian, helpP95: p95(helpMs)!, nodeP95: p95(nodeMs)!, ratio: helpMedian / nodeMedian };
}
