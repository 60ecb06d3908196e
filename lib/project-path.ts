// Files of the project (guides, the simulator's browser code, package.json) by their path from the
// project root: the same answer from the TypeScript sources and from the compiled dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('azure-portal-runbook: no package.json above the running code');
    dir = parent;
  }
  return dir;
}

const ROOT = projectRoot();

/** The absolute path of a project file, e.g. projectPath('guides', 'create-client-secret.yaml'). */
export function projectPath(...segments: string[]): string {
  return join(ROOT, ...segments);
}
