// Where a soak run sends the secret, and what arrived there. Two destinations cannot take it: a
// read-only folder (refused before the portal is touched) and a full disk (the write fails after
// Add, so the runbook must delete the secret). Both are tmpfs mounts made once per soak (root);
// without root the read-only folder is a folder without write permission and a full disk is not
// possible (those runs are skipped, not drawn otherwise, so a seed means the same runs everywhere).
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fullDisk, type FullDisk } from '../../tests/support/full-disk.ts';
import type { RunPlan } from './plan.ts';

export const ENV_KEY = 'SOAK_CLIENT_SECRET';
const ENV_FILE_BEFORE = '# service settings\nSERVICE_TENANT=contoso-sim\nSOAK_CLIENT_SECRET=previous-value\nexport OTHER=1\n';

export interface Destination {
  args: string[];
  /** The file that may hold the value (none for --json: stdout does). */
  file?: string;
  /** What the destination holds after the run: the delivered value, if any. */
  deliveredValue(stdout: string): Promise<string | undefined>;
  /** Problems with a delivery (mode, other lines of the env file), for a run that delivered. */
  deliveryProblems(): Promise<string[]>;
}

/** The unwritable folders, made once per soak and released at its end. */
export class UnwritableFolders {
  private constructor(
    readonly readOnly: string,
    private readonly readOnlyMounted: boolean,
    private readonly disk: FullDisk | undefined,
  ) {}

  /** A full disk needs root (a tmpfs mount); undefined without. */
  get full(): string | undefined {
    return this.disk?.dir;
  }

  static async make(root: string, needed: { readOnly: boolean; full: boolean }): Promise<UnwritableFolders> {
    const readOnly = join(root, 'read-only');
    let mounted = false;
    if (needed.readOnly) {
      await mkdir(readOnly, { recursive: true });
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=4k', 'tmpfs', readOnly], { stdio: 'ignore' });
        mounted = true;
      } catch {
        await chmod(readOnly, 0o555); // not root: permission bits are enough
      }
    }
    return new UnwritableFolders(readOnly, mounted, needed.full ? await fullDisk() : undefined);
  }

  async release(): Promise<void> {
    if (this.readOnlyMounted) execFileSync('umount', [this.readOnly], { stdio: 'ignore' });
    await this.disk?.release();
  }
}

function jsonValue(text: string | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  try {
    const document = JSON.parse(text) as { value?: unknown };
    return typeof document.value === 'string' ? document.value : undefined;
  } catch {
    return undefined;
  }
}

async function modeProblem(file: string): Promise<string[]> {
  const mode = (await stat(file)).mode & 0o777;
  return mode === 0o600 ? [] : [`${file} has mode ${mode.toString(8)}, not 600`];
}

/** Prepares the run's destination in `dir` (its own folder) and says how to read it afterwards. */
export async function prepareDestination(plan: RunPlan, dir: string, folders: UnwritableFolders | undefined): Promise<Destination | undefined> {
  switch (plan.destination) {
    case 'output': {
      const file = join(dir, 'client-secret.json');
      return {
        args: ['--output', file],
        file,
        deliveredValue: async () => jsonValue(await readFile(file, 'utf8').catch(() => undefined)),
        deliveryProblems: () => modeProblem(file),
      };
    }
    case 'env-file': {
      const file = join(dir, 'service.env');
      await writeFile(file, ENV_FILE_BEFORE, { mode: 0o600 });
      const lines = async () => (await readFile(file, 'utf8').catch(() => '')).split('\n');
      return {
        args: ['--env-file', file, '--env-key', ENV_KEY],
        file,
        deliveredValue: async () => {
          const line = (await lines()).find((candidate) => candidate.startsWith(`${ENV_KEY}=`));
          const value = line?.slice(ENV_KEY.length + 1);
          return value && value !== 'previous-value' ? value : undefined;
        },
        deliveryProblems: async () => {
          const others = (await lines()).filter((line) => !line.startsWith(`${ENV_KEY}=`)).join('\n');
          const expected = ENV_FILE_BEFORE.split('\n').filter((line) => !line.startsWith(`${ENV_KEY}=`)).join('\n');
          return [...(others === expected ? [] : ['the env file lost or changed other lines']), ...(await modeProblem(file))];
        },
      };
    }
    case 'json':
      return { args: ['--json'], deliveredValue: async (stdout) => jsonValue(stdout), deliveryProblems: async () => [] };
    case 'read-only': {
      const file = join(folders!.readOnly, `run-${plan.index}.json`);
      return { args: ['--output', file], file, deliveredValue: async () => jsonValue(await readFile(file, 'utf8').catch(() => undefined)), deliveryProblems: async () => [] };
    }
    case 'full-disk': {
      if (!folders?.full) return undefined;
      const file = join(folders.full, `run-${plan.index}.json`);
      return { args: ['--output', file], file, deliveredValue: async () => jsonValue(await readFile(file, 'utf8').catch(() => undefined)), deliveryProblems: async () => [] };
    }
  }
}
