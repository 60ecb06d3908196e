// Bundles the portal's browser code (TypeScript, lit-html) with esbuild once per process,
// kept in memory and served by the portal and sandbox origins. Nothing is written to disk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectPath } from '../../lib/project-path.ts';

export interface ClientBundle {
  shell: string;
  sandbox: string;
  css: string;
}

// The browser code is bundled from the sources, also when the CLI runs compiled (dist/).
const here = projectPath('simulator', 'portal');
let pending: Promise<ClientBundle> | undefined;

async function bundle(): Promise<ClientBundle> {
  const result = await build({
    entryPoints: { shell: join(here, 'client/shell.ts'), sandbox: join(here, 'client/sandbox.ts') },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    outdir: 'out',
    logLevel: 'silent',
  });
  const file = (name: string) => {
    const output = result.outputFiles.find((candidate) => candidate.path.endsWith(`${name}.js`));
    if (!output) throw new Error(`portal simulator: esbuild produced no ${name}.js`);
    return output.text;
  };
  return { shell: file('shell'), sandbox: file('sandbox'), css: await readFile(join(here, 'styles.css'), 'utf8') };
}

/** The bundle, built on first use (the server starts it when the app is created). */
export function clientBundle(): Promise<ClientBundle> {
  pending ??= bundle();
  return pending;
}
