// Peak memory of a child process and of everything it started (the browser), read from /proc
// (Linux) every `intervalMs`. The runner's peak is the kernel's own high-water mark (VmHWM), so
// nothing between samples is missed; the browser's is the largest sum of its processes' VmRSS
// seen in one sample (shared pages are counted once per process, so this errs high).
import { readdir, readFile } from 'node:fs/promises';

export interface MemoryPeaks {
  /** KiB; undefined where /proc cannot be read. */
  runnerKiB?: number;
  browserKiB?: number;
  /** Most processes seen under the runner in one sample. */
  browserProcesses: number;
}

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

/** Parent of every live process (the field after the parenthesised command name). */
async function parents(): Promise<Map<number, number>> {
  const map = new Map<number, number>();
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await read(`/proc/${pid}/stat`);
      const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields?.[1]) map.set(Number(pid), Number(fields[1]));
    }),
  );
  return map;
}

function descendants(root: number, parentOf: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
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
    const tree = descendants(this.pid, await parents());
    const rss = await Promise.all(tree.map(async (pid) => statusField(await read(`/proc/${pid}/status`), 'VmRSS') ?? 0));
    if (tree.length === 0) return;
    this.peaks.browserKiB = Math.max(this.peaks.browserKiB ?? 0, rss.reduce((sum, kib) => sum + kib, 0));
    this.peaks.browserProcesses = Math.max(this.peaks.browserProcesses, tree.length);
  }
}
