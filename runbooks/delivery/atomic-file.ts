// Writing a secret to disk: a private temp file beside the target, synced, then moved into
// place in one step, so a reader sees the old file or the whole new one, never half.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { badInput } from '../errors.ts';

export const PRIVATE_FILE_MODE = 0o600;

async function writePrivateTemp(target: string, content: string): Promise<string> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.chmod(PRIVATE_FILE_MODE); // a umask cannot widen it, but be explicit
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/** Writes `content` to `target` atomically with mode 0600; without `replace`, never clobbers. */
export async function writePrivateFileAtomically(target: string, content: string, replace: boolean): Promise<void> {
  const temp = await writePrivateTemp(target, content);
  try {
    if (replace) {
      await rename(temp, target);
    } else {
      await link(temp, target); // fails with EEXIST when something appeared meanwhile
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Resolves and checks a destination path before the portal is touched. */
export async function preflightPath(flag: string, path: string, options: { mayExist: boolean }): Promise<string> {
  const target = resolve(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw badInput(`${flag} ${path}: is a folder; name a file.`);
  if (existing && !options.mayExist) {
    throw badInput(`${flag} ${path}: the file exists; pass --force to replace it.`);
  }
  if (existing && !existing.isFile()) throw badInput(`${flag} ${path}: not a regular file.`);
  const folder = dirname(target);
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw badInput(`${flag} ${path}: the folder ${folder} does not exist.`);
  try {
    await access(folder, constants.W_OK);
    // Permission bits say nothing to root or on read-only mounts: prove it with a real file.
    const probe = await writePrivateTemp(target, '');
    await unlink(probe);
  } catch (error) {
    throw badInput(`${flag} ${path}: cannot write in ${folder} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  return target;
}

export async function assertPrivateMode(flag: string, target: string): Promise<void> {
  const mode = (await stat(target)).mode & 0o777;
  if (mode !== PRIVATE_FILE_MODE) {
    throw new Error(`${flag}: ${target} has mode ${mode.toString(8)}, expected 600.`);
  }
}
