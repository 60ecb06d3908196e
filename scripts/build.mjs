#!/usr/bin/env node
// Compiles the CLI to plain JavaScript in dist/ (run by `npm install` through "prepare", by
// `npm run setup` and before the tests). esbuild bundles the project's own modules and leaves the
// packages in node_modules as they are; each command's run module and the simulator become chunks
// loaded only when used, so `portal-runbook --help` starts without Playwright or the simulator.
//
// A build never pulls files from under a command that is running (a matrix or a soak started
// before it): chunks are named by their content and written beside the old ones, the entry is
// replaced in one rename, and the previous build's chunks are removed only by the build after.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist`;
const chunkDir = join(outdir, 'chunks');
/** The chunks of the last build, which a command started before the next one may still load. */
const manifest = join(chunkDir, '.last-build.json');

const { outputFiles } = await build({
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
  write: false,
});

await mkdir(chunkDir, { recursive: true });
const [chunks, entries] = [outputFiles.filter((file) => dirname(file.path) === chunkDir), outputFiles.filter((file) => dirname(file.path) !== chunkDir)];
/** Written whole or not at all: a reader never meets half a file. */
async function writeWhole(path, contents) {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

// Chunks first: the new entry must find every one of them when it lands. A chunk's name is its
// content's hash: one already there is this one.
const existing = await readdir(chunkDir);
for (const file of chunks) if (!existsSync(file.path)) await writeWhole(file.path, file.contents);
for (const file of entries) await writeWhole(file.path, file.contents);

// Without a record of the last build (the first build of this kind), whatever was there counts as it.
const previous = await readFile(manifest, 'utf8').then((text) => new Set(JSON.parse(text)), () => new Set(existing));
const current = chunks.map((file) => basename(file.path));
for (const name of await readdir(chunkDir)) {
  if (name.startsWith('.') || current.includes(name) || previous.has(name)) continue;
  await rm(join(chunkDir, name), { force: true });
}
await writeFile(manifest, JSON.stringify(current));
