// The CLI's browser, found as a person with `ps` would: the child processes of the CLI's node
// process (Playwright launches Chromium as its direct child, in a process group of its own).
import { readdir, readFile } from 'node:fs/promises';

interface ProcessInfo {
  pid: number;
  ppid: number;
  name: string;
}

async function processInfo(pid: number): Promise<ProcessInfo | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // "pid (name) state ppid …": the name may hold spaces and parentheses, so split at the last ")".
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  return { pid, ppid: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, close) };
}

export async function childrenOf(pid: number): Promise<ProcessInfo[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const infos = await Promise.all(pids.map(processInfo));
  return infos.filter((info): info is ProcessInfo => info?.ppid === pid);
}

/**
 * Kills (SIGKILL) the browser the CLI process `pid` started, with its process group (a launcher
 * script's browser and the renderers go too, as when the machine ends it); returns what was killed.
 */
export async function killBrowserOf(pid: number): Promise<string[]> {
  const browsers = (await childrenOf(pid)).filter((child) => child.name !== 'node');
  for (const browser of browsers) {
    try {
      process.kill(-browser.pid, 'SIGKILL');
    } catch {
      // not a group of its own: the process alone
    }
    try {
      process.kill(browser.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return browsers.map((browser) => browser.name);
}
