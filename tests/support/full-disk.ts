// A folder on a tiny tmpfs that is already full: creating an empty file works (so the
// destination passes its preflight), writing the secret fails with ENOSPC. Needs root.
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FullDisk {
  dir: string;
  release(): Promise<void>;
}

export async function fullDisk(): Promise<FullDisk | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    await rm(dir, { recursive: true, force: true });
    return undefined;
  }
  const filler = await open(join(dir, 'filler'), 'w');
  try {
    for (;;) await filler.write(Buffer.alloc(1024));
  } catch {
    // ENOSPC: full
  } finally {
    await filler.close();
  }
  return {
    dir,
    release: async () => {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
