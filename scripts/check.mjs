#!/usr/bin/env node
// `npm run check`: the type check and the lint side by side (each uses one core), failing if either
// fails, with each one's output printed whole once it ends (not interleaved).
import { spawn } from 'node:child_process';

const checks = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
];

const results = await Promise.all(
  checks.map(
    ([name, command, args]) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => {
          process.stdout.write(`${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}\n${output}`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
