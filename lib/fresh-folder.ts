// A report folder that starts empty: what an earlier run left there would be mistaken for this run's.
import { mkdir, rm } from 'node:fs/promises';

export async function freshFolder(dir: string): Promise<string> {
  await rm(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await mkdir(dir, { recursive: true });
  return dir;
}
