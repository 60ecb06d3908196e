// Peak memory of a child process and of everything it started (the browser), read from /proc
// (Linux) every `intervalMs`. The runner's peak is the kernel's own high-water mark (VmHWM), so
// nothing between samples is missed; the browser's is the largest sum of its processes' VmRSS
// seen in one sample (shared pages are counted once per process, so this errs high). CPU time
// (user + system) is read too, per process, the last reading of each kept: on a busy machine
// it tells the work done apart from the wait for a core (a process's last 100 ms may be missed).
import { readdir, readFile } from 'node:fs/promises';

export interface MemoryPeaks {
  /** KiB; undefined where /proc cannot be read. */
  runnerKiB?: number;
  browserKiB?: number;
  /** Most processes seen under the runner in one sample. */
  browserProcesses: number;
  /** CPU time (user + system), ms: the runner's, and the sum over the processes under it. */
  runnerCpuMs?: number;
  browserCpuMs?: number;
}

/** 100 on Linux (USER_HZ). */
const CLOCK_TICKS_PER_SECOND = 100;

async function read(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function statusField(status: string | undefined, name: string): number | undefined {
  const match = status && new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : undefined;
}

interface ProcStat {
  ppid: number;
  cpuMs: number;
}

/** Parent and CPU time of every live process (fields after the parenthesised command name: state, ppid, …, utime, stime). */
async function processStats(): Promise<Map<number, ProcStat>> {
  const map = new Map<number, ProcStat>();
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await read(`/proc/${pid}/stat`);
      const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields?.[1]) map.set(Number(pid), { ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND });
    }),
  );
  return map;
}

function descendants(root: number, stats: Map<number, ProcStat>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

export class TreeMemorySampler {
  private readonly peaks: MemoryPeaks = { browserProcesses: 0 };
  /** The last CPU time read of each process under the runner (kept after it exits). */
  private readonly browserCpu = new Map<number, number>();
  private timer?: NodeJS.Timeout;
  private sampling?: Promise<void>;

  constructor(private readonly pid: number, private readonly intervalMs = 100) {}

  start(): this {
    const tick = () => {
      this.sampling = this.sample().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
    return this;
  }

  async stop(): Promise<MemoryPeaks> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.sampling;
    return this.peaks;
  }

  private async sample(): Promise<void> {
    const runner = statusField(await read(`/proc/${this.pid}/status`), 'VmHWM');
    if (runner !== undefined) this.peaks.runnerKiB = Math.max(this.peaks.runnerKiB ?? 0, runner);
    const stats = await processStats();
    const tree = descendants(this.pid, stats);
    const own = stats.get(this.pid);
    if (own) this.peaks.runnerCpuMs = own.cpuMs;
    for (const pid of tree) this.browserCpu.set(pid, stats.get(pid)!.cpuMs);
    if (this.browserCpu.size > 0) this.peaks.browserCpuMs = [...this.browserCpu.values()].reduce((sum, value) => sum + value, 0);
    const rss = await Promise.all(tree.map(async (pid) => statusField(await read(`/proc/${pid}/status`), 'VmRSS') ?? 0));
    if (tree.length === 0) return;
    this.peaks.browserKiB = Math.max(this.peaks.browserKiB ?? 0, rss.reduce((sum, kib) => sum + kib, 0));
    this.peaks.browserProcesses = Math.max(this.peaks.browserProcesses, tree.length);
  }
}
