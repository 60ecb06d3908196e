// Compiles the floor the way scripts/build.mjs compiles the CLI (esbuild, ESM, packages left in
// node_modules), so both start as plain JavaScript under `node` and pay the same start-up:
// node, then Playwright. Output in bench/.build/ (ignored by git).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const FLOOR_SCRIPT = fileURLToPath(new URL('.build/floor.js', import.meta.url));

export async function buildFloor(): Promise<string> {
  await build({
    absWorkingDir: root,
    entryPoints: ['bench/floor-main.ts'],
    outfile: FLOOR_SCRIPT,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return FLOOR_SCRIPT;
}
