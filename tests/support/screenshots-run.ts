// One `portal-runbook screenshots` run against the test's simulator, as the docs team would run
// it, with what the tests check afterwards: exit code, the set written, the review, leaks.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Sidecar } from '../../runbooks/screenshots/picture-set.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import { accountEnv } from './account-env.ts';
import { runCli, type CliResult } from './cli.ts';
import { filesContaining, newTempEntriesDuring } from './leak-scan.ts';
import { runFolder } from './run-folder.ts';
import { saveSignIn } from './saved-sign-in.ts';

/** The fixed clock the committed sets were made with (`--simulator` uses it by default). */
export const DOCS_CLOCK = '2026-11-30T10:00:00Z';

export interface ScreenshotsRun extends CliResult {
  dir: string;
  outDir: string;
  reportDir: string;
  pictures(): Promise<string[]>;
  /** A picture's decoded pixels (RGBA) and size. */
  pixels(name: string): Promise<PNG>;
  sidecar(name: string): Promise<Sidecar>;
  file(path: string): Promise<string>;
  /** Files the run wrote (its folder, temp entries it made) and its output streams holding `value`. */
  leaks(value: string): Promise<string[]>;
}

/** `signedIn`: start from a saved sign-in (tests/support/saved-sign-in.ts) instead of the sign-in pages. */
export async function screenshotsRun(simulator: RunningSimulator, args: string[] = [], options: { signedIn?: boolean } = {}): Promise<ScreenshotsRun> {
  const dir = await runFolder('screenshots');
  const outDir = join(dir, 'set');
  const reportDir = join(dir, 'review');
  let result!: CliResult;
  const stateFile = join(dir, '.auth', 'state.json');
  if (options.signedIn) await saveSignIn(simulator, stateFile);
  const appeared = await newTempEntriesDuring(async () => {
    result = await runCli(['screenshots', '--out', outDir, '--report-dir', reportDir, '--clock', DOCS_CLOCK, ...args], {
      env: accountEnv(simulator, { PORTAL_STATE_FILE: stateFile }),
      cwd: dir,
    });
  });
  await mkdir(test.info().outputPath(), { recursive: true });
  // The run's progress, kept with the test's results (timings per step; the value is never in it).
  await writeFile(join(test.info().outputPath(), `${basename(dir)}.stderr.txt`), result.stderr).catch(() => undefined);
  return {
    ...result,
    dir,
    outDir,
    reportDir,
    pictures: async () => (await readdir(outDir)).filter((name) => name.endsWith('.png')).sort(),
    pixels: async (name) => PNG.sync.read(await readFile(join(outDir, name))),
    sidecar: async (name) => JSON.parse(await readFile(join(outDir, name.replace(/\.png$/, '.json')), 'utf8')) as Sidecar,
    file: (path) => readFile(join(dir, path), 'utf8'),
    leaks: async (value) => {
      const hits = await filesContaining(value, [dir, ...appeared.filter((entry) => entry !== dir)]);
      return [...hits, ...(result.stdout.includes(value) ? ['<stdout>'] : []), ...(result.stderr.includes(value) ? ['<stderr>'] : [])];
    },
  };
}
