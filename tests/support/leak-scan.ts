// Where did the secret end up? Every file a run wrote (its working folder and whatever appeared
// in the temp folder meanwhile: browser profiles, Playwright artifacts) plus stdout/stderr.
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function tempEntries(): Promise<Set<string>> {
  return new Set((await readdir(tmpdir())).map((name) => join(tmpdir(), name)));
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [path];
  if (!info.isDirectory()) return [];
  const names = await readdir(path).catch(() => [] as string[]);
  return (await Promise.all(names.map((name) => filesUnder(join(path, name))))).flat();
}

/** Every file under `roots` whose bytes contain `needle` (as UTF-8, UTF-16LE or base64). */
export async function filesContaining(needle: string, roots: Iterable<string>): Promise<string[]> {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), Buffer.from(Buffer.from(needle).toString('base64'))];
  const hits: string[] = [];
  for (const root of roots) {
    for (const file of await filesUnder(root)) {
      const bytes = await readFile(file).catch(() => undefined);
      if (bytes && forms.some((form) => bytes.includes(form))) hits.push(file);
    }
  }
  return hits;
}

/** Runs `body` and returns the temp-folder entries that appeared while it ran. */
export async function newTempEntriesDuring(body: () => Promise<void>): Promise<string[]> {
  const before = await tempEntries();
  await body();
  return [...(await tempEntries())].filter((entry) => !before.has(entry));
}
