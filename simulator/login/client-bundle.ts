// Bundles the sign-in page's script (simulator/login/client/main.ts) once, at server start.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundled: string | undefined;

export function signInPageScript(): string {
  bundled ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./client/main.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
  }).outputFiles[0]!.text;
  return bundled;
}
