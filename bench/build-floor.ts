// Compiles the floor the way scripts/build.mjs compiles the CLI (esbuild, ESM, packages left in
// node_modules), so both start as plain JavaScript under `node` and pay the same start-up:
// node, then Playwright. Output in bench/.build/ (ignored by git).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const FLOOR_SCRIPT = fileURLToPath(new URL('.build/floor.js', import.meta.url));
export const FLOOR_APPS_SCRIPT = fileURLToPath(new URL('.build/floor-apps.js', import.meta.url));

/** Compiles one floor (`bench/floor-main.ts` by default, or the many-apps floor) and returns the script's path. */
export async function buildFloor(entry = 'bench/floor-main.ts', outfile = FLOOR_SCRIPT): Promise<string> {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
