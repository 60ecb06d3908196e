#!/usr/bin/env node
// Compiles the CLI to plain JavaScript in dist/ (run by `npm install` through "prepare", by
// `npm run setup` and before the tests). esbuild bundles the project's own modules and leaves the
// packages in node_modules as they are; each command's run module and the simulator become chunks
// loaded only when used, so `portal-runbook --help` starts without Playwright or the simulator.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist`;

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'portal-runbook': 'cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
