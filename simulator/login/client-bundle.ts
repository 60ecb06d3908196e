// Bundles the sign-in page's script (simulator/login/client/main.ts) once, at server start.
import { buildSync } from 'esbuild';
import { projectPath } from '../../lib/project-path.ts';

let bundled: string | undefined;

export function signInPageScript(): string {
  bundled ??= buildSync({
    entryPoints: [projectPath('simulator', 'login', 'client', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
  }).outputFiles[0]!.text;
  return bundled;
}
