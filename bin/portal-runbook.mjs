#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run setup` / `npm run build`); started by
// bin/portal-runbook. Without a build it runs the TypeScript sources through tsx, slower to start.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/portal-runbook.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
