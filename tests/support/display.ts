// A display for a headed browser: the test's own DISPLAY when it has one, else a private Xvfb
// (Debian's `xvfb`, which `npm run setup` installs as root) started for the test and stopped after.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface Display {
  /** e.g. ":99" */
  name: string;
  stop(): Promise<void>;
}

export function xvfbAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v Xvfb'], { stdio: 'ignore' }).status === 0;
}

/** The display a headed browser can use, or undefined when there is none and no Xvfb to start. */
export async function headedDisplay(): Promise<Display | undefined> {
  const existing = process.env.DISPLAY?.trim();
  if (existing) return { name: existing, stop: async () => {} };
  if (!xvfbAvailable()) return undefined;
  // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
  const child: ChildProcess = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1440x900x24'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /^(\d+)\n/.exec(out);
      if (line) resolve(line[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it showed a display`)));
  });
  return {
    name: `:${number}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
